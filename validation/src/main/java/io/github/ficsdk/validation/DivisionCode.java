package io.github.ficsdk.validation;

import io.github.ficsdk.validation.internal.DivisionTable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GB/T 2260 administrative division code of a province, a city (地级) or a county-level
 * division, such as {@code 330481} (海宁市).
 *
 * <pre>{@code
 * DivisionCode haining = DivisionCode.parse("330481");
 * haining.getName();                 // "海宁市"
 * haining.getLevel();                // DivisionLevel.COUNTY
 * haining.getParent().get();         // 330400 嘉兴市
 * haining.getProvince().getName();   // "浙江省"
 * haining.getFullName();             // "浙江省嘉兴市海宁市"
 * DivisionCode.isKnown("330103");    // false: 下城区 was abolished in 2021
 * }</pre>
 *
 * <p>Only codes in the bundled table exist: {@link #parse(CharSequence)} and {@link #of(int)}
 * reject anything else, so every instance is a known division. The table is a <b>snapshot</b> of
 * the national table as of {@linkplain #tableDate() 2023-06-30} (the National Bureau of
 * Statistics' 2023 edition, restricted to GB/T 2260 codes); it carries no history, so a code
 * abolished before that date and a division created after it are both unknown. See
 * {@code DIVISIONS-README.md} next to the table for the source and how to regenerate it.
 *
 * <p>The {@linkplain #getLevel() level} follows from the shape of the code ({@code xx0000},
 * {@code xxyy00}, other), and the {@linkplain #getParent() parent} is always exactly one level
 * up. The districts and counties of the four municipalities therefore sit under the grouping
 * codes 110100/120100/310100/500100 市辖区 and 500200 县, and the county-level divisions directly
 * under a province under 419000, 429000, 469000 省直辖县级行政区划 and 659000
 * 自治区直辖县级行政区划 ({@link #isGrouping()} tells them apart). Some cities have no
 * counties (441900 东莞市).
 *
 * <p>The table is read on first use. Every known code has one canonical instance; parsing or
 * looking up a known code allocates nothing.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    private static final String FORMAT = "DIVISION_CODE_FORMAT";
    private static final String UNKNOWN = "DIVISION_CODE_UNKNOWN";

    private final int code;
    private final String text;
    private final String name;
    private final DivisionLevel level;
    private final DivisionCode parent;
    private final boolean grouping;
    private final Optional<DivisionCode> optional;

    /** Lazily initialised holder: the canonical instances, built on first use, once, thread-safely. */
    private static final class Known {
        static final DivisionTable TABLE = DivisionTable.get();
        static final DivisionCode[] BY_INDEX = build();
        static final List<DivisionCode> ALL = List.of(BY_INDEX);

        private static DivisionCode[] build() {
            DivisionCode[] all = new DivisionCode[TABLE.size()];
            for (int i = 0; i < all.length; i++) {
                int code = TABLE.code(i);
                DivisionLevel level = DivisionLevel.ofCode(code);
                DivisionCode parent = null;
                if (level != DivisionLevel.PROVINCE) {
                    // rows are sorted, so the parent (a smaller code) is built already
                    int parentIndex = TABLE.indexOf(level == DivisionLevel.CITY ? code / 10000 * 10000 : code / 100 * 100);
                    if (parentIndex < 0) {
                        throw new IllegalStateException("GB/T 2260 table lacks the parent of " + code);
                    }
                    parent = all[parentIndex];
                }
                all[i] = new DivisionCode(code, TABLE.name(i), level, parent);
            }
            return all;
        }
    }

    private DivisionCode(int code, String name, DivisionLevel level, DivisionCode parent) {
        this.code = code;
        this.text = Integer.toString(code);
        this.name = name;
        this.level = level;
        this.parent = parent;
        this.grouping = level == DivisionLevel.CITY
                && ("市辖区".equals(name) || "县".equals(name) || name.endsWith("直辖县级行政区划"));
        this.optional = Optional.of(this);
    }

    //-----------------------------------------------------------------------
    /**
     * Parses the six digits of a known division code, such as {@code "330481"}.
     *
     * <p>Nothing is normalized: spaces, full-width digits and 12-digit statistics codes are
     * rejected.
     *
     * @param text  the text to parse, not null
     * @return the canonical division code, never null
     * @throws InvalidCodeException with problem code {@code DIVISION_CODE_FORMAT} if the text is
     *     not six ASCII digits (the index is that of the first offending character), or
     *     {@code DIVISION_CODE_UNKNOWN} if the six digits are not in the table (index -1)
     * @throws NullPointerException if the text is null
     */
    public static DivisionCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int code = DivisionTable.parseDigits(text);
        if (code < 0) {
            int index = -code - 1;
            throw new InvalidCodeException(FORMAT, text.toString(), index,
                    "Division code must be 6 ASCII digits, error at index " + index + " - but was: "
                    + quote(text));
        }
        int index = Known.TABLE.indexOf(code);
        if (index < 0) {
            throw unknown(text.toString());
        }
        return Known.BY_INDEX[index];
    }

    /**
     * Returns the known division with a numeric code, such as {@code 330481}.
     *
     * @param code  the six-digit code, from 100000 to 999999
     * @return the canonical division code, never null
     * @throws InvalidCodeException with problem code {@code DIVISION_CODE_FORMAT} if the number
     *     does not have six digits, or {@code DIVISION_CODE_UNKNOWN} if it is not in the table
     */
    public static DivisionCode of(int code) {
        if (code < 100000 || code > 999999) {
            throw new InvalidCodeException(FORMAT, Integer.toString(code), -1,
                    "Division code must be a number from 100000 to 999999 - but was: " + code);
        }
        int index = Known.TABLE.indexOf(code);
        if (index < 0) {
            throw unknown(Integer.toString(code));
        }
        return Known.BY_INDEX[index];
    }

    /**
     * Looks up text as a known division code without throwing, and without allocating.
     *
     * @param text  the text, such as {@code "330481"}; null gives empty
     * @return the division, or empty if the text is null, not six ASCII digits or not in the
     *     table; never null
     */
    public static Optional<DivisionCode> lookup(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        int code = DivisionTable.parseDigits(text);
        int index = code < 0 ? -1 : Known.TABLE.indexOf(code);
        return index < 0 ? Optional.empty() : Known.BY_INDEX[index].optional;
    }

    /**
     * Checks whether text is the six digits of a known division code, without allocating.
     *
     * @param text  the text, such as {@code "330481"}; null gives false
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isKnown(CharSequence text) {
        if (text == null) {
            return false;
        }
        int code = DivisionTable.parseDigits(text);
        return code >= 0 && Known.TABLE.indexOf(code) >= 0;
    }

    /**
     * Returns every known division, sorted by code (a province before its cities, a city before
     * its counties).
     *
     * @return the unmodifiable list of all divisions in the table, never null
     */
    public static List<DivisionCode> knownCodes() {
        return Known.ALL;
    }

    /**
     * Returns the date of the snapshot the bundled table was built from, 2023-06-30.
     *
     * @return the snapshot date, never null
     */
    public static LocalDate tableDate() {
        return Known.TABLE.snapshotDate();
    }

    //-----------------------------------------------------------------------
    /**
     * Returns the code as a number, such as {@code 330481}.
     *
     * @return the six-digit code, from 110000 to 999999
     */
    public int getValue() {
        return code;
    }

    /**
     * Returns the level, read from the shape of the code.
     *
     * @return the level, never null
     */
    public DivisionLevel getLevel() {
        return level;
    }

    /**
     * Returns the Chinese name, such as {@code 海宁市}; a {@linkplain #isGrouping() grouping code}
     * has the standard's grouping name, such as {@code 市辖区}.
     *
     * @return the name, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the full name from the province down, leaving out grouping codes above this one,
     * such as {@code 浙江省嘉兴市海宁市}, {@code 北京市东城区} or {@code 湖北省仙桃市}.
     *
     * @return the full name, never null
     */
    public String getFullName() {
        if (parent == null) {
            return name;
        }
        StringBuilder out = new StringBuilder(24);
        parent.appendAncestorNames(out);
        return out.append(name).toString();
    }

    private void appendAncestorNames(StringBuilder out) {
        if (parent != null) {
            parent.appendAncestorNames(out);
        }
        if (!grouping) {
            out.append(name);
        }
    }

    /**
     * Returns the division one level up: the city-level code of a county, the province of a city.
     *
     * @return the parent, or empty for a province; never null
     */
    public Optional<DivisionCode> getParent() {
        return parent == null ? Optional.empty() : parent.optional;
    }

    /**
     * Returns the province this division belongs to, or itself for a province.
     *
     * @return the province, never null
     */
    public DivisionCode getProvince() {
        DivisionCode province = this;
        while (province.parent != null) {
            province = province.parent;
        }
        return province;
    }

    /**
     * Returns the city-level division this division belongs to, or itself for a city; for the
     * county-level divisions of a municipality that is a grouping code such as 110100 市辖区.
     *
     * @return the city-level division, or empty for a province; never null
     */
    public Optional<DivisionCode> getCity() {
        switch (level) {
            case COUNTY:
                return parent.optional;
            case CITY:
                return optional;
            default:
                return Optional.empty();
        }
    }

    /**
     * Checks whether this is a grouping code of GB/T 2260 that names no real city:
     * {@code 市辖区} or {@code 县} of a municipality (110100, 500200), or
     * {@code 省直辖县级行政区划}/{@code 自治区直辖县级行政区划} (429000, 659000).
     *
     * @return true for a grouping code
     */
    public boolean isGrouping() {
        return grouping;
    }

    /**
     * Checks whether this division contains another one, at any depth; a division is not its own
     * ancestor.
     *
     * @param other  the other division, not null
     * @return true if this division is the parent, grandparent, … of {@code other}
     * @throws NullPointerException if other is null
     */
    public boolean isAncestorOf(DivisionCode other) {
        Objects.requireNonNull(other, "other");
        for (DivisionCode up = other.parent; up != null; up = up.parent) {
            if (up.code == code) {
                return true;
            }
        }
        return false;
    }

    //-----------------------------------------------------------------------
    /**
     * Compares by code.
     *
     * @param other  the other division, not null
     * @return negative, zero or positive as this code is less than, equal to or greater than the other
     */
    @Override
    public int compareTo(DivisionCode other) {
        return Integer.compare(code, other.code);
    }

    /**
     * Checks whether another object is the same division code.
     *
     * @param obj  the other object, null gives false
     * @return true if it is a division code with the same digits
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this || (obj instanceof DivisionCode other && other.code == code);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the code itself
     */
    @Override
    public int hashCode() {
        return code;
    }

    /**
     * Returns the six digits, such as {@code 330481}; the inverse of {@link #parse(CharSequence)}.
     *
     * @return the six digits, never null
     */
    @Override
    public String toString() {
        return text;
    }

    //-----------------------------------------------------------------------
    private static InvalidCodeException unknown(String input) {
        return new InvalidCodeException(UNKNOWN, input, -1,
                "Division code is not in the GB/T 2260 table of " + Known.TABLE.snapshotDate()
                + " - but was: " + input);
    }

    private static String quote(CharSequence text) {
        return text.length() <= 32 ? text.toString() : text.subSequence(0, 32) + "…";
    }
}
