package io.github.ficsdk.validation;

import io.github.ficsdk.validation.internal.IndustryTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A GB/T 4754-2017 industry code (国民经济行业分类): a section (门类) such as {@code C} (制造业),
 * or a division (大类) written with its section letter, such as {@code C17} (纺织业).
 *
 * <pre>{@code
 * IndustryCode textiles = IndustryCode.parse("C17");
 * textiles.getName();                  // "纺织业"
 * textiles.getDivision();              // OptionalInt[17]
 * textiles.getSection().getName();     // "制造业"
 * IndustryCode.ofDivision(17);         // C17
 * IndustryCode.isValid("A17");         // false: division 17 belongs to section C
 * }</pre>
 *
 * <p>The standard has 20 sections, {@code A} to {@code T}, and 97 divisions, {@code 01} to
 * {@code 97}; each division belongs to exactly one section (C holds 13–43). The finer groups and
 * classes (中类, 小类) are not covered. The text form is upper case with no separator; nothing is
 * normalized. Every code has one canonical instance; parsing allocates nothing for valid text.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IndustryCode implements Comparable<IndustryCode> {

    private static final String FORMAT = "INDUSTRY_CODE_FORMAT";
    private static final String UNKNOWN = "INDUSTRY_CODE_UNKNOWN";

    private static final IndustryCode[] SECTIONS = new IndustryCode[IndustryTable.SECTION_COUNT];
    private static final IndustryCode[] DIVISIONS = new IndustryCode[IndustryTable.DIVISION_COUNT + 1];
    private static final List<List<IndustryCode>> CHILDREN;
    private static final List<IndustryCode> ALL;

    static {
        List<IndustryCode> all = new ArrayList<>();
        List<List<IndustryCode>> childrenBySection = new ArrayList<>();
        for (int s = 0; s < SECTIONS.length; s++) {
            IndustryCode section = new IndustryCode(s, 0, null);
            SECTIONS[s] = section;
            all.add(section);
            List<IndustryCode> children = new ArrayList<>();
            for (int d = IndustryTable.firstDivision(s); d <= IndustryTable.lastDivision(s); d++) {
                IndustryCode division = new IndustryCode(s, d, section);
                DIVISIONS[d] = division;
                children.add(division);
                all.add(division);
            }
            childrenBySection.add(List.copyOf(children));
        }
        CHILDREN = List.copyOf(childrenBySection);
        ALL = List.copyOf(all);
    }

    private final int section;
    private final int division;
    private final IndustryCode parent;
    private final String text;
    private final String name;
    private final OptionalInt divisionNumber;
    private final Optional<IndustryCode> optional;

    private IndustryCode(int section, int division, IndustryCode parent) {
        this.section = section;
        this.division = division;
        this.parent = parent;
        char letter = (char) ('A' + section);
        this.text = division == 0 ? String.valueOf(letter)
                : letter + (division < 10 ? "0" : "") + division;
        this.name = division == 0 ? IndustryTable.sectionName(section) : IndustryTable.divisionName(division);
        this.divisionNumber = division == 0 ? OptionalInt.empty() : OptionalInt.of(division);
        this.optional = Optional.of(this);
    }

    //-----------------------------------------------------------------------
    /**
     * Parses a section ({@code "C"}) or a division with its section letter ({@code "C17"}).
     *
     * @param text  the text to parse, not null
     * @return the canonical industry code, never null
     * @throws InvalidCodeException with problem code {@code INDUSTRY_CODE_FORMAT} if the text is
     *     not an upper-case letter optionally followed by two digits (the index is that of the first
     *     offending character), or {@code INDUSTRY_CODE_UNKNOWN} if it is of that shape but names
     *     no section, or a division that does not exist or belongs to another section (index -1)
     * @throws NullPointerException if the text is null
     */
    public static IndustryCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int error = IndustryTable.shapeError(text);
        if (error >= 0) {
            throw new InvalidCodeException(FORMAT, text.toString(), error,
                    "Industry code must be a section letter A-T, optionally followed by its 2-digit"
                    + " division (such as C17), error at index " + error + " - but was: " + quote(text));
        }
        IndustryCode found = find(text);
        if (found == null) {
            throw new InvalidCodeException(UNKNOWN, text.toString(), -1,
                    "Industry code is not a GB/T 4754-2017 section A-T or a division 01-97 of its"
                    + " section - but was: " + text);
        }
        return found;
    }

    /**
     * Looks up text as an industry code without throwing, and without allocating.
     *
     * @param text  the text, such as {@code "C17"}; null gives empty
     * @return the industry code, or empty if the text is null or not a valid code; never null
     */
    public static Optional<IndustryCode> lookup(CharSequence text) {
        if (text == null || IndustryTable.shapeError(text) >= 0) {
            return Optional.empty();
        }
        IndustryCode found = find(text);
        return found == null ? Optional.empty() : found.optional;
    }

    /**
     * Checks whether text is a valid section or division, without allocating.
     *
     * @param text  the text, such as {@code "C17"}; null gives false
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return text != null && IndustryTable.shapeError(text) < 0 && find(text) != null;
    }

    /**
     * Returns a section from its letter.
     *
     * @param letter  the section letter, {@code 'A'} to {@code 'T'}
     * @return the section, never null
     * @throws InvalidCodeException with problem code {@code INDUSTRY_CODE_UNKNOWN} if the letter is
     *     not a section
     */
    public static IndustryCode ofSection(char letter) {
        if (letter < 'A' || letter >= 'A' + IndustryTable.SECTION_COUNT) {
            throw new InvalidCodeException(UNKNOWN, String.valueOf(letter), 0,
                    "Industry section must be a letter from A to T - but was: " + letter);
        }
        return SECTIONS[letter - 'A'];
    }

    /**
     * Returns a division from its number, with the section it belongs to: 17 gives {@code C17}.
     *
     * @param division  the division number, 1 to 97
     * @return the division, never null
     * @throws InvalidCodeException with problem code {@code INDUSTRY_CODE_UNKNOWN} if the number
     *     is not a division
     */
    public static IndustryCode ofDivision(int division) {
        if (division < 1 || division > IndustryTable.DIVISION_COUNT) {
            throw new InvalidCodeException(UNKNOWN, Integer.toString(division), -1,
                    "Industry division must be from 1 to 97 - but was: " + division);
        }
        return DIVISIONS[division];
    }

    /**
     * Returns the 20 sections, A to T.
     *
     * @return the unmodifiable list of sections, never null
     */
    public static List<IndustryCode> sections() {
        return List.of(SECTIONS);
    }

    /**
     * Returns all 117 codes in the order of the standard: each section followed by its divisions
     * ({@code A, A01, …, A05, B, B06, …}).
     *
     * @return the unmodifiable list of all sections and divisions, never null
     */
    public static List<IndustryCode> values() {
        return ALL;
    }

    private static IndustryCode find(CharSequence text) {
        int found = IndustryTable.find(text);
        if (found < 0) {
            return null;
        }
        return found >= 100 ? DIVISIONS[found - 100] : SECTIONS[found];
    }

    //-----------------------------------------------------------------------
    /**
     * Checks whether this is a section rather than a division.
     *
     * @return true for a section such as {@code C}, false for a division such as {@code C17}
     */
    public boolean isSection() {
        return division == 0;
    }

    /**
     * Returns the section letter, such as {@code 'C'} for both {@code C} and {@code C17}.
     *
     * @return the letter, {@code 'A'} to {@code 'T'}
     */
    public char getSectionLetter() {
        return (char) ('A' + section);
    }

    /**
     * Returns the section, such as {@code C} for {@code C17}, or itself for a section.
     *
     * @return the section, never null
     */
    public IndustryCode getSection() {
        return parent == null ? this : parent;
    }

    /**
     * Returns the division number, such as 17 for {@code C17}.
     *
     * @return the division number (1 to 97), or empty for a section; never null
     */
    public OptionalInt getDivision() {
        return divisionNumber;
    }

    /**
     * Returns the divisions of a section, such as {@code C13} to {@code C43} for {@code C}.
     *
     * @return the unmodifiable list of divisions, in order; empty for a division; never null
     */
    public List<IndustryCode> getDivisions() {
        return division == 0 ? CHILDREN.get(section) : List.of();
    }

    /**
     * Returns the Chinese name, such as {@code 制造业} for {@code C} or {@code 纺织业} for {@code C17}.
     *
     * @return the name, never null
     */
    public String getName() {
        return name;
    }

    //-----------------------------------------------------------------------
    /**
     * Compares in the order of the standard: a section before its divisions, sections A to T.
     *
     * @param other  the other code, not null
     * @return negative, zero or positive as this code comes before, with or after the other
     */
    @Override
    public int compareTo(IndustryCode other) {
        int bySection = Integer.compare(section, other.section);
        return bySection != 0 ? bySection : Integer.compare(division, other.division);
    }

    /**
     * Checks whether another object is the same industry code.
     *
     * @param obj  the other object, null gives false
     * @return true if it is an industry code with the same text
     */
    @Override
    public boolean equals(Object obj) {
        return obj == this
                || (obj instanceof IndustryCode other && other.section == section && other.division == division);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return section * 100 + division;
    }

    /**
     * Returns the text form, such as {@code C} or {@code C17}; the inverse of
     * {@link #parse(CharSequence)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return text;
    }

    private static String quote(CharSequence text) {
        return text.length() <= 32 ? text.toString() : text.subSequence(0, 32) + "…";
    }
}
