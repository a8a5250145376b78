package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemMessagesTest {

    /** The reader codes listed in the core.io package overview, less those whose messages come from Bean Validation. */
    static List<String> readerCodes() throws IOException {
        String overview = Files.readString(Path.of("src/main/java/io/github/ficsdk/core/io/package-info.java"));
        Matcher m = Pattern.compile("\\{@code ([A-Z][A-Z0-9_]*[A-Z0-9])}").matcher(overview);
        List<String> beanValidation = List.of("ID_FORMAT", "INDICATOR_FORMAT", "FEE_TIERS_TOO_MANY");
        return m.results().map(r -> r.group(1)).distinct().filter(c -> !beanValidation.contains(c)).toList();
    }

    @Test
    void describe_everyReaderCodeInBothLanguages() throws IOException {
        List<String> codes = readerCodes();
        assertTrue(codes.size() > 25, codes.toString());
        for (String code : codes) {
            String zh = ProblemMessages.describe(code, Locale.SIMPLIFIED_CHINESE).orElseThrow(() -> new AssertionError(code));
            String en = ProblemMessages.describe(code, Locale.ENGLISH).orElseThrow(() -> new AssertionError(code));
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
            assertTrue(en.chars().allMatch(c -> c < 128), en);
        }
        assertEquals(Optional.empty(), ProblemMessages.describe("CREDIT_CODE_CHECK_CHARACTER", Locale.CHINA));
    }

    @Test
    void localize_chineseDescriptionInFrontOfAnEnglishDetail() {
        DatasetProblem p = DatasetProblem.of("activities.jsonl", 2, "A2", "end", Severity.ERROR, "END_BEFORE_START",
                "end must not be before start - but was: end 2017-03-01, start 2017-03-05");
        assertEquals("结束日期早于开始日期：end must not be before start - but was: end 2017-03-01, start 2017-03-05",
                ProblemMessages.localize(p, Locale.SIMPLIFIED_CHINESE).getMessage());
        assertSame(p, ProblemMessages.localize(p, Locale.ENGLISH));
        DatasetProblem chinese = DatasetProblem.of("enterprises.jsonl", 1, "E1", "creditCode", Severity.ERROR,
                "YUAN_AMOUNT_SCALE", "最多保留 2 位小数（到分）");
        assertSame(chinese, ProblemMessages.localize(chinese, Locale.SIMPLIFIED_CHINESE));
    }
}
