package io.github.ficsdk.validation;

import io.github.ficsdk.validation.internal.OrganizationCodeRules;
import java.util.Objects;

/**
 * An organisation code (组织机构代码, GB 11714), such as {@code M000100Y4}: eight digits or
 * upper-case letters and a check digit {@code 0}–{@code 9} or {@code X}. It is embedded at
 * positions 9–17 of a {@link CreditCode}.
 *
 * <pre>{@code
 * OrganizationCode code = OrganizationCode.parse("M000100Y4");
 * OrganizationCode.parse("M000100Y-4").equals(code); // true: the printed form is accepted
 * OrganizationCode.isValid("M000100Y5");             // false
 * }</pre>
 *
 * <p>The check digit is {@code 11 - (Σ wᵢ·cᵢ mod 11)} over the eight body characters with
 * weights {@code 3 7 9 10 5 8 4 2}, digits counting 0–9 and letters {@code A}–{@code Z} 10–35;
 * 10 is written {@code X}, 11 is written {@code 0}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrganizationCode extends StandardCode {

    private OrganizationCode(String code) {
        super(code);
    }

    /**
     * Parses an organisation code, the inverse of {@link #toString()}. Both the nine characters
     * ({@code M000100Y4}) and the printed form with a hyphen before the check digit
     * ({@code M000100Y-4}) are accepted.
     *
     * @param text  the text to parse, not null
     * @return the organisation code, never null
     * @throws InvalidCodeException if the text is not an organisation code, with the problem code
     *         {@code ORGANIZATION_CODE_LENGTH}, {@code ORGANIZATION_CODE_CHARACTER} or
     *         {@code ORGANIZATION_CODE_CHECK_DIGIT}
     * @throws NullPointerException if the text is null
     */
    public static OrganizationCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String input = text.toString();
        String code = withoutHyphen(input);
        if (code.length() != OrganizationCodeRules.LENGTH) {
            throw new InvalidCodeException("ORGANIZATION_CODE_LENGTH", input, -1,
                    "Invalid organisation code '" + input + "': must be 9 characters long but has " + code.length());
        }
        int bad = OrganizationCodeRules.formatError(code);
        if (bad >= 0) {
            int index = bad == 8 && code != input ? 9 : bad;
            throw new InvalidCodeException("ORGANIZATION_CODE_CHARACTER", input, index,
                    "Invalid organisation code '" + input + "': character '" + code.charAt(bad) + "' at position "
                    + (index + 1) + " is not allowed (digits and upper-case letters, check digit 0-9 or X)");
        }
        char expected = OrganizationCodeRules.checkDigit(code, 0);
        if (code.charAt(8) != expected) {
            throw new InvalidCodeException("ORGANIZATION_CODE_CHECK_DIGIT", input, input.length() - 1,
                    "Invalid organisation code '" + input + "': check digit is '" + code.charAt(8)
                    + "' but the first 8 characters give '" + expected + "'");
        }
        return new OrganizationCode(code);
    }

    /**
     * Completes the first 8 characters of an organisation code with their GB 11714 check digit,
     * for test data: {@code withCheckDigit("MA2B3C4D")} gives {@code MA2B3C4D} followed by its
     * check digit ({@code 0}–{@code 9} or {@code X}).
     *
     * @param first8  the first 8 characters, digits and upper-case letters, not null
     * @return the organisation code, never null
     * @throws InvalidCodeException if the text is not 8 characters long
     *         ({@code ORGANIZATION_CODE_LENGTH}) or has another character
     *         ({@code ORGANIZATION_CODE_CHARACTER}, naming it and its position)
     * @throws NullPointerException if the text is null
     * @since 0.1
     */
    public static OrganizationCode withCheckDigit(CharSequence first8) {
        Objects.requireNonNull(first8, "first8");
        String text = first8.toString();
        if (text.length() != OrganizationCodeRules.LENGTH - 1) {
            throw new InvalidCodeException("ORGANIZATION_CODE_LENGTH", text, -1, "Invalid organisation code start '"
                    + text + "': must be the first 8 characters of an organisation code - but has " + text.length());
        }
        int bad = OrganizationCodeRules.formatError(text + "0");
        if (bad >= 0) {
            throw new InvalidCodeException("ORGANIZATION_CODE_CHARACTER", text, bad, "Invalid organisation code start '"
                    + text + "': character '" + text.charAt(bad) + "' at position " + (bad + 1)
                    + " is not allowed (digits and upper-case letters)");
        }
        return new OrganizationCode(text + OrganizationCodeRules.checkDigit(text, 0));
    }

    /**
     * Returns whether the text is an organisation code with the right check digit, in either form
     * that {@link #parse(CharSequence)} accepts.
     *
     * @param text  the text to test, null gives false
     * @return true when {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        if (text != null && text.length() == OrganizationCodeRules.LENGTH + 1 && text.charAt(8) == '-') {
            return OrganizationCodeRules.isValid(withoutHyphen(text.toString()));
        }
        return OrganizationCodeRules.isValid(text);
    }

    private static String withoutHyphen(String text) {
        return text.length() == OrganizationCodeRules.LENGTH + 1 && text.charAt(8) == '-'
                ? text.substring(0, 8) + text.charAt(9) : text;
    }

    /**
     * Returns the check digit, the last character.
     *
     * @return {@code 0}–{@code 9} or {@code X}
     */
    public char getCheckDigit() {
        return code.charAt(8);
    }
}
