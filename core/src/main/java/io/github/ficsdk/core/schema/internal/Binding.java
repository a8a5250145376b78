package io.github.ficsdk.core.schema.internal;

import io.github.ficsdk.core.schema.RecordSchema;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * What the codecs take from a schema beyond its API: the record type's mutable builder and the
 * setters of its properties as functions over that builder, so that a reader fills the builder
 * directly (one call site per kind of value, no wrapper per record, no boxing of counts). Each
 * schema registers its binding once, as it is built. Internal: not part of the API.
 */
public final class Binding {

    private static final Map<RecordSchema<?>, Binding> BINDINGS = new ConcurrentHashMap<>();

    private final Supplier<?> newBuilder;
    private final Function<Object, ?> build;
    private final List<BiConsumer<Object, Object>> setters;
    private final List<ObjIntConsumer<Object>> intSetters;
    private final List<ObjLongConsumer<Object>> longSetters;
    private final List<BiConsumer<Object, Object>> adders;

    /**
     * Creates a binding.
     *
     * @param newBuilder   creates a builder
     * @param build        builds the record from a builder
     * @param setters      per property index: sets the value (boxed for counts)
     * @param intSetters   per property index: sets an {@code Integer} value unboxed, or null
     * @param longSetters  per property index: sets a {@code Long} value unboxed, or null
     * @param adders       per property index: adds one element of a list, or null
     */
    public Binding(Supplier<?> newBuilder, Function<Object, ?> build, List<BiConsumer<Object, Object>> setters,
            List<ObjIntConsumer<Object>> intSetters, List<ObjLongConsumer<Object>> longSetters,
            List<BiConsumer<Object, Object>> adders) {
        this.newBuilder = newBuilder;
        this.build = build;
        this.setters = setters;
        this.intSetters = intSetters;
        this.longSetters = longSetters;
        this.adders = adders;
    }

    /**
     * Registers the binding of a schema; called once by each schema as it is built.
     *
     * @param schema   the schema
     * @param binding  its binding
     * @throws IllegalStateException if the schema has a binding already
     */
    public static void register(RecordSchema<?> schema, Binding binding) {
        if (BINDINGS.putIfAbsent(schema, binding) != null) {
            throw new IllegalStateException("bound already: " + schema);
        }
    }

    /**
     * Returns the binding of a schema.
     *
     * @param schema  the schema
     * @return the binding
     * @throws IllegalArgumentException if the schema has none
     */
    public static Binding of(RecordSchema<?> schema) {
        Binding binding = BINDINGS.get(schema);
        if (binding == null) {
            throw new IllegalArgumentException("no binding for " + schema);
        }
        return binding;
    }

    /** Returns a new builder. */
    public Object newBuilder() {
        return newBuilder.get();
    }

    /** Builds the record of a builder; throws what the record type's checks throw. */
    public Object build(Object builder) {
        return build.apply(builder);
    }

    /** Returns the setter of the property at an index. */
    public BiConsumer<Object, Object> setter(int index) {
        return setters.get(index);
    }

    /** Returns the unboxed setter of the {@code Integer} property at an index, or null. */
    public ObjIntConsumer<Object> intSetter(int index) {
        return intSetters.get(index);
    }

    /** Returns the unboxed setter of the {@code Long} property at an index, or null. */
    public ObjLongConsumer<Object> longSetter(int index) {
        return longSetters.get(index);
    }

    /** Returns the adder of the list property at an index, or null. */
    public BiConsumer<Object, Object> adder(int index) {
        return adders.get(index);
    }
}
