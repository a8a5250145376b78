package io.github.ficsdk.validation.internal;

/**
 * The GB 11714 organisation-code arithmetic, shared by {@code OrganizationCode} and the
 * organisation-code layer of credit-code validation. Internal: not part of the API.
 *
 * <p>The body is eight digits or upper-case Latin letters (values 0–35); the check digit is
 * {@code 11 - (Σ wᵢ·cᵢ mod 11)} with weights {@code 3 7 9 10 5 8 4 2}, written {@code X} for 10
 * and {@code 0} for 11. Nothing here allocates.
 */
public final class OrganizationCodeRules {

    /** Length of an organisation code: eight body characters and the check digit. */
    public static final int LENGTH = 9;

    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCodeRules() {}

    /**
     * Returns the value of a body character: 0–9 for digits, 10–35 for {@code A}–{@code Z}.
     *
     * @param c  the character
     * @return the value, or -1 when {@code c} may not appear in the body
     */
    public static int bodyValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /**
     * Computes the check digit of the eight body characters starting at {@code offset}.
     *
     * @param text    the text holding the body
     * @param offset  the index of the first body character; eight characters must follow
     * @return the check digit {@code 0}–{@code 9} or {@code X}, or {@code 0} (NUL) when a body
     *         character is not allowed
     */
    public static char checkDigit(CharSequence text, int offset) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            int value = bodyValue(text.charAt(offset + i));
            if (value < 0) {
                return 0;
            }
            sum += value * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    /**
     * Returns the index of the first character of a nine-character organisation code that breaks
     * the format: a body character that is not a digit or upper-case letter, or a check digit
     * that is not a digit or {@code X}.
     *
     * @param text  the text, exactly nine characters long
     * @return the index of the offending character, or -1 when the format is right
     */
    public static int formatError(CharSequence text) {
        for (int i = 0; i < 8; i++) {
            if (bodyValue(text.charAt(i)) < 0) {
                return i;
            }
        }
        char last = text.charAt(8);
        return (last >= '0' && last <= '9') || last == 'X' ? -1 : 8;
    }

    /**
     * Returns whether the text is a nine-character organisation code with the right check digit.
     *
     * @param text  the text, may be null
     * @return true when valid
     */
    public static boolean isValid(CharSequence text) {
        return text != null && text.length() == LENGTH && formatError(text) < 0
                && checkDigit(text, 0) == text.charAt(8);
    }
}
