package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.internal.Inputs;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The evidence of one subject as a rule sees it: values by key ({@link Boolean},
 * {@link BigDecimal} or {@link String}), with the rule's {@code ifMissing} value standing in for
 * an absent key when the scheme gives one.
 *
 * <pre>{@code
 * RuleInput input = RuleInput.of("C0001", Map.of("party.activities", new BigDecimal("12")));
 * input.getNumber("party.activities");   // 12
 * input.getBoolean("party.established");  // throws EvidenceException MISSING_EVIDENCE
 * }</pre>
 *
 * <p>This class is not thread-safe: the appraiser gives each rule call its own input.
 *
 * @since 0.1
 */
public final class RuleInput {

    static {
        Inputs.set(new Inputs.Access() {
            @Override
            public RuleInput create(String subject, Function<String, Object> values, Object ifMissing) {
                return new RuleInput(subject, values, ifMissing);
            }

            @Override
            public boolean isDefaulted(RuleInput input) {
                return input.defaulted;
            }
        });
    }

    private final String subject;
    private final Function<String, Object> values;
    private final Object ifMissing;
    private boolean defaulted;

    private RuleInput(String subject, Function<String, Object> values, Object ifMissing) {
        this.subject = subject;
        this.values = values;
        this.ifMissing = ifMissing;
    }

    /**
     * Returns an input over a map of values, for testing rules.
     *
     * @param subject  the subject id, not null
     * @param values   the values: {@link Boolean}, {@link BigDecimal}, {@link String}; not null
     * @return the input, never null
     */
    public static RuleInput of(String subject, Map<String, ?> values) {
        Map<String, ?> copy = Map.copyOf(values);
        return new RuleInput(Objects.requireNonNull(subject, "subject"), copy::get, null);
    }

    /**
     * Returns the id of the subject.
     *
     * @return the subject id, never null
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Returns whether a value is present (or stood in for by {@code ifMissing}).
     *
     * @param key  the evidence key, not null
     * @return true when {@link #get(String)} would not throw
     */
    public boolean has(String key) {
        return values.apply(key) != null || ifMissing != null;
    }

    /**
     * Returns a value.
     *
     * @param key  the evidence key, not null
     * @return the value, never null
     * @throws EvidenceException {@code MISSING_EVIDENCE} if absent and no {@code ifMissing} is given
     */
    public Object get(String key) {
        Object value = values.apply(key);
        if (value == null) {
            if (ifMissing == null) {
                throw new EvidenceException(key, "MISSING_EVIDENCE",
                        subject + ": evidence " + key + " is missing");
            }
            defaulted = true;
            return ifMissing;
        }
        return value;
    }

    /**
     * Returns a number value.
     *
     * @param key  the evidence key, not null
     * @return the number, never null
     * @throws EvidenceException if missing or not a number
     */
    public BigDecimal getNumber(String key) {
        Object value = get(key);
        if (value instanceof BigDecimal d) {
            return d;
        }
        throw wrongType(key, value, "a number");
    }

    /**
     * Returns a boolean value.
     *
     * @param key  the evidence key, not null
     * @return the value
     * @throws EvidenceException if missing or not a boolean
     */
    public boolean getBoolean(String key) {
        Object value = get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        throw wrongType(key, value, "true or false");
    }

    /**
     * Returns a text value.
     *
     * @param key  the evidence key, not null
     * @return the text, never null
     * @throws EvidenceException if missing or not a text
     */
    public String getString(String key) {
        Object value = get(key);
        if (value instanceof String s) {
            return s;
        }
        throw wrongType(key, value, "a text");
    }

    private EvidenceException wrongType(String key, Object value, String expected) {
        return new EvidenceException(key, "EVIDENCE_TYPE",
                subject + ": evidence " + key + " must be " + expected + " - but was: " + value);
    }
}
