package io.github.ficsdk.core.schema;

import java.util.Objects;

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
public final class Code<V> {

    private final String code;
    private final String label;
    private final V value;

    Code(String code, String label, V value) {
        this.code = Objects.requireNonNull(code, "code");
        this.label = Objects.requireNonNull(label, "label");
        this.value = Objects.requireNonNull(value, "value");
    }

    /**
     * Returns the code as JSON writes it, such as {@code VICE_PRESIDENT}.
     *
     * @return the code, never null
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the Chinese label a ledger may write instead of the code, such as {@code 副会长}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }

    /**
     * Returns the Java value, such as {@code Role.VICE_PRESIDENT}.
     *
     * @return the value, never null
     */
    public V getValue() {
        return value;
    }

    /**
     * Returns the code and its label, such as {@code VICE_PRESIDENT 副会长}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return code + " " + label;
    }
}
