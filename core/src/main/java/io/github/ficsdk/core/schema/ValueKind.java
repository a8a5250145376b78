package io.github.ficsdk.core.schema;

/**
 * The kind of value a {@link Property} holds, such as {@link #YUAN} for {@code amountYuan}: what
 * its JSON looks like and how a spreadsheet cell spells it. The {@link ValueType} of a property
 * adds the details (the range of a count, the codes of a code list, the schema of an object, the
 * element of a list).
 *
 * @since 0.1
 */
public enum ValueKind {
    /** Free text: a JSON string, such as a name, a title or a division code ({@code "330400"}). */
    TEXT,
    /** The id of the record itself: a JSON string of the id form ({@code "A17"}). */
    ID,
    /**
     * The id of another record, such as a chamber's {@code federation}: a JSON string; the types
     * it may name are {@link ValueType#getReferencedTypes()}.
     */
    REFERENCE,
    /** A day: an ISO-8601 JSON string ({@code "2017-03-14"}); read as a {@code LocalDate}. */
    DATE,
    /**
     * Money in yuan: a JSON string with at most 2 decimals ({@code "37250000.00"}); read as a
     * {@code Yuan}. A header may carry 万元 instead of 元 ({@code 金额（万元）}): see
     * {@link Column#getMultiplier()}.
     */
    YUAN,
    /**
     * A whole number (a count) within {@link ValueType#getRange()}: a JSON integer; read as an
     * {@code Integer} or a {@code Long} ({@link ValueType#getJavaType()}).
     */
    COUNT,
    /** A year from 1000 to 9999: a JSON integer ({@code 2017}); read as an {@code Integer}. */
    YEAR,
    /** An exact decimal: a JSON number ({@code 40}, {@code 12.5}); read as a {@code BigDecimal}. */
    DECIMAL,
    /**
     * One code of a closed code list, such as {@code VICE_PRESIDENT}: a JSON string; a cell may
     * hold the code or its Chinese label ({@code 副会长}), see {@link ValueType#getCodes()}.
     */
    CODE,
    /**
     * An activity kind: one of the standard codes (or its Chinese label) or a team code starting
     * {@code X_}; read as an {@code ActivityKind}.
     */
    ACTIVITY_KIND,
    /** A nested object described by its own schema ({@link ValueType#getSchema()}). */
    OBJECT,
    /**
     * A list of values of one {@link ValueType#getElementType() element type}: a JSON array; in
     * one cell the elements are separated by {@link ValueType#getSeparators()}, and objects are
     * written as pairs ({@code 类型:编号}, {@code 名称:年费}).
     */
    LIST,
    /**
     * The team-specific fields: a JSON object of texts and numbers; a column headed
     * {@code 扩展:NAME} fills the entry {@code NAME}.
     */
    EXTENSIONS
}
