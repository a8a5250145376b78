package io.github.ficsdk.core;

import io.github.ficsdk.core.internal.Numbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The team-specific fields of an entity: a map from a non-blank name to a text or an exact number,
 * written in JSON as {@code "extensions": {"county": "嘉善", "investmentWan": 3200}}.
 *
 * <pre>{@code
 * Extensions ext = Extensions.builder().put("county", "嘉善").put("investmentWan", 3200).build();
 * ext.getNumber("investmentWan");  // Optional[3200]
 * }</pre>
 *
 * <p>Numbers are kept as {@link BigDecimal} exactly as written (a negative scale is normalized to
 * 0, so {@code 1E+3} becomes {@code 1000}); equality follows {@link BigDecimal#equals}, so
 * {@code 1.0} and {@code 1} differ, as they do in the JSON text. Entries keep their insertion
 * order; equality ignores it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Extensions {

    private static final Extensions EMPTY = new Extensions(Map.of());

    private final Map<String, Object> values;

    private Extensions(Map<String, Object> values) {
        this.values = values;
    }

    /**
     * Returns the empty extensions, the default of every entity.
     *
     * @return the empty extensions, never null
     */
    public static Extensions empty() {
        return EMPTY;
    }

    /**
     * Returns extensions holding a copy of a map whose values are texts or numbers.
     *
     * @param values  the entries, not null; values are {@link String} or {@link Number}
     *                ({@code Integer}, {@code Long}, {@code BigInteger}, {@code BigDecimal})
     * @return the extensions, never null
     * @throws InvalidValueException if a name is blank ({@code BLANK}) or a value is neither a
     *         text nor an exact number ({@code WRONG_TYPE})
     */
    public static Extensions of(Map<String, ?> values) {
        Builder builder = builder();
        values.forEach(builder::putObject);
        return builder.build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the entries; values are {@link String} or {@link BigDecimal}.
     *
     * @return an unmodifiable view, never null
     */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Returns whether there is no entry.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Returns the value of a name.
     *
     * @param name  the name, not null
     * @return the text or number, empty when absent
     */
    public Optional<Object> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * Returns the value of a name when it is a text.
     *
     * @param name  the name, not null
     * @return the text, empty when absent or a number
     */
    public Optional<String> getString(String name) {
        Object value = values.get(name);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /**
     * Returns the value of a name when it is a number.
     *
     * @param name  the name, not null
     * @return the number, empty when absent or a text
     */
    public Optional<BigDecimal> getNumber(String name) {
        Object value = values.get(name);
        return value instanceof BigDecimal d ? Optional.of(d) : Optional.empty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Extensions e && values.equals(e.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /**
     * Returns the entries for logs, such as {@code {hours=12}}, made safe to print with
     * {@link io.github.ficsdk.validation.SafeText#forDisplay(String)} (a team field may hold an
     * ID-card or mobile number).
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return io.github.ficsdk.validation.SafeText.forDisplay(values.toString());
    }

    /**
     * Builds {@link Extensions}; a later entry with the same name replaces the earlier one.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final LinkedHashMap<String, Object> values = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a text entry.
         *
         * @param name   the name, not blank
         * @param value  the text, not null
         * @return this builder
         */
        public Builder put(String name, String value) {
            values.put(checkName(name), Objects.requireNonNull(value, name));
            return this;
        }

        /**
         * Adds a number entry.
         *
         * @param name   the name, not blank
         * @param value  the number, not null
         * @return this builder
         */
        public Builder put(String name, BigDecimal value) {
            Objects.requireNonNull(value, name);
            values.put(checkName(name), Numbers.withoutNegativeScale(value));
            return this;
        }

        /**
         * Adds an integer entry.
         *
         * @param name   the name, not blank
         * @param value  the number
         * @return this builder
         */
        public Builder put(String name, long value) {
            return put(name, BigDecimal.valueOf(value));
        }

        /**
         * Adds all entries of other extensions.
         *
         * @param other  the extensions to copy, not null
         * @return this builder
         */
        public Builder putAll(Extensions other) {
            values.putAll(other.values);
            return this;
        }

        /**
         * Returns whether an entry of that name was added.
         *
         * @param name  the name, not null
         * @return true if present
         */
        public boolean contains(String name) {
            return values.containsKey(name);
        }

        Builder putObject(String name, Object value) {
            if (value instanceof String s) {
                return put(name, s);
            } else if (value instanceof BigDecimal d) {
                return put(name, d);
            } else if (value instanceof BigInteger i) {
                return put(name, new BigDecimal(i));
            } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                    || value instanceof Byte) {
                return put(name, ((Number) value).longValue());
            }
            throw new InvalidValueException("extensions." + name, "WRONG_TYPE",
                    "extensions." + name + " must be a text or an exact number - but was: "
                            + (value == null ? "null" : value.getClass().getSimpleName()));
        }

        /**
         * Builds the extensions.
         *
         * @return the extensions, never null
         */
        public Extensions build() {
            return values.isEmpty() ? EMPTY
                    : new Extensions(Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        }

        private static String checkName(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new InvalidValueException("extensions", "BLANK", "extensions names must not be blank");
            }
            return name;
        }
    }
}
