package io.github.ficsdk.core.schema;

import io.github.ficsdk.core.Extensions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;

/**
 * One property of a record type, such as an activity's {@code amountYuan}: its JSON name, its
 * Chinese header ({@code 金额（元）}) and the other headers accepted ({@code 金额（万元）}), an
 * English label, its {@link ValueType}, whether it is required, its default, and how to get it
 * from a record ({@link #get}) and set it on a {@link RecordBuilder}.
 *
 * <pre>{@code
 * Property<Activity, ?> amount = RecordSchemas.ACTIVITY.property("amountYuan").get();
 * amount.getHeader();              // "金额（元）"
 * amount.getAliases();             // ["金额（万元）"]
 * amount.getType().getKind();      // YUAN
 * amount.get(activity);            // the Yuan, or null when the activity has none
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record type, such as {@code Activity}
 * @param <V> the type of the value, such as {@code Yuan}; counts and years are {@code Integer}
 *            or {@code Long}, lists {@code List<E>}
 * @since 0.1
 */
public final class Property<T, V> {

    /** The multiplier of a header in 万元. */
    static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    final RecordSchema<T> owner;
    private final int index;
    private final String name;
    private final String header;
    private final List<String> aliases;
    private final List<BigDecimal> aliasMultipliers;
    private final String label;
    private final ValueType<V> type;
    private final boolean required;
    private final boolean spread;
    private final V defaultValue;
    private final String defaultFrom;
    private final Function<T, V> defaultFunction;
    private final Function<T, ?> getter;
    final BiConsumer<Object, Object> setter;
    final ObjIntConsumer<Object> intSetter;
    final ObjLongConsumer<Object> longSetter;
    final BiConsumer<Object, Object> adder;

    @SuppressWarnings("unchecked")
    Property(RecordSchema<T> owner, int index, Definition.PropertyDefinition<T, ?, V> d) {
        this.owner = owner;
        this.index = index;
        this.name = d.name;
        this.header = d.header;
        List<String> aliasTexts = new ArrayList<>(d.aliases);
        List<BigDecimal> multipliers = new ArrayList<>(Collections.nCopies(aliasTexts.size(), BigDecimal.ONE));
        if (d.type.getKind() == ValueKind.YUAN && d.header.endsWith("（元）")) {
            aliasTexts.add(d.header.substring(0, d.header.length() - 3) + "（万元）");
            multipliers.add(WAN);
        }
        this.aliases = List.copyOf(aliasTexts);
        this.aliasMultipliers = List.copyOf(multipliers);
        this.label = d.label;
        this.type = d.type;
        this.required = d.required;
        this.spread = d.spread;
        V constant = d.defaultValue;
        if (constant == null && d.defaultFrom == null && !d.required) {
            if (d.type.getKind() == ValueKind.LIST) {
                constant = (V) List.of();
            } else if (d.type.getKind() == ValueKind.EXTENSIONS) {
                constant = (V) Extensions.empty();
            }
        }
        this.defaultValue = constant;
        this.defaultFrom = d.defaultFrom;
        this.defaultFunction = d.defaultFunction;
        this.getter = Objects.requireNonNull(d.getter, name);
        this.setter = (BiConsumer<Object, Object>) Objects.requireNonNull(d.setter, name);
        this.intSetter = (ObjIntConsumer<Object>) d.intSetter;
        this.longSetter = (ObjLongConsumer<Object>) d.longSetter;
        this.adder = (BiConsumer<Object, Object>) d.adder;
    }

    /**
     * Returns the position of the property in its schema, from 0, in declaration order; stable,
     * and the same as the position of its name in {@link RecordSchema#getPropertyNames()}.
     *
     * @return the index, not negative
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the JSON name, such as {@code amountYuan}.
     *
     * @return the name, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the Chinese header of the property's spreadsheet column, such as {@code 金额（元）}
     * (full-width brackets). For a {@link #isSpread() spread} object it names the group of columns
     * ({@code 会议}), which are headed by the properties of the object's schema.
     *
     * @return the header, never null
     */
    public String getHeader() {
        return header;
    }

    /**
     * Returns the other headers accepted for the column, such as {@code 金额（万元）} for
     * {@code amountYuan}, whose values are multiplied by 10,000 (see {@link Column#getMultiplier()}).
     *
     * @return an unmodifiable list, never null
     */
    public List<String> getAliases() {
        return aliases;
    }

    BigDecimal aliasMultiplier(int alias) {
        return aliasMultipliers.get(alias);
    }

    /**
     * Returns the English label, such as {@code amount (yuan)} or {@code fee tiers}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }

    /**
     * Returns the type of the values.
     *
     * @return the type, never null
     */
    public ValueType<V> getType() {
        return type;
    }

    /**
     * Returns whether a record must have the property ({@code REQUIRED} when read without it).
     *
     * @return true when required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Returns whether the property is a nested object spread over one column per property of its
     * schema in a spreadsheet, as a proposal's {@code session} is (会议机构 / 会议区划代码 / 届次 / 次会议).
     *
     * @return true for a spread object
     */
    public boolean isSpread() {
        return spread;
    }

    /**
     * Returns the constant default a record takes when the property is not given, such as
     * {@code 1} for {@code sessions}, {@code ACTIVE} for a chamber's {@code status}, the empty list
     * for an optional list and the empty extensions; writers leave such a value out.
     *
     * @return the default, empty when there is none or when it depends on the record ({@link #getDefaultFrom()})
     */
    public Optional<V> getDefault() {
        return Optional.ofNullable(defaultValue);
    }

    /**
     * Returns the name of the property whose value this property takes by default, such as
     * {@code start} for an activity's {@code end}.
     *
     * @return the property name, empty when the default is constant or there is none
     */
    public Optional<String> getDefaultFrom() {
        return Optional.ofNullable(defaultFrom);
    }

    /**
     * Returns the value the property takes in a record when it is not given: the constant default,
     * or the value of the property it defaults to ({@code end} = {@code start}).
     *
     * @param record  the record, not null
     * @return the default value, or null when the property has no default
     */
    public V defaultIn(T record) {
        return defaultFunction != null ? defaultFunction.apply(record) : defaultValue;
    }

    /**
     * Returns the value of the property in a record: the value itself (an {@code Integer} or a
     * {@code Long} for a count), a list (empty when there are no elements), or null when an
     * optional property is absent.
     *
     * @param record  the record, not null
     * @return the value, or null when absent
     */
    @SuppressWarnings("unchecked")
    public V get(T record) {
        return (V) getter.apply(record);
    }

    /**
     * Returns a description, such as {@code Activity.amountYuan (金额（元）, YUAN)}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        return owner.getName() + "." + name + " (" + header + ", " + type + (required ? ", required)" : ")");
    }
}
