package io.github.ficsdk.core.schema;

import io.github.ficsdk.core.schema.internal.Binding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;

/**
 * The description of one record type, such as {@code Activity}: its file
 * ({@code activities.jsonl}), its spreadsheet sheet ({@code 活动}, or the file stem
 * {@code activities}), its id, and its {@link Property properties} in order — the one place the
 * JSON readers and writers, spreadsheet ledgers and other sources take a record's shape from.
 *
 * <pre>{@code
 * RecordSchema<Activity> schema = RecordSchema.of(Activity.class);   // = RecordSchemas.ACTIVITY
 * schema.getFileName();                       // Optional[activities.jsonl]
 * schema.getSheetName();                      // Optional[活动]
 * for (Property<Activity, ?> p : schema.getProperties()) {
 *     System.out.println(p.getName() + " " + p.getHeader() + " " + p.getType());
 * }
 * schema.property("amountYuan").get().get(activity);     // by JSON name
 * schema.column("金额（万元）").get().getMultiplier();     // by header or alias: 10000
 * }</pre>
 *
 * <p>Headers are looked up with leading and trailing white space ignored and half-width
 * brackets and colons taken as their full-width forms and vice versa ({@code 金额(元)} is
 * {@code 金额（元）}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record type
 * @since 0.1
 */
public final class RecordSchema<T> {

    private final Class<T> type;
    private final String fileName;
    private final String sheetName;
    private final List<String> sheetAliases;
    private final Supplier<?> newBuilder;
    private final Function<Object, T> build;
    private final List<Property<T, ?>> properties;
    private final List<String> names;
    private final Map<String, Property<T, ?>> byName;
    private final Property<T, String> idProperty;
    private final Property<T, ?> extensions;
    private List<Column<T>> columns;
    private Map<String, Column<T>> byHeader;

    @SuppressWarnings("unchecked")
    RecordSchema(Definition<T, ?> d) {
        this.type = d.type;
        this.fileName = d.fileName;
        this.sheetName = d.sheetName;
        this.sheetAliases = d.fileName == null ? List.of() : List.of(d.fileName.substring(0, d.fileName.indexOf('.')));
        this.newBuilder = d.newBuilder;
        this.build = (Function<Object, T>) d.build;
        List<Property<T, ?>> list = new ArrayList<>();
        Map<String, Property<T, ?>> map = new HashMap<>();
        Property<T, String> id = null;
        Property<T, ?> ext = null;
        for (Definition.PropertyDefinition<T, ?, ?> pd : d.properties) {
            Property<T, ?> p = new Property<>(this, list.size(), pd);
            list.add(p);
            if (map.put(p.getName(), p) != null) {
                throw new IllegalStateException("duplicate property " + p.getName() + " in " + type);
            }
            if (p.getType().getKind() == ValueKind.ID) {
                id = (Property<T, String>) p;
            } else if (p.getType().getKind() == ValueKind.EXTENSIONS) {
                ext = p;
            }
        }
        this.properties = Collections.unmodifiableList(list);
        List<String> nameList = new ArrayList<>();
        for (Property<T, ?> p : list) {
            nameList.add(p.getName());
        }
        this.names = Collections.unmodifiableList(nameList);
        this.byName = map;
        this.idProperty = id;
        this.extensions = ext;
        buildColumns();
        List<BiConsumer<Object, Object>> setters = new ArrayList<>();
        List<ObjIntConsumer<Object>> intSetters = new ArrayList<>();
        List<ObjLongConsumer<Object>> longSetters = new ArrayList<>();
        List<BiConsumer<Object, Object>> adders = new ArrayList<>();
        for (Property<T, ?> p : list) {
            setters.add(p.setter);
            intSetters.add(p.intSetter);
            longSetters.add(p.longSetter);
            adders.add(p.adder);
        }
        Binding.register(this, new Binding(newBuilder, build, Collections.unmodifiableList(setters),
                Collections.unmodifiableList(intSetters), Collections.unmodifiableList(longSetters),
                Collections.unmodifiableList(adders)));
    }

    private void buildColumns() {
        List<Column<T>> primary = new ArrayList<>();
        Map<String, Column<T>> lookup = new LinkedHashMap<>();
        for (Property<T, ?> p : properties) {
            addColumns(List.of(p), primary, lookup);
        }
        this.columns = Collections.unmodifiableList(primary);
        this.byHeader = lookup;
    }

    private void addColumns(List<Property<?, ?>> path, List<Column<T>> primary, Map<String, Column<T>> lookup) {
        Property<?, ?> p = path.get(path.size() - 1);
        if (p.getType().getKind() == ValueKind.EXTENSIONS) {
            return;
        }
        if (p.isSpread()) {
            for (Property<?, ?> nested : p.getType().getSchema().get().getProperties()) {
                List<Property<?, ?>> longer = new ArrayList<>(path);
                longer.add(nested);
                addColumns(longer, primary, lookup);
            }
            return;
        }
        Column<T> column = Column.of(p.getHeader(), path, BigDecimal.ONE, null, true);
        primary.add(column);
        putColumn(lookup, column);
        for (int i = 0; i < p.getAliases().size(); i++) {
            putColumn(lookup, Column.of(p.getAliases().get(i), path, p.aliasMultiplier(i), null, false));
        }
    }

    private void putColumn(Map<String, Column<T>> lookup, Column<T> column) {
        if (lookup.put(normalize(column.getHeader()), column) != null) {
            throw new IllegalStateException("header " + column.getHeader() + " used twice in " + type);
        }
    }

    /** Trims white space and unifies brackets and colons to one form. */
    static String normalize(String header) {
        return header.strip().replace('(', '（').replace(')', '）').replace('：', ':');
    }

    /**
     * Returns the schema of a record type or of a nested type ({@code FeeTier},
     * {@code ActivityTarget}, {@code ProposalSession}).
     *
     * @param <T>   the type
     * @param type  the class, not null
     * @return the schema, never null
     * @throws IllegalArgumentException if the type has no schema
     */
    public static <T> RecordSchema<T> of(Class<T> type) {
        return RecordSchemas.of(type);
    }

    /**
     * Returns the record type.
     *
     * @return the class, never null
     */
    public Class<T> getType() {
        return type;
    }

    /**
     * Returns the name of the record type, such as {@code Activity}.
     *
     * @return the simple class name, never null
     */
    public String getName() {
        return type.getSimpleName();
    }

    /**
     * Returns the JSON Lines file of the records, such as {@code activities.jsonl}.
     *
     * @return the file name, empty for a nested type
     */
    public Optional<String> getFileName() {
        return Optional.ofNullable(fileName);
    }

    /**
     * Returns the name of the records' sheet in a ledger workbook, such as {@code 活动}.
     *
     * @return the sheet name, empty for a nested type
     */
    public Optional<String> getSheetName() {
        return Optional.ofNullable(sheetName);
    }

    /**
     * Returns the other names the sheet is found by: the file stem, such as {@code activities}
     * (also the name of a CSV file, {@code activities.csv}).
     *
     * @return an unmodifiable list, empty for a nested type, never null
     */
    public List<String> getSheetAliases() {
        return sheetAliases;
    }

    /**
     * Returns whether this is a nested type (fee tier, activity target, proposal session), which
     * has no file of its own.
     *
     * @return true for a nested type
     */
    public boolean isNested() {
        return fileName == null;
    }

    /**
     * Returns whether the records have an id of their own (all but memberships, annual targets and
     * the nested types).
     *
     * @return true when there is an id property
     */
    public boolean hasId() {
        return idProperty != null;
    }

    /**
     * Returns the id property, such as {@code id} of an activity.
     *
     * @return the property, empty when the records have no id
     */
    public Optional<Property<T, String>> getIdProperty() {
        return Optional.ofNullable(idProperty);
    }

    /**
     * Returns the id of a record.
     *
     * @param record  the record, not null
     * @return the id, empty when the records have no id
     */
    public Optional<String> idOf(T record) {
        Objects.requireNonNull(record, "record");
        return idProperty == null ? Optional.empty() : Optional.of(idProperty.get(record));
    }

    /**
     * Returns the properties in declaration order, which is the order writers follow.
     *
     * @return an unmodifiable list, never null
     */
    public List<Property<T, ?>> getProperties() {
        return properties;
    }

    /**
     * Returns the JSON names of the properties in declaration order; a name's position is the
     * {@link Property#getIndex() index} of its property.
     *
     * @return an unmodifiable list, never null
     */
    public List<String> getPropertyNames() {
        return names;
    }

    /**
     * Returns the property at a position.
     *
     * @param index  the index, from 0
     * @return the property, never null
     * @throws IndexOutOfBoundsException if there is no such property
     */
    public Property<T, ?> getProperty(int index) {
        return properties.get(index);
    }

    /**
     * Returns the property of a JSON name.
     *
     * @param name  the JSON name, such as {@code amountYuan}, not null
     * @return the property, empty when the type has no such property
     */
    public Optional<Property<T, ?>> property(String name) {
        return Optional.ofNullable(byName.get(Objects.requireNonNull(name, "name")));
    }

    /**
     * Returns the index of the property of a JSON name.
     *
     * @param name  the JSON name, not null
     * @return the index, or -1 when the type has no such property
     */
    public int indexOf(String name) {
        Property<T, ?> p = byName.get(Objects.requireNonNull(name, "name"));
        return p == null ? -1 : p.getIndex();
    }

    /**
     * Returns the property of a JSON name with the type of its values, for typed use.
     *
     * @param <V>        the type of the values
     * @param name       the JSON name, not null
     * @param valueType  the Java type of the values ({@link ValueType#getJavaType()}), not null
     * @return the property, never null
     * @throws IllegalArgumentException if there is no such property or its values are of another type
     */
    @SuppressWarnings("unchecked")
    public <V> Property<T, V> getProperty(String name, Class<V> valueType) {
        Property<T, ?> p = byName.get(Objects.requireNonNull(name, "name"));
        if (p == null || p.getType().getJavaType() != valueType) {
            throw new IllegalArgumentException(getName() + " has no property " + name + " of " + valueType.getSimpleName());
        }
        return (Property<T, V>) p;
    }

    /**
     * Returns the list property of a JSON name with the type of its elements, for typed use.
     *
     * @param <E>          the type of the elements
     * @param name         the JSON name, such as {@code targets}, not null
     * @param elementType  the Java type of the elements, such as {@code ActivityTarget.class}, not null
     * @return the property, never null
     * @throws IllegalArgumentException if there is no such list property with elements of that type
     */
    @SuppressWarnings("unchecked")
    public <E> Property<T, List<E>> getListProperty(String name, Class<E> elementType) {
        Property<T, ?> p = byName.get(Objects.requireNonNull(name, "name"));
        if (p == null || p.getType().getKind() != ValueKind.LIST
                || p.getType().getElementType().get().getJavaType() != elementType) {
            throw new IllegalArgumentException(getName() + " has no list property " + name + " of "
                    + elementType.getSimpleName());
        }
        return (Property<T, List<E>>) p;
    }

    /**
     * Returns the spreadsheet columns of the records' sheet in order, by their own headers: one per
     * property, one per property of a spread object ({@code session}: 会议机构, 会议区划代码, 届次,
     * 次会议), none for {@code extensions} (whose columns are headed {@code 扩展:NAME}).
     *
     * @return an unmodifiable list, never null
     */
    public List<Column<T>> getColumns() {
        return columns;
    }

    /**
     * Returns the column of a header: a property's header or alias (such as {@code 金额（万元）}),
     * or {@code 扩展:NAME} for an extension entry.
     *
     * @param header  the header, not null
     * @return the column, empty when the header is unknown
     */
    public Optional<Column<T>> column(String header) {
        String key = normalize(Objects.requireNonNull(header, "header"));
        Column<T> column = byHeader.get(key);
        if (column == null && extensions != null) {
            String stripped = header.strip();
            String prefix = extensions.getHeader();
            int at = prefix.length();
            if (stripped.startsWith(prefix) && stripped.length() > at
                    && (stripped.charAt(at) == ':' || stripped.charAt(at) == '：')) {
                String name = stripped.substring(at + 1).strip();
                if (!name.isEmpty()) {
                    column = Column.of(prefix + ":" + name, List.of(extensions), BigDecimal.ONE, name, false);
                }
            }
        }
        return Optional.ofNullable(column);
    }

    /**
     * Returns a new builder of a record.
     *
     * @return a builder, never null
     */
    public RecordBuilder<T> newBuilder() {
        return new RecordBuilder<>(this, newBuilder.get());
    }

    T build(Object builder) {
        return build.apply(builder);
    }

    /**
     * Returns a description, such as {@code RecordSchema[Activity, activities.jsonl, 活动, 14 properties]}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return "RecordSchema[" + getName() + (fileName == null ? "" : ", " + fileName + ", " + sheetName) + ", "
                + properties.size() + " properties]";
    }
}
