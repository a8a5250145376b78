package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SafeTextPropertiesTest {

    /**
     * The recognised numbers, written independently of the implementation: a maximal run of 17
     * digits followed by a digit or X, of 15 digits, or of 11 digits 1[3-9]… optionally after 86.
     */
    static final Pattern RECOGNISED = Pattern.compile(
            "(?<![0-9])(?:[0-9]{17}(?:[0-9](?![0-9])|[Xx])|[0-9]{15}(?![0-9])|(?:86)?1[3-9][0-9]{9}(?![0-9]))");

    /** Resident ID numbers of 18 characters (any check character) and of 15 digits. */
    static Arbitrary<String> idNumbers() {
        Arbitrary<String> region = Arbitraries.of("110105", "330402", "330481", "440305", "510107", "820000");
        Arbitrary<String> birth = Arbitraries.integers().between(1930, 2015).map(String::valueOf);
        Arbitrary<String> monthDay = Arbitraries.of("0101", "0229", "0630", "1231", "1010");
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> check = Arbitraries.of("0", "1", "5", "9", "X", "x");
        Arbitrary<String> eighteen = Combinators.combine(region, birth, monthDay, sequence, check)
                .as((r, b, md, s, c) -> r + b + md + s + c);
        Arbitrary<String> fifteen = Combinators.combine(region, birth.map(b -> b.substring(2)), monthDay, sequence)
                .as((r, b, md, s) -> r + b + md + s);
        return Arbitraries.oneOf(eighteen, fifteen);
    }

    /** Mainland mobile numbers 1[3-9] + 9 digits, sometimes with the country code 86 or +86. */
    static Arbitrary<String> mobileNumbers() {
        Arbitrary<String> second = Arbitraries.of("3", "4", "5", "6", "7", "8", "9");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(9);
        Arbitrary<String> country = Arbitraries.of("", "", "86", "+86", "+86 ", "+86-");
        return Combinators.combine(country, second, rest).as((c, s, r) -> c + "1" + s + r);
    }

    /** Any personal number: an ID number or a mobile number. */
    static Arbitrary<String> personalNumbers() {
        return Arbitraries.oneOf(idNumbers(), mobileNumbers());
    }

    /** Text around a number: never a digit where it touches the number. */
    static Arbitrary<String> surroundings() {
        return Arbitraries.strings().withChars("abcXx -_:/.,\"'()商会（）\u001B\u202E\n".toCharArray())
                .ofMaxLength(6);
    }

    /** Strings of digits, X, letters, separators and controls, often with long digit runs. */
    static Arbitrary<String> texts() {
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(22);
        Arbitrary<String> other = Arbitraries.strings().withChars("Xx+-* aA商.\u001B\u202E\t".toCharArray())
                .ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(digits, other, personalNumbers()).list().ofMaxSize(8).map(l -> String.join("", l));
    }

    /** Texts without a recognised number: digit runs of other lengths, credit codes, letters, controls. */
    static Arbitrary<String> textsWithoutNumbers() {
        Arbitrary<String> digits = Arbitraries.of(1, 4, 6, 8, 10, 12, 14, 16, 17, 19, 20, 24)
                .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
        Arbitrary<String> other = Arbitraries.strings().withChars("Xx+-* aA商.\u001B\u202E\t".toCharArray())
                .ofMinLength(1).ofMaxLength(3);
        return Arbitraries.oneOf(digits, other, other, CreditCodePropertiesTest.creditCodes()).list().ofMaxSize(6)
                .map(l -> String.join("", l)).filter(t -> !RECOGNISED.matcher(t).find());
    }

    @Provide
    Arbitrary<String> plainText() {
        return textsWithoutNumbers();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(texts(), Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<String> personal() {
        return personalNumbers();
    }

    @Provide
    Arbitrary<String> around() {
        return surroundings();
    }

    @Provide
    Arbitrary<String> creditCodes() {
        return CreditCodePropertiesTest.creditCodes();
    }

    @Property
    void mask_isIdempotent(@ForAll("anyText") String text) {
        String once = SafeText.mask(text);
        assertEquals(once, SafeText.mask(once));
    }

    @Property
    void mask_neverLeavesARecognisedNumber(@ForAll("anyText") String text) {
        String masked = SafeText.mask(text);
        Matcher m = RECOGNISED.matcher(masked);
        assertFalse(m.find(), () -> text + " -> " + masked + " still holds " + m.group());
    }

    @Property
    void mask_leavesTextWithoutNumbersAsItIs(@ForAll("plainText") String text) {
        assertSame(text, SafeText.mask(text));
    }

    @Property
    void mask_keepsTheLengthAndOnlyHidesDigits(@ForAll("anyText") String text) {
        assertOnlyDigitsHidden(text, SafeText.mask(text));
    }

    @Property
    void mask_hidesTheMiddleOfANumberAnywhereInAString(@ForAll("personal") String number,
            @ForAll("around") String before, @ForAll("around") String after) {
        String masked = SafeText.mask(before + number + after);
        String digits = number.replaceFirst("^\\+?86[ -]?(?=1)", "");
        String expected = expectedMask(digits);
        assertEquals(before + number.substring(0, number.length() - digits.length()) + expected + after, masked);
        assertFalse(masked.contains(digits));
    }

    @Property
    void mask_neverTouchesACreditCodeWithALetterInItsFirst17(@ForAll("creditCodes") String code,
            @ForAll("around") String before, @ForAll("around") String after) {
        Assume.that(!code.substring(0, 17).chars().allMatch(c -> c >= '0' && c <= '9'));
        String text = before + code + after;
        assertSame(text, SafeText.mask(text));
    }

    @Property
    void mask_leavesLongerAndShorterDigitRunsAsTheyAre(@ForAll("personal") String number) {
        String digits = number.replaceAll("[^0-9Xx]", "");
        Assume.that(digits.chars().allMatch(c -> c >= '0' && c <= '9'));
        for (String text : List.of("9" + digits.substring(digits.startsWith("86") ? 2 : 0) + "1",
                digits.substring(1, digits.length() - 1) + "0", "12345678901234567890")) {
            Assume.that(!RECOGNISED.matcher(text).find());
            assertSame(text, SafeText.mask(text));
        }
    }

    @Property
    void escapeControls_leavesNoControlCharacter(@ForAll("anyText") String text) {
        String escaped = SafeText.escapeControls(text);
        assertTrue(escaped.chars().noneMatch(SafeTextPropertiesTest::isControl), escaped);
        assertEquals(escaped, SafeText.escapeControls(escaped));
        if (text.chars().noneMatch(SafeTextPropertiesTest::isControl)) {
            assertSame(text, escaped);
        }
    }

    @Property
    void forDisplay_neitherANumberNorAControl(@ForAll("anyText") String text) {
        String safe = SafeText.forDisplay(text);
        assertFalse(RECOGNISED.matcher(safe).find(), safe);
        assertTrue(safe.chars().noneMatch(SafeTextPropertiesTest::isControl), safe);
        // a second pass may only hide more digits (an escape's hex digits next to data digits), never show any
        assertOnlyDigitsHidden(safe, SafeText.forDisplay(safe));
    }

    @Property
    void forDisplay_ofTextWithoutControlsIsTheMask(@ForAll("anyText") String text) {
        Assume.that(text.chars().noneMatch(SafeTextPropertiesTest::isControl));
        assertEquals(SafeText.mask(text), SafeText.forDisplay(text));
        assertEquals(SafeText.forDisplay(text), SafeText.forDisplay(SafeText.forDisplay(text)));
    }

    static void assertOnlyDigitsHidden(String text, String masked) {
        assertEquals(text.length(), masked.length());
        for (int i = 0; i < text.length(); i++) {
            char before = text.charAt(i);
            char after = masked.charAt(i);
            assertTrue(before == after || (before >= '0' && before <= '9' && after == '*'), text + " -> " + masked);
        }
    }

    static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** 6 + 4 of an ID number, 3 + 4 of a mobile number (after an 86 country code), the rest stars. */
    static String expectedMask(String digits) {
        if (digits.length() == 11) {
            return digits.substring(0, 3) + "****" + digits.substring(7);
        }
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }
}
