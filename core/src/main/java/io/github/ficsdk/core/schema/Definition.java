package io.github.ficsdk.core.schema;

import io.github.ficsdk.core.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * The declaration of one record schema, used once per record type by {@link RecordSchemas}.
 *
 * @param <T> the record type
 * @param <B> the type of its mutable builder
 */
final class Definition<T, B> {

    final Class<T> type;
    final Supplier<B> newBuilder;
    final Function<B, T> build;
    String fileName;
    String sheetName;
    final List<PropertyDefinition<T, B, ?>> properties = new ArrayList<>();

    private Definition(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        this.type = type;
        this.newBuilder = newBuilder;
        this.build = build;
    }

    static <T, B> Definition<T, B> of(Class<T> type, Supplier<B> newBuilder, Function<B, T> build) {
        return new Definition<>(type, newBuilder, build);
    }

    /** Names the record's file ({@code activities.jsonl}) and sheet ({@code 活动}). */
    Definition<T, B> file(String fileName, String sheetName) {
        this.fileName = fileName;
        this.sheetName = sheetName;
        return this;
    }

    /** Declares the next property. */
    <V> PropertyDefinition<T, B, V> property(String name, String header, String label, ValueType<V> type) {
        PropertyDefinition<T, B, V> p = new PropertyDefinition<>(name, header, label, type);
        properties.add(p);
        return p;
    }

    /** Declares a property several record types declare alike (its name, header, label and type). */
    <V> PropertyDefinition<T, B, V> property(Common<V> common) {
        return property(common.name(), common.header(), common.label(), common.type());
    }

    /** Declares the record's own id, required: {@code id} (编号). */
    Definition<T, B> id(Function<T, String> getter, BiConsumer<B, String> setter) {
        property("id", "编号", "id", ValueType.id()).required().get(getter).set(setter);
        return this;
    }

    /** Declares the team-specific fields, the last property of every record type of a dataset file: {@code extensions} (扩展). */
    Definition<T, B> extensions(Function<T, Extensions> getter, BiConsumer<B, Extensions> setter) {
        property("extensions", "扩展", "extensions", ValueType.extensions()).get(getter).set(setter);
        return this;
    }

    RecordSchema<T> build() {
        for (PropertyDefinition<T, B, ?> p : properties) {
            p.check();
        }
        return new RecordSchema<>(this);
    }

    /**
     * A property that several record types declare alike, such as {@code creditCode}
     * (统一社会信用代码): its JSON name, header, label and type, written once.
     *
     * @param <V> the type of the value
     */
    record Common<V>(String name, String header, String label, ValueType<V> type) {}

    /** The declaration of one property. */
    static final class PropertyDefinition<T, B, V> {
        final String name;
        final String header;
        final String label;
        final ValueType<V> type;
        final List<String> aliases = new ArrayList<>();
        boolean required;
        boolean spread;
        V defaultValue;
        String defaultFrom;
        Function<T, V> defaultFunction;
        Function<T, ?> getter;
        BiConsumer<B, ?> setter;
        ObjIntConsumer<B> intSetter;
        ObjLongConsumer<B> longSetter;
        BiConsumer<B, ?> adder;

        private PropertyDefinition(String name, String header, String label, ValueType<V> type) {
            this.name = Objects.requireNonNull(name).intern();
            this.header = Objects.requireNonNull(header);
            this.label = Objects.requireNonNull(label);
            this.type = Objects.requireNonNull(type);
        }

        PropertyDefinition<T, B, V> required() {
            required = true;
            return this;
        }

        PropertyDefinition<T, B, V> alias(String header) {
            aliases.add(header);
            return this;
        }

        /** The object's properties are columns of their own (proposal session). */
        PropertyDefinition<T, B, V> spread() {
            spread = true;
            return this;
        }

        PropertyDefinition<T, B, V> byDefault(V value) {
            defaultValue = value;
            return this;
        }

        PropertyDefinition<T, B, V> byDefault(String otherProperty, Function<T, V> value) {
            defaultFrom = otherProperty;
            defaultFunction = value;
            return this;
        }

        PropertyDefinition<T, B, V> get(Function<T, V> getter) {
            this.getter = getter;
            return this;
        }

        PropertyDefinition<T, B, V> getOptional(Function<T, Optional<V>> getter) {
            this.getter = record -> getter.apply(record).orElse(null);
            return this;
        }

        PropertyDefinition<T, B, V> getInt(ToIntFunction<T> getter) {
            this.getter = record -> getter.applyAsInt(record);
            return this;
        }

        PropertyDefinition<T, B, V> getLong(ToLongFunction<T> getter) {
            this.getter = record -> getter.applyAsLong(record);
            return this;
        }

        PropertyDefinition<T, B, V> getOptionalInt(Function<T, OptionalInt> getter) {
            this.getter = record -> {
                OptionalInt value = getter.apply(record);
                return value.isPresent() ? Integer.valueOf(value.getAsInt()) : null;
            };
            return this;
        }

        PropertyDefinition<T, B, V> getOptionalLong(Function<T, OptionalLong> getter) {
            this.getter = record -> {
                OptionalLong value = getter.apply(record);
                return value.isPresent() ? Long.valueOf(value.getAsLong()) : null;
            };
            return this;
        }

        PropertyDefinition<T, B, V> set(BiConsumer<B, V> setter) {
            this.setter = setter;
            return this;
        }

        /** Sets an {@code Integer} count or year without boxing. */
        PropertyDefinition<T, B, V> setInt(ObjIntConsumer<B> setter) {
            this.intSetter = setter;
            this.setter = (B b, Integer v) -> setter.accept(b, v);
            return this;
        }

        /** Sets a {@code Long} count without boxing. */
        PropertyDefinition<T, B, V> setLong(ObjLongConsumer<B> setter) {
            this.longSetter = setter;
            this.setter = (B b, Long v) -> setter.accept(b, v);
            return this;
        }

        /** Adds one element of a list. */
        <E> PropertyDefinition<T, B, V> add(BiConsumer<B, E> adder) {
            this.adder = adder;
            return this;
        }

        private void check() {
            if (getter == null || setter == null) {
                throw new IllegalStateException(name + ": getter and setter are required");
            }
            Class<?> java = type.getJavaType();
            if (java == Integer.class && intSetter == null || java == Long.class && longSetter == null) {
                throw new IllegalStateException(name + ": a count needs a primitive setter");
            }
            if (type.getKind() == ValueKind.LIST && adder == null) {
                throw new IllegalStateException(name + ": a list needs an adder");
            }
            if (spread && type.getKind() != ValueKind.OBJECT) {
                throw new IllegalStateException(name + ": only an object is spread");
            }
        }
    }
}
