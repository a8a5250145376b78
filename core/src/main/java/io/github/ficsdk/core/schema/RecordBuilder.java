package io.github.ficsdk.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * Builds one record of a schema from the values of its properties, whatever the source (JSON,
 * spreadsheet cells, database rows), with the record type's own checks.
 *
 * <pre>{@code
 * RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
 * RecordBuilder<Activity> builder = schema.newBuilder();
 * builder.set(schema.getProperty("id", String.class), "A17")
 *         .set(schema.getProperty("kind", ActivityKind.class), ActivityKind.VISIT)
 *         .set(schema.getProperty("start", LocalDate.class), LocalDate.of(2017, 3, 14))
 *         .add(schema.getListProperty("organizers", String.class), "F330400")
 *         .setInt(schema.getProperty("sessions", Integer.class), 2);
 * Activity activity = builder.build();
 * }</pre>
 *
 * <p>Setting a property again replaces its value (a list: all its elements). Properties not set
 * take their defaults.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @param <T> the record type
 * @since 0.1
 */
public final class RecordBuilder<T> {

    private final RecordSchema<T> schema;
    private final Object builder;

    RecordBuilder(RecordSchema<T> schema, Object builder) {
        this.schema = schema;
        this.builder = builder;
    }

    private void check(Property<T, ?> property) {
        if (property.owner != schema) {
            throw new IllegalArgumentException(property + " is not a property of " + schema.getName());
        }
    }

    /**
     * Sets the value of a property.
     *
     * @param <V>       the type of the value
     * @param property  a property of this builder's schema, not null
     * @param value     the value, not null (leave a property unset for "absent")
     * @return this builder, never null
     * @throws IllegalArgumentException if the property belongs to another schema
     * @throws NullPointerException if the value is null
     */
    public <V> RecordBuilder<T> set(Property<T, V> property, V value) {
        check(property);
        property.setter.accept(builder, Objects.requireNonNull(value, property.getName()));
        return this;
    }

    /**
     * Sets the value of a property whose type is known only at run time, as a reader that parses
     * cells by their {@link ValueType} has it: the value must be of the property's
     * {@link ValueType#getJavaType() Java type} (a list: a {@code List} of elements of the element
     * type).
     *
     * @param property  a property of this builder's schema, not null
     * @param value     the value, not null
     * @return this builder, never null
     * @throws IllegalArgumentException if the property belongs to another schema, or the value (or
     *         an element) is not of the property's type
     * @throws NullPointerException if the value or an element is null
     */
    public RecordBuilder<T> setValue(Property<T, ?> property, Object value) {
        check(property);
        Objects.requireNonNull(value, property.getName());
        ValueType<?> type = property.getType();
        if (type.getKind() == ValueKind.LIST) {
            if (!(value instanceof List<?> list)) {
                throw wrongType(property, value);
            }
            Class<?> element = type.getElementType().get().getJavaType();
            for (Object e : list) {
                if (!element.isInstance(Objects.requireNonNull(e, property.getName()))) {
                    throw wrongType(property, e);
                }
            }
        } else if (!type.getJavaType().isInstance(value)) {
            throw wrongType(property, value);
        }
        property.setter.accept(builder, value);
        return this;
    }

    private static IllegalArgumentException wrongType(Property<?, ?> property, Object value) {
        return new IllegalArgumentException(property.getName() + " takes a " + property.getType() + " - but was a "
                + value.getClass().getSimpleName());
    }

    /**
     * Sets the value of an {@code Integer} property (a count or a year) without boxing.
     *
     * @param property  a property of this builder's schema, not null
     * @param value     the value
     * @return this builder, never null
     * @throws IllegalArgumentException if the property belongs to another schema
     */
    public RecordBuilder<T> setInt(Property<T, Integer> property, int value) {
        check(property);
        property.intSetter.accept(builder, value);
        return this;
    }

    /**
     * Sets the value of a {@code Long} property (a count) without boxing.
     *
     * @param property  a property of this builder's schema, not null
     * @param value     the value
     * @return this builder, never null
     * @throws IllegalArgumentException if the property belongs to another schema
     */
    public RecordBuilder<T> setLong(Property<T, Long> property, long value) {
        check(property);
        property.longSetter.accept(builder, value);
        return this;
    }

    /**
     * Adds one element to a list property, after the elements set or added before.
     *
     * @param <E>       the type of the elements
     * @param property  a list property of this builder's schema, not null
     * @param element   the element, not null
     * @return this builder, never null
     * @throws IllegalArgumentException if the property belongs to another schema
     * @throws NullPointerException if the element is null
     */
    public <E> RecordBuilder<T> add(Property<T, List<E>> property, E element) {
        check(property);
        property.adder.accept(builder, Objects.requireNonNull(element, property.getName()));
        return this;
    }

    /**
     * Builds the record, with the checks of its type.
     *
     * @return the record, never null
     * @throws IllegalStateException listing the properties not set if a required property was not set
     * @throws io.github.ficsdk.core.InvalidValueException if the values make no sense together
     *         (an end before the start, no organizer …), naming the property and the problem code
     */
    public T build() {
        return schema.build(builder);
    }
}
