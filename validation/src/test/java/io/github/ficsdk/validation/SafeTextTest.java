package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SafeTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "11010519491231002X|110105********002X",
        "110105194912310021|110105********0021",
        "11010519491231002x|110105********002x",
        "110105491231002|110105*****1002",
        "13812345678|138****5678",
        "+8613812345678|+86138****5678",
        "8613812345678|86138****5678",
        "+86 13812345678|+86 138****5678",
        "11010519491231002X is not a person of the dataset|110105********002X is not a person of the dataset",
        "id 11010519491231002X is already used on line 1001|id 110105********002X is already used on line 1001",
        "P11010519491231002X:13812345678|P110105********002X:138****5678",
        "extensions.13812345678|extensions.138****5678",
        "amount 13812345678.123|amount 138****5678.123",
        "tel13812345678ext|tel138****5678ext",
        "tel 13812345678, +8613912345678|tel 138****5678, +86139****5678",
        "call +8613812345678|call +86138****5678",
        "手机13812345678，身份证110105194912310021。|手机138****5678，身份证110105********0021。",
    })
    void mask_examples(String text, String masked) {
        assertEquals(masked, SafeText.mask(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "91330400MA28A1234X",          // a credit code: letters split its digits
        "51330400MJ00098N3Y",
        "1101051949123100211",         // 19 digits: not an ID number with a digit too many
        "11010519491231002",           // 17 digits without X
        "1101051949123100",            // 16 digits
        "12812345678",                 // 11 digits, but 12 is no mobile prefix
        "1381234567",                  // 10 digits
        "138123456789",                // 12 digits
        "2017-03-14",
        "A2017-VISIT-0001",
        "37250000.00",
        "110105********002X",          // already masked
        "138****5678",
    })
    void mask_leavesOtherTextAlone(String text) {
        assertSame(text, SafeText.mask(text));
    }

    @Test
    void nullStaysNull() {
        assertNull(SafeText.mask(null));
        assertNull(SafeText.escapeControls(null));
        assertNull(SafeText.forDisplay(null));
    }

    @Test
    void escapeControls_terminalAndBidiControls() {
        assertEquals("\\u001B[2J嘉兴\\u001B]0;title\\u0007\\u202Ecba", SafeText.escapeControls(
                "\u001B[2J嘉兴\u001B]0;title\u0007\u202Ecba"));
        assertEquals("a\\nb\\rc\\td", SafeText.escapeControls("a\nb\rc\td"));
        assertEquals("\\u0000\\u007F\\u0085\\u009B\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A\\u2066\\u2069",
                SafeText.escapeControls("\u0000\u007F\u0085\u009B\u061C\u200E\u200F\u2028\u2029\u202A\u2066\u2069"));
        String plain = "嘉兴市工商联 \\u001B (already escaped) – ✓";
        assertSame(plain, SafeText.escapeControls(plain));
    }

    @Test
    void forDisplay_javadocExamples() {
        assertEquals("嘉兴市\\u001B[2J商会", SafeText.forDisplay("嘉兴市" + (char) 0x1B + "[2J商会"));
        assertEquals("第一行\\n第二行", SafeText.forDisplay("第一行\n第二行"));
    }

    @Test
    void forDisplay_masksThenEscapes() {
        assertEquals("\\u202E110105********002X\\n138****5678",
                SafeText.forDisplay("\u202E11010519491231002X\n13812345678"));
    }
}
