package io.github.ficsdk.core.schema;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.validation.InvalidCodeException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The type of the values of a {@link Property}, such as a count of at least 1 for
 * {@code sessions}, the code list of {@code role}, or a list of targets: its {@link ValueKind},
 * its Java type, and what the kind needs besides (range, codes with their Chinese labels, the
 * schema of a nested object, the element type and separators of a list, the record types an id
 * reference may name).
 *
 * <pre>{@code
 * ValueType<?> role = RecordSchemas.MEMBERSHIP.property("role").get().getType();
 * role.getKind();                 // CODE
 * role.findCode("副会长");         // Optional[VICE_PRESIDENT]: a code or its label
 * ValueType<?> sessions = RecordSchemas.ACTIVITY.property("sessions").get().getType();
 * sessions.getRange();            // Optional[1 - 2147483647]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <V> the Java type of the values, such as {@code Integer} or {@code List<ActivityTarget>}
 * @since 0.1
 */
public final class ValueType<V> {

    private static final List<String> LIST_SEPARATORS = List.of("、", "，", ",", ";", "；");
    private static final List<String> PAIR_SEPARATORS = List.of(":", "：");

    private static final ValueType<String> TEXT = new ValueType<>(ValueKind.TEXT, String.class);
    private static final ValueType<String> ID = new ValueType<>(ValueKind.ID, String.class);
    private static final ValueType<LocalDate> DATE = new ValueType<>(ValueKind.DATE, LocalDate.class);
    private static final ValueType<Yuan> YUAN = new ValueType<>(ValueKind.YUAN, Yuan.class);
    private static final ValueType<BigDecimal> DECIMAL = new ValueType<>(ValueKind.DECIMAL, BigDecimal.class);
    private static final ValueType<Extensions> EXTENSIONS = new ValueType<>(ValueKind.EXTENSIONS, Extensions.class);
    private static final ValueType<Integer> YEAR = new ValueType<>(ValueKind.YEAR, Integer.class,
            ValueRange.of(Checks.MIN_YEAR, Checks.MAX_YEAR), List.of(), null, null, List.of());

    private final ValueKind kind;
    private final Class<?> javaType;
    private final ValueRange range;
    private final List<Code<V>> codes;
    private final Map<String, V> byCodeOrLabel;
    private final RecordSchema<V> schema;
    private final ValueType<?> element;
    private final List<Class<?>> referencedTypes;

    private ValueType(ValueKind kind, Class<?> javaType) {
        this(kind, javaType, null, List.of(), null, null, List.of());
    }

    private ValueType(ValueKind kind, Class<?> javaType, ValueRange range, List<Code<V>> codes,
            RecordSchema<V> schema, ValueType<?> element, List<Class<?>> referencedTypes) {
        this.kind = kind;
        this.javaType = javaType;
        this.range = range;
        this.codes = Collections.unmodifiableList(new ArrayList<>(codes));
        Map<String, V> lookup = new HashMap<>();
        for (Code<V> code : codes) {
            lookup.put(code.getCode(), code.getValue());
        }
        for (Code<V> code : codes) {
            lookup.putIfAbsent(code.getLabel(), code.getValue());
        }
        this.byCodeOrLabel = lookup;
        this.schema = schema;
        this.element = element;
        this.referencedTypes = List.copyOf(referencedTypes);
    }

    // ---- the types, used by the declarations of RecordSchemas

    static ValueType<String> text() {
        return TEXT;
    }

    static ValueType<String> id() {
        return ID;
    }

    static ValueType<String> reference(Class<?>... types) {
        return new ValueType<>(ValueKind.REFERENCE, String.class, null, List.of(), null, null, List.of(types));
    }

    static ValueType<LocalDate> date() {
        return DATE;
    }

    static ValueType<Yuan> yuan() {
        return YUAN;
    }

    static ValueType<Integer> intCount(int min) {
        return new ValueType<>(ValueKind.COUNT, Integer.class, ValueRange.of(min, Integer.MAX_VALUE), List.of(),
                null, null, List.of());
    }

    static ValueType<Long> longCount(long min) {
        return new ValueType<>(ValueKind.COUNT, Long.class, ValueRange.of(min, Long.MAX_VALUE), List.of(),
                null, null, List.of());
    }

    static ValueType<Integer> year() {
        return YEAR;
    }

    static ValueType<BigDecimal> decimal() {
        return DECIMAL;
    }

    static <E extends Enum<E>> ValueType<E> code(Class<E> type, Function<E, String> label) {
        List<Code<E>> codes = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            codes.add(Code.of(e.name(), label.apply(e), e));
        }
        return new ValueType<>(ValueKind.CODE, type, null, codes, null, null, List.of());
    }

    static ValueType<ActivityKind> activityKind() {
        List<Code<ActivityKind>> codes = new ArrayList<>();
        for (ActivityKind k : ActivityKind.standardKinds()) {
            codes.add(Code.of(k.getCode(), k.getLabel(), k));
        }
        return new ValueType<>(ValueKind.ACTIVITY_KIND, ActivityKind.class, null, codes, null, null, List.of());
    }

    static <V> ValueType<V> object(RecordSchema<V> schema) {
        return new ValueType<>(ValueKind.OBJECT, schema.getType(), null, List.of(), schema, null, List.of());
    }

    static <E> ValueType<List<E>> listOf(ValueType<E> element) {
        return new ValueType<>(ValueKind.LIST, List.class, null, List.of(), null, element, List.of());
    }

    static ValueType<Extensions> extensions() {
        return EXTENSIONS;
    }

    // ---- API

    /**
     * Returns the kind.
     *
     * @return the kind, never null
     */
    public ValueKind getKind() {
        return kind;
    }

    /**
     * Returns the Java type of the values: {@code String}, {@code LocalDate}, {@code Yuan},
     * {@code Integer} or {@code Long} (counts and years), {@code BigDecimal}, the enum class of a
     * code list, {@code ActivityKind}, the class of a nested object, {@code List}, {@code Extensions}.
     *
     * @return the class, never null
     */
    public Class<?> getJavaType() {
        return javaType;
    }

    /**
     * Returns the valid values of a {@link ValueKind#COUNT count} or a {@link ValueKind#YEAR
     * year}, such as {@code 1 - 2147483647} for {@code sessions}; construction rejects the others.
     *
     * @return the range, empty for the other kinds
     */
    public Optional<ValueRange> getRange() {
        return Optional.ofNullable(range);
    }

    /**
     * Returns the codes with their Chinese labels: every code of a {@link ValueKind#CODE code list},
     * the standard kinds of {@link ValueKind#ACTIVITY_KIND}, in the order of the data model.
     *
     * @return an unmodifiable list, empty for the other kinds, never null
     */
    public List<Code<V>> getCodes() {
        return codes;
    }

    /**
     * Returns whether codes other than {@link #getCodes()} are accepted: true for activity kinds,
     * which take team codes starting {@code X_}.
     *
     * @return true for {@link ValueKind#ACTIVITY_KIND}
     */
    public boolean isOpenCodeList() {
        return kind == ValueKind.ACTIVITY_KIND;
    }

    /**
     * Returns the value of a code or of its Chinese label, such as {@code Role.VICE_PRESIDENT} for
     * {@code VICE_PRESIDENT} or {@code 副会长}; for activity kinds also a team code {@code X_…}.
     *
     * @param codeOrLabel  the code or the label, exactly (no trimming), not null
     * @return the value, empty when unknown or when this is not a code list
     */
    public Optional<V> findCode(String codeOrLabel) {
        Objects.requireNonNull(codeOrLabel, "codeOrLabel");
        V value = byCodeOrLabel.get(codeOrLabel);
        if (value == null && kind == ValueKind.ACTIVITY_KIND && codeOrLabel.startsWith("X_")) {
            try {
                @SuppressWarnings("unchecked")
                V kind = (V) ActivityKind.parse(codeOrLabel);
                value = kind;
            } catch (InvalidCodeException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(value);
    }

    /**
     * Returns the schema of a nested {@link ValueKind#OBJECT object}, such as the schema of
     * {@code ProposalSession} for a proposal's {@code session}.
     *
     * @return the schema, empty for the other kinds
     */
    public Optional<RecordSchema<V>> getSchema() {
        return Optional.ofNullable(schema);
    }

    /**
     * Returns the type of the elements of a {@link ValueKind#LIST list}.
     *
     * @return the element type, empty for the other kinds
     */
    public Optional<ValueType<?>> getElementType() {
        return Optional.ofNullable(element);
    }

    /**
     * Returns the separators of the elements of a {@link ValueKind#LIST list} written in one
     * spreadsheet cell: {@code 、}, {@code ，}, {@code ,}, {@code ;}, {@code ；}.
     *
     * @return an unmodifiable list, empty for the other kinds, never null
     */
    public List<String> getSeparators() {
        return kind == ValueKind.LIST ? LIST_SEPARATORS : List.of();
    }

    /**
     * Returns the separators within one element of a list of objects written in one cell, where an
     * object is a pair of its schema's two properties in their order: {@code 类型:编号} for a
     * target ({@code 企业:E001}), {@code 名称:年费} for a fee tier ({@code 会长:50000}). The
     * separators are {@code :} and the full-width {@code ：}.
     *
     * @return an unmodifiable list, empty unless this is a list of objects, never null
     */
    public List<String> getPairSeparators() {
        return kind == ValueKind.LIST && element.kind == ValueKind.OBJECT ? PAIR_SEPARATORS : List.of();
    }

    /**
     * Returns the record types an id {@link ValueKind#REFERENCE reference} may name, such as
     * {@code Chamber} and {@code Federation} for a membership's {@code organization}.
     *
     * @return an unmodifiable list, empty for the other kinds, never null
     */
    public List<Class<?>> getReferencedTypes() {
        return referencedTypes;
    }

    /**
     * Returns a description, such as {@code COUNT 1 - 2147483647} or {@code LIST of OBJECT ActivityTarget}.
     *
     * @return a description, never null
     */
    @Override
    public String toString() {
        switch (kind) {
            case COUNT:
            case YEAR:
                return kind + " " + range;
            case CODE:
            case OBJECT:
                return kind + " " + javaType.getSimpleName();
            case LIST:
                return kind + " of " + element;
            case REFERENCE:
                StringBuilder out = new StringBuilder(kind.name()).append(" to");
                for (Class<?> type : referencedTypes) {
                    out.append(' ').append(type.getSimpleName());
                }
                return out.toString();
            default:
                return kind.name();
        }
    }
}
