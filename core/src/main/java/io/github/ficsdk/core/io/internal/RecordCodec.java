package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.internal.EditDistance;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.core.schema.ValueType;
import io.github.ficsdk.core.schema.internal.Binding;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;

/**
 * The strict reader and writer of one JSON object type over Jackson's streaming API, driven by
 * the type's {@link RecordSchema}: property names looked up by identity (Jackson interns them),
 * duplicates found by bit mask, each value read by one of a fixed set of value readers
 * ({@link JsonReads}) chosen by a switch on the property's kind, and set on the record type's
 * builder through the schema's {@link Binding}. Writers follow the schema's order and leave out
 * absent values and defaults. Stateless and thread-safe. Internal: not part of the API.
 *
 * <p>Speed: each kind has a call site of its own for its setters, so the JIT inlines the few
 * setters of one kind; counts are set unboxed; the paths of properties (for problems) are
 * computed once at the root and for the first elements of lists, never per line.
 *
 * @param <T> the value type
 * @param <B> the type of the builder the codec fills (the record type's own builder; {@code ?} to users)
 */
public final class RecordCodec<T, B> {

    // How a property's value is read and written: a small fixed set, switched on per value.
    private static final byte TEXT = 0;
    private static final byte ID = 1;
    private static final byte REFERENCE = 2;
    private static final byte INT = 3;
    private static final byte LONG = 4;
    private static final byte DECIMAL = 5;
    private static final byte DATE = 6;
    private static final byte YUAN = 7;
    private static final byte ENUM = 8;
    private static final byte ACTIVITY_KIND = 9;
    private static final byte OBJECT = 10;
    private static final byte STRING_LIST = 11;
    private static final byte ENUM_LIST = 12;
    private static final byte OBJECT_LIST = 13;
    private static final byte EXTENSIONS = 14;

    /** The number of a list's first elements whose paths are computed once. */
    private static final int CACHED_ELEMENTS = 8;

    private final RecordSchema<T> schema;
    private final Binding binding;
    private final String[] names;
    private final Property<T, Object>[] properties;
    private final byte[] kinds;
    private final BiConsumer<Object, Object>[] setters;
    private final ObjIntConsumer<Object>[] intSetters;
    private final ObjLongConsumer<Object>[] longSetters;
    private final BiConsumer<Object, Object>[] adders;
    private final Enum<?>[][] enums;
    private final RecordCodec<Object, ?>[] nested;
    private final long required;
    private final Property<T, String> id;
    // At the root: the prefix of a nested object and the paths of its properties, per field;
    // the paths of a list's first elements, their prefixes and the paths of their properties.
    private final String[] objectPrefixes;
    private final String[][] objectPaths;
    private final String[][] elementPaths;
    private final String[][] elementPrefixes;
    private final String[][][] elementObjectPaths;

    @SuppressWarnings("unchecked")
    private RecordCodec(RecordSchema<T> schema) {
        this.schema = schema;
        this.binding = Binding.of(schema);
        List<Property<T, ?>> list = schema.getProperties();
        int n = list.size();
        if (n > 64) {
            throw new IllegalArgumentException(schema.getName() + " has more than 64 properties");
        }
        names = new String[n];
        properties = new Property[n];
        kinds = new byte[n];
        setters = new BiConsumer[n];
        intSetters = new ObjIntConsumer[n];
        longSetters = new ObjLongConsumer[n];
        adders = new BiConsumer[n];
        enums = new Enum<?>[n][];
        nested = new RecordCodec[n];
        objectPrefixes = new String[n];
        objectPaths = new String[n][];
        elementPaths = new String[n][];
        elementPrefixes = new String[n][];
        elementObjectPaths = new String[n][][];
        long mask = 0;
        for (int i = 0; i < n; i++) {
            Property<T, ?> p = list.get(i);
            names[i] = p.getName().intern();
            properties[i] = (Property<T, Object>) p;
            ValueType<?> type = p.getType();
            kinds[i] = kindOf(type);
            setters[i] = binding.setter(i);
            intSetters[i] = binding.intSetter(i);
            longSetters[i] = binding.longSetter(i);
            adders[i] = binding.adder(i);
            ValueType<?> element = type.getKind() == ValueKind.LIST ? type.getElementType().get() : type;
            if (element.getKind() == ValueKind.CODE) {
                enums[i] = (Enum<?>[]) element.getJavaType().getEnumConstants();
            } else if (element.getKind() == ValueKind.OBJECT) {
                nested[i] = (RecordCodec<Object, ?>) of(element.getSchema().get());
            }
            if (p.isRequired()) {
                mask |= 1L << i;
            }
            if (kinds[i] == OBJECT) {
                objectPrefixes[i] = names[i] + ".";
                objectPaths[i] = nested[i].paths(objectPrefixes[i]);
            } else if (kinds[i] == ENUM_LIST || kinds[i] == OBJECT_LIST) {
                elementPaths[i] = new String[CACHED_ELEMENTS];
                elementPrefixes[i] = new String[CACHED_ELEMENTS];
                elementObjectPaths[i] = new String[CACHED_ELEMENTS][];
                for (int e = 0; e < CACHED_ELEMENTS; e++) {
                    elementPaths[i][e] = at(names[i], e);
                    elementPrefixes[i][e] = elementPaths[i][e] + ".";
                    if (nested[i] != null) {
                        elementObjectPaths[i][e] = nested[i].paths(elementPrefixes[i][e]);
                    }
                }
            }
        }
        required = mask;
        id = schema.getIdProperty().orElse(null);
    }

    private static byte kindOf(ValueType<?> type) {
        switch (type.getKind()) {
            case TEXT: return TEXT;
            case ID: return ID;
            case REFERENCE: return REFERENCE;
            case DATE: return DATE;
            case YUAN: return YUAN;
            case COUNT:
            case YEAR: return type.getJavaType() == Long.class ? LONG : INT;
            case DECIMAL: return DECIMAL;
            case CODE: return ENUM;
            case ACTIVITY_KIND: return ACTIVITY_KIND;
            case OBJECT: return OBJECT;
            case EXTENSIONS: return EXTENSIONS;
            default:
                switch (kindOf(type.getElementType().get())) {
                    case TEXT:
                    case ID:
                    case REFERENCE: return STRING_LIST;
                    case ENUM: return ENUM_LIST;
                    case OBJECT: return OBJECT_LIST;
                    default: throw new IllegalArgumentException("no JSON codec for a " + type);
                }
        }
    }

    private String[] paths(String prefix) {
        String[] paths = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            paths[i] = prefix + names[i];
        }
        return paths;
    }

    /**
     * Returns a new codec of a schema (the shared ones are in {@link Codecs}).
     *
     * @param <T>     the record type
     * @param schema  the schema
     * @return the codec
     */
    public static <T> RecordCodec<T, ?> of(RecordSchema<T> schema) {
        return new RecordCodec<>(schema);
    }

    /**
     * Returns the schema.
     *
     * @return the schema
     */
    public RecordSchema<T> schema() {
        return schema;
    }

    /** Returns the id of a value, or null when the type has none. */
    public String idOf(T value) {
        return id == null ? null : id.get(value);
    }

    private int index(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Reads an object; the parser is on its START_OBJECT token, and is left on its END_OBJECT.
     *
     * @param prefix  the path of the object followed by a dot, or "" at the root
     */
    public T read(JsonParser p, String prefix) throws IOException {
        return read(p, prefix, prefix.isEmpty() ? names : null);
    }

    /**
     * Reads an object whose properties' paths are given ({@code names} at the root), or are
     * computed per property when {@code paths} is null.
     */
    @SuppressWarnings("unchecked")
    private T read(JsonParser p, String prefix, String[] paths) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw JsonReads.wrongType(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "an object", p);
        }
        Object builder = binding.newBuilder();
        long seen = 0;
        long present = 0;
        String name;
        while ((name = p.nextFieldName()) != null) {
            int field = index(name);
            if (field < 0) {
                throw new RecordException(prefix + name, "UNKNOWN_PROPERTY", "unknown property \"" + prefix + name
                        + "\"" + suggestion(name) + "; known: " + String.join(", ", names));
            }
            long bit = 1L << field;
            if ((seen & bit) != 0) {
                throw new RecordException(prefix + name, "DUPLICATE_KEY", "duplicate property \"" + prefix + name + "\"");
            }
            seen |= bit;
            if (p.nextToken() == JsonToken.VALUE_NULL) {
                continue;
            }
            present |= bit;
            readField(p, builder, field, paths != null ? paths[field] : prefix + names[field], paths == names);
        }
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw JsonReads.wrongType(prefix, "a property name", p);
        }
        long missing = required & ~present;
        if (missing != 0) {
            String field = names[Long.numberOfTrailingZeros(missing)];
            throw new RecordException(prefix + field, "REQUIRED", "required property \"" + prefix + field + "\" is missing");
        }
        try {
            return (T) binding.build(builder);
        } catch (InvalidValueException e) {
            throw new RecordException(prefix + e.getField(), e.getProblemCode(), prefix + e.getMessage());
        }
    }

    /** Reads the value of property {@code field}; the parser is on its (non-null) value token. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void readField(JsonParser p, Object b, int field, String path, boolean root) throws IOException {
        // one call of the setters per kind: the JIT profiles (and inlines) them per call site
        switch (kinds[field]) {
            case TEXT: setters[field].accept(b, JsonReads.string(p, path)); break;
            case ID: setters[field].accept(b, JsonReads.string(p, path)); break;
            case REFERENCE: setters[field].accept(b, JsonReads.string(p, path)); break;
            case INT: intSetters[field].accept(b, JsonReads.intCount(p, path)); break;
            case LONG: longSetters[field].accept(b, JsonReads.count(p, path, Long.MAX_VALUE)); break;
            case DECIMAL: setters[field].accept(b, JsonReads.decimal(p, path)); break;
            case DATE: setters[field].accept(b, JsonReads.date(p, path)); break;
            case YUAN: setters[field].accept(b, JsonReads.yuan(p, path)); break;
            case ENUM: setters[field].accept(b, JsonReads.enumValue(p, path, (Enum[]) enums[field])); break;
            case ACTIVITY_KIND: setters[field].accept(b, JsonReads.activityKind(p, path)); break;
            case OBJECT:
                setters[field].accept(b, root ? nested[field].read(p, objectPrefixes[field], objectPaths[field])
                        : nested[field].read(p, path + ".", null));
                break;
            case STRING_LIST: setters[field].accept(b, JsonReads.strings(p, path)); break;
            case ENUM_LIST:
                JsonReads.startArray(p, path, properties[field].getLabel());
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    String at = root && i < CACHED_ELEMENTS ? elementPaths[field][i] : at(path, i);
                    adders[field].accept(b, JsonReads.enumValue(p, at, (Enum[]) enums[field]));
                }
                break;
            case OBJECT_LIST:
                JsonReads.startArray(p, path, properties[field].getLabel());
                for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                    adders[field].accept(b, root && i < CACHED_ELEMENTS
                            ? nested[field].read(p, elementPrefixes[field][i], elementObjectPaths[field][i])
                            : nested[field].read(p, at(path, i) + ".", null));
                }
                break;
            default: setters[field].accept(b, JsonReads.extensions(p, path)); break;
        }
    }

    private static String at(String path, int index) {
        return path + "[" + index + "]";
    }

    /**
     * Writes the object, start and end included: the properties in the schema's order, leaving out
     * absent values and values equal to their default (empty lists and extensions included).
     */
    public void write(JsonGenerator g, T value) throws IOException {
        g.writeStartObject();
        for (int i = 0; i < properties.length; i++) {
            Property<T, Object> property = properties[i];
            Object v = property.get(value);
            if (v == null || !property.isRequired() && v.equals(property.defaultIn(value))) {
                continue;
            }
            String name = names[i];
            switch (kinds[i]) {
                case TEXT:
                case ID:
                case REFERENCE: g.writeStringField(name, (String) v); break;
                case INT: g.writeNumberField(name, (Integer) v); break;
                case LONG: g.writeNumberField(name, (Long) v); break;
                case DECIMAL:
                    g.writeFieldName(name);
                    g.writeNumber(((BigDecimal) v).toPlainString());
                    break;
                case ENUM: g.writeStringField(name, ((Enum<?>) v).name()); break;
                case ACTIVITY_KIND: g.writeStringField(name, ((ActivityKind) v).getCode()); break;
                case OBJECT:
                    g.writeFieldName(name);
                    nested[i].write(g, v);
                    break;
                case STRING_LIST:
                case ENUM_LIST:
                case OBJECT_LIST:
                    g.writeFieldName(name);
                    g.writeStartArray();
                    for (Object element : (List<?>) v) {
                        if (kinds[i] == OBJECT_LIST) {
                            nested[i].write(g, element);
                        } else {
                            g.writeString(kinds[i] == ENUM_LIST ? ((Enum<?>) element).name() : (String) element);
                        }
                    }
                    g.writeEndArray();
                    break;
                case EXTENSIONS:
                    g.writeFieldName(name);
                    Codecs.writeExtensionsObject(g, (Extensions) v);
                    break;
                default: g.writeStringField(name, v.toString()); break;
            }
        }
        g.writeEndObject();
    }

    private String suggestion(String name) {
        String best = null;
        int bestDistance = 3;
        for (String known : names) {
            int d = distance(name.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2 || a.length() > 64 || b.length() > 64) {
            return 3;
        }
        return EditDistance.of(a, b);
    }
}
