package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.spi.RuleInput;
import java.util.function.Function;

/**
 * What the appraiser needs of {@link RuleInput} beyond its API: an input with the rule's
 * {@code ifMissing} value, and whether a rule call used it. {@code RuleInput} hands its
 * implementation over when it is initialised (the JDK's "shared secrets" pattern), so the SPI
 * package keeps its small public surface. Internal: not part of the API.
 */
public final class Inputs {

    /** The operations, implemented by {@link RuleInput}. */
    public interface Access {
        /**
         * Returns an input.
         *
         * @param subject    the subject id
         * @param values     the values by key, null when absent
         * @param ifMissing  the value standing in for an absent key, or null
         * @return the input
         */
        RuleInput create(String subject, Function<String, Object> values, Object ifMissing);

        /**
         * Tells whether the {@code ifMissing} value was used.
         *
         * @param input  the input
         * @return true when an absent value was stood in for
         */
        boolean isDefaulted(RuleInput input);
    }

    private static volatile Access access;

    private Inputs() {}

    /**
     * Sets the implementation; called once, by {@link RuleInput}'s initialisation.
     *
     * @param implementation  the implementation
     * @throws IllegalStateException if already set
     */
    public static synchronized void set(Access implementation) {
        if (access != null) {
            throw new IllegalStateException("already set");
        }
        access = implementation;
    }

    private static Access access() {
        Access a = access;
        if (a == null) {
            try {
                Class.forName(RuleInput.class.getName(), true, RuleInput.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            a = access;
        }
        return a;
    }

    /**
     * Returns an input for one rule call.
     *
     * @param subject    the subject id
     * @param values     the values by key, null when absent
     * @param ifMissing  the value standing in for an absent key, or null
     * @return the input
     */
    public static RuleInput of(String subject, Function<String, Object> values, Object ifMissing) {
        return access().create(subject, values, ifMissing);
    }

    /**
     * Tells whether a rule call used the {@code ifMissing} value.
     *
     * @param input  the input of the call
     * @return true when an absent value was stood in for
     */
    public static boolean isDefaulted(RuleInput input) {
        return access().isDefaulted(input);
    }
}
