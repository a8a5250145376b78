package io.github.ficsdk.core.schema;

import org.immutables.value.Value;

/**
 * One code of a code list with its Chinese label and its Java value, such as
 * {@code VICE_PRESIDENT} = {@code 副会长} = {@code Role.VICE_PRESIDENT}.
 *
 * <pre>{@code
 * for (Code<?> code : RecordSchemas.MEMBERSHIP.property("role").get().getType().getCodes()) {
 *     System.out.println(code.getCode() + " " + code.getLabel());   // PRESIDENT 会长 …
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the type of the value, such as {@code Role}
 * @since 0.1
 */
@Value.Immutable
public abstract class Code<V> {

    Code() {}

    static <V> Code<V> of(String code, String label, V value) {
        return ImmutableCode.of(code, label, value);
    }

    /**
     * Returns the code as JSON writes it, such as {@code VICE_PRESIDENT}.
     *
     * @return the code, never null
     */
    @Value.Parameter
    public abstract String getCode();

    /**
     * Returns the Chinese label a ledger may write instead of the code, such as {@code 副会长}.
     *
     * @return the label, never null
     */
    @Value.Parameter
    public abstract String getLabel();

    /**
     * Returns the Java value, such as {@code Role.VICE_PRESIDENT}.
     *
     * @return the value, never null
     */
    @Value.Parameter
    public abstract V getValue();

    /**
     * Returns the code and its label, such as {@code VICE_PRESIDENT 副会长}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return getCode() + " " + getLabel();
    }
}
