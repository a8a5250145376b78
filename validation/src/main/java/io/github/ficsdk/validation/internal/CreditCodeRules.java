package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.CreditCodeFinding;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one implementation of Unified Social Credit Code (GB 32100-2015) checking, used by
 * {@link CreditCode} and by {@link CreditCodeValidator}. Internal: not part of the API.
 *
 * <p>Layers, in order; the first error stops the run, warnings are all reported:
 * <ol>
 *   <li>format (errors): first a character that {@link #normalize(CharSequence)} would fix —
 *       full-width, lower case, white space, invisible — so that the message explains a wrong
 *       length caused by it; then the length; then any other character outside
 *       {@code 0-9 A-H J-N P-R T-U W-Y};
 *   <li>resident identity card number (error), only when the check character is wrong;
 *   <li>check character, ISO 7064 MOD 31-3 (error);
 *   <li>semantics (warnings): registration authority and category in GB 32100, fit to the
 *       expected {@link CreditCodeKind}, known division;
 *   <li>GB 11714 check digit of the embedded organisation code (warning).
 * </ol>
 * The valid path allocates nothing: table look-ups on {@code char}s, no strings.
 */
public final class CreditCodeRules {

    /** Length of a credit code. */
    public static final int LENGTH = 18;

    /** The 31 characters of the code, in order of their value. */
    private static final char[] CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray();
    /** Value 0–30 of each ASCII character, -1 where the character is not allowed. */
    private static final byte[] VALUES = new byte[128];
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] RESIDENT_ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    /** For each ASCII authority character, bit {@code d} is set when category digit {@code d} is known. */
    private static final short[] CATEGORIES = new short[128];

    private static final int AUTHORITY = 1;
    private static final int KIND = 2;
    private static final int DIVISION = 4;
    private static final int ORGANIZATION_CODE = 8;

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < CHARACTERS.length; i++) {
            VALUES[CHARACTERS[i]] = (byte) i;
        }
        for (CreditCode.Category category : CreditCode.Category.values()) {
            CATEGORIES[category.getRegistrationAuthority().getCode()] |= (short) (1 << (category.getCode() - '0'));
        }
    }

    private CreditCodeRules() {}

    // ---------------------------------------------------------------------------------------
    // The fast path

    /**
     * Returns whether the text passes the error layers: 18 allowed characters and the right check
     * character. Does not allocate.
     *
     * @param text  the text, may be null
     * @return true when valid
     */
    public static boolean isValid(CharSequence text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return false;
            }
            int value = VALUES[c & 0x7F]; // the mask lets the JIT drop the bounds check
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[i];
        }
        if (value(text.charAt(LENGTH - 1)) != checkValue(sum)) {
            return false;
        }
        // About one resident identity card number in 31 also passes the mod-31 check: it is still not a
        // credit code. Its birth year (positions 7-10) starts with 19 or 20, which rules most codes out at once.
        char y0 = text.charAt(6);
        char y1 = text.charAt(7);
        return !((y0 == '1' && y1 == '9' || y0 == '2' && y1 == '0') && isResidentId(text));
    }

    /**
     * Runs every layer over the text.
     *
     * @param text  the text, not null
     * @param kind  the expected kind, not null
     * @return the findings: one error, or the warnings (possibly none); {@code List.of()}, without
     *         allocation, for a valid code without warnings
     */
    public static List<CreditCodeFinding> check(CharSequence text, CreditCodeKind kind) {
        if (!isValid(text)) {
            return List.of(error(text));
        }
        int warnings = warnings(text, kind);
        return warnings == 0 ? List.of() : warningFindings(text, kind, warnings);
    }

    /**
     * Returns the first error of a text that is not {@linkplain #isValid(CharSequence) valid}.
     *
     * @param text  the invalid text, not null
     * @return the error finding
     * @throws IllegalArgumentException if the text is valid
     */
    public static CreditCodeFinding error(CharSequence text) {
        int length = text.length();
        int firstDisallowed = -1;
        for (int i = 0; i < length; i = next(text, i)) {
            int c = Character.codePointAt(text, i);
            if (c < 128 && VALUES[c] >= 0) {
                continue;
            }
            String fixable = fixableProblem(c);
            if (fixable != null) {
                return finding(fixable, Severity.ERROR, i, "position", position(text, i));
            }
            if (firstDisallowed < 0) {
                firstDisallowed = i;
            }
        }
        int codePoints = Character.codePointCount(text, 0, length);
        if (codePoints != LENGTH) {
            return finding("CREDIT_CODE_LENGTH", Severity.ERROR, -1, "length", Integer.toString(codePoints));
        }
        if (firstDisallowed == LENGTH - 1) {
            // The first 17 characters are fine and only the check character is one no code uses
            // (I O S V Z …): the check character is wrong, and the right one can be named.
            return CreditCodeFinding.of("CREDIT_CODE_CHECK_CHARACTER", Severity.ERROR, LENGTH - 1, Map.of(
                    "actual", new String(Character.toChars(Character.codePointAt(text, LENGTH - 1))),
                    "expected", String.valueOf(expectedCheckCharacter(text))));
        }
        if (firstDisallowed >= 0) {
            return CreditCodeFinding.of("CREDIT_CODE_CHARACTER", Severity.ERROR, firstDisallowed, Map.of(
                    "character", new String(Character.toChars(Character.codePointAt(text, firstDisallowed))),
                    "position", position(text, firstDisallowed)));
        }
        if (isResidentId(text)) {
            return CreditCodeFinding.of("CREDIT_CODE_RESIDENT_ID", Severity.ERROR, -1, Map.of());
        }
        char actual = text.charAt(LENGTH - 1);
        char expected = expectedCheckCharacter(text);
        if (actual == expected) {
            throw new IllegalArgumentException("not an invalid credit code");
        }
        return CreditCodeFinding.of("CREDIT_CODE_CHECK_CHARACTER", Severity.ERROR, LENGTH - 1, Map.of(
                "actual", String.valueOf(actual), "expected", String.valueOf(expected)));
    }

    /**
     * Returns the check character that the first 17 characters call for.
     *
     * @param text  at least 17 characters, all allowed
     * @return the check character
     */
    public static char expectedCheckCharacter(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += value(text.charAt(i)) * WEIGHTS[i];
        }
        return CHARACTERS[checkValue(sum)];
    }

    private static int value(char c) {
        return c < 128 ? VALUES[c] : -1;
    }

    private static int checkValue(int sum) {
        int check = 31 - sum % 31;
        return check == 31 ? 0 : check;
    }

    // ---------------------------------------------------------------------------------------
    // Characters that normalize() fixes

    /**
     * Returns the problem code of a character that {@link #normalize(CharSequence)} fixes.
     *
     * @param c  a code point that is not an allowed character
     * @return {@code CREDIT_CODE_FULL_WIDTH}, {@code _LOWER_CASE}, {@code _WHITESPACE} or
     *         {@code _INVISIBLE}, or null when the character cannot be fixed
     */
    private static String fixableProblem(int c) {
        if (c >= 0xFF01 && c <= 0xFF5E) {
            return "CREDIT_CODE_FULL_WIDTH";
        }
        if (c >= 'a' && c <= 'z') {
            return "CREDIT_CODE_LOWER_CASE";
        }
        if (isWhitespace(c)) {
            return "CREDIT_CODE_WHITESPACE";
        }
        if (isInvisible(c)) {
            return "CREDIT_CODE_INVISIBLE";
        }
        return null;
    }

    private static boolean isWhitespace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL;
    }

    /**
     * Fixes what the format layer reports but never fixes itself: full-width characters become
     * half-width, lower case becomes upper case, white space and invisible characters are removed.
     *
     * @param text  the text, not null
     * @return the normalized text, not null
     */
    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(LENGTH);
        for (int i = 0; i < text.length(); i = next(text, i)) {
            int c = Character.codePointAt(text, i);
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            if (!isWhitespace(c) && !isInvisible(c)) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------
    // Resident identity card numbers (GB 11643)

    /**
     * Returns whether 18 allowed characters are a plausible resident identity card number:
     * 17 digits, an ISO 7064 MOD 11-2 check digit or {@code X}, and a birth date at positions 7–14.
     *
     * @param text  18 characters
     * @return true when it looks like a resident identity card number
     */
    /**
     * Tells whether 18 characters are a resident identity card number: 17 digits, the GB 11643
     * (ISO 7064 MOD 11-2) check character and a plausible birth date in positions 7–14.
     *
     * @param text  18 characters, not null
     * @return true for a resident identity card number
     */
    public static boolean isResidentId(CharSequence text) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * RESIDENT_ID_WEIGHTS[i];
        }
        int check = (12 - sum % 11) % 11;
        char expected = check == 10 ? 'X' : (char) ('0' + check);
        return text.charAt(LENGTH - 1) == expected && isPlausibleBirthDate(text, 6);
    }

    private static boolean isPlausibleBirthDate(CharSequence text, int offset) {
        int year = digits(text, offset, 4);
        int month = digits(text, offset + 4, 2);
        int day = digits(text, offset + 6, 2);
        if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        int days = month == 2 ? (leap ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
        return day <= days;
    }

    private static int digits(CharSequence text, int offset, int count) {
        int value = 0;
        for (int i = 0; i < count; i++) {
            value = value * 10 + (text.charAt(offset + i) - '0');
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------
    // Warnings

    /**
     * Returns whether the registration authority and category (first two characters) are in the
     * table of GB 32100-2015.
     *
     * @param authority  the first character
     * @param category   the second character
     * @return true when known
     */
    public static boolean isKnownCategory(char authority, char category) {
        return authority < 128 && category >= '0' && category <= '9'
                && (CATEGORIES[authority] & (1 << (category - '0'))) != 0;
    }

    private static boolean fitsKind(CharSequence text, CreditCodeKind kind) {
        char authority = text.charAt(0);
        char category = text.charAt(1);
        switch (kind) {
            case CHAMBER:
                return authority == '5' && category == '1';
            case ENTERPRISE:
                return authority == '9' && category >= '1' && category <= '3';
            default:
                return true;
        }
    }

    /** Returns the warning bits of a valid code; allocation-free. */
    private static int warnings(CharSequence text, CreditCodeKind kind) {
        int warnings = 0;
        if (!isKnownCategory(text.charAt(0), text.charAt(1))) {
            warnings |= AUTHORITY;
        }
        if (!fitsKind(text, kind)) {
            warnings |= KIND;
        }
        if (!DivisionLookup.isKnownDivision(text, 2)) {
            warnings |= DIVISION;
        }
        if (OrganizationCodeRules.checkDigit(text, 8) != text.charAt(16)) {
            warnings |= ORGANIZATION_CODE;
        }
        return warnings;
    }

    private static List<CreditCodeFinding> warningFindings(CharSequence text, CreditCodeKind kind, int warnings) {
        List<CreditCodeFinding> findings = new ArrayList<>(4);
        String prefix = text.subSequence(0, 2).toString();
        if ((warnings & AUTHORITY) != 0) {
            findings.add(finding("CREDIT_CODE_AUTHORITY", Severity.WARNING, 0, "prefix", prefix));
        }
        if ((warnings & KIND) != 0) {
            findings.add(CreditCodeFinding.of("CREDIT_CODE_KIND", Severity.WARNING, 0,
                    Map.of("prefix", prefix, "kind", kind.name())));
        }
        if ((warnings & DIVISION) != 0) {
            findings.add(finding("CREDIT_CODE_DIVISION", Severity.WARNING, 2, "division",
                    text.subSequence(2, 8).toString()));
        }
        if ((warnings & ORGANIZATION_CODE) != 0) {
            char expected = OrganizationCodeRules.checkDigit(text, 8);
            findings.add(CreditCodeFinding.of("CREDIT_CODE_ORGANIZATION_CODE", Severity.WARNING, 16,
                    Map.of("actual", String.valueOf(text.charAt(16)), "expected", String.valueOf(expected))));
        }
        return List.copyOf(findings);
    }

    // ---------------------------------------------------------------------------------------
    // Helpers

    private static CreditCodeFinding finding(String code, Severity severity, int index, String name, String value) {
        return CreditCodeFinding.of(code, severity, index, Map.of(name, value));
    }

    private static int next(CharSequence text, int i) {
        return i + Character.charCount(Character.codePointAt(text, i));
    }

    /** Returns the one-based position, counted in code points, of the character at {@code index}. */
    private static String position(CharSequence text, int index) {
        return Integer.toString(Character.codePointCount(text, 0, index) + 1);
    }

    /**
     * Returns the English message of a finding, with its parameters filled in, as the message
     * bundle words it; used for exception messages.
     *
     * @param finding  the finding, not null
     * @return the message, such as {@code must be 18 characters long but has 17}
     */
    public static String englishMessage(CreditCodeFinding finding) {
        String message = EnglishMessages.get("fic." + finding.getCode());
        for (Map.Entry<String, String> parameter : finding.getParameters().entrySet()) {
            message = message.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        return message.replace("''", "'");
    }

    /**
     * Tells whether text that failed as a credit code may be a person's identity card number (a
     * mistyped one too: with a lower-case x, a space or full-width digits): at least 14 digits and
     * nothing else but an x and white space. Such text is only ever shown masked.
     *
     * @param text  the text, not null
     * @return true when it must be masked
     */
    public static boolean looksPersonal(CharSequence text) {
        int digits = 0;
        for (int i = 0; i < text.length(); i = next(text, i)) {
            int c = Character.codePointAt(text, i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != 'x' && c != 'X' && c != 'ｘ' && c != 'Ｘ' && !Character.isWhitespace(c)
                    && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF') {
                return false;
            }
        }
        return digits >= 14;
    }

    /**
     * Masks text that may be a person's number: the first three and the last four characters
     * stay (all of it is masked when shorter than 8).
     *
     * @param text  the text, not null
     * @return the masked text
     */
    public static String mask(CharSequence text) {
        int n = text.length();
        if (n < 8) {
            return "*".repeat(n);
        }
        return text.subSequence(0, 3) + "*".repeat(n - 7) + text.subSequence(n - 4, n);
    }

}
