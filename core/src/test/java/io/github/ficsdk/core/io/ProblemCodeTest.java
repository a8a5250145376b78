package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problem catalogue: complete, in both languages, with the severities the readers give. */
class ProblemCodeTest {

    /** The one path syntax: names joined by '.', list elements by [index]; empty for the whole. */
    static final Pattern PATH = Pattern.compile("|[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*)*");

    @Test
    void values_everyCodeOnceInBothLanguages() {
        List<ProblemCode> codes = ProblemCode.values();
        assertTrue(codes.size() > 75, codes.toString());
        Set<String> seen = new HashSet<>();
        for (ProblemCode c : codes) {
            assertTrue(seen.add(c.getCode()), c.getCode());
            assertTrue(c.getCode().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), c.getCode());
            String zh = c.getDescription(Locale.SIMPLIFIED_CHINESE);
            String en = c.getDescription(Locale.ENGLISH);
            assertTrue(zh.codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN),
                    c + ": " + zh);
            assertFalse(en.isBlank(), c.getCode());
            assertTrue(en.chars().allMatch(ch -> ch >= 32 && ch < 127), c + ": " + en);
            assertEquals(zh, c.getDescription(Locale.TRADITIONAL_CHINESE));
            assertEquals(en, c.getDescription(Locale.ROOT));
            assertSame(c, ProblemCode.of(c.getCode()));
            assertEquals(c.getCode(), c.toString());
        }
    }

    @Test
    void of_unknownCode() {
        assertEquals(java.util.Optional.empty(), ProblemCode.find("NO_SUCH_CODE"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ProblemCode.of("NO_SUCH_CODE"));
        assertTrue(e.getMessage().contains("NO_SUCH_CODE"), e.getMessage());
    }

    @Test
    void of_severitiesAndSources() {
        assertEquals(Severity.ERROR, ProblemCode.of("END_BEFORE_START").getSeverity());
        assertEquals("结束日期早于开始日期", ProblemCode.of("END_BEFORE_START").getDescription(Locale.CHINA));
        assertEquals(Severity.WARNING, ProblemCode.of("UNKNOWN_REFERENCE").getSeverity());
        assertEquals(Severity.WARNING, ProblemCode.of("UNKNOWN_FILE").getSeverity());
        assertEquals(Severity.WARNING, ProblemCode.of("FEE_TIERS_TOO_MANY").getSeverity());
        assertEquals(Severity.WARNING, ProblemCode.of("CREDIT_CODE_KIND").getSeverity());
        assertEquals(Severity.ERROR, ProblemCode.of("CREDIT_CODE_CHECK_CHARACTER").getSeverity());
        assertTrue(ProblemCode.of("CREDIT_CODE_CHECK_CHARACTER").isLocalizedByValidator());
        assertFalse(ProblemCode.of("YUAN_AMOUNT_SCALE").isLocalizedByValidator());
        assertFalse(ProblemCode.of("RULE_TIMEOUT").isLocalizedByValidator());
    }

    /** Codes written as {@code {@code X}} in a documentation file, less those that are no problem codes. */
    private static Set<String> documentedCodes(Path file) throws IOException {
        Matcher m = Pattern.compile("\\{@code ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)}").matcher(Files.readString(file));
        Set<String> codes = new TreeSet<>();
        m.results().map(r -> r.group(1)).forEach(codes::add);
        return codes;
    }

    @Test
    void values_everyDocumentedCode() throws IOException {
        Set<String> documented = new TreeSet<>(documentedCodes(Path.of("src/main/java/io/github/ficsdk/core/io/package-info.java")));
        assertTrue(documented.size() > 35, documented.toString());
        // the appraisal package documents its codes in its overview (wherever the package moves to)
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/github/ficsdk/core/appraisal"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("package-info.java")).toList()) {
                String text = Files.readString(f);
                int start = text.indexOf("problem codes</h2>");
                if (start >= 0) {
                    Matcher m = Pattern.compile("\\{@code ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)}").matcher(text.substring(start));
                    m.results().map(r -> r.group(1)).forEach(documented::add);
                }
            }
        }
        documented.removeAll(Set.of("POLITICAL_GUIDANCE", "NOT_ELIGIBLE")); // a dimension code, a grade
        io.github.ficsdk.core.activity.ActivityKind.standardKinds().forEach(k -> documented.remove(k.getCode()));
        List<String> missing = documented.stream().filter(c -> ProblemCode.find(c).isEmpty()).toList();
        assertEquals(List.of(), missing);
        assertTrue(documented.containsAll(List.of("RULE_TIMEOUT", "UNKNOWN_EVIDENCE_KEY", "DOCUMENT_TOO_LARGE")),
                documented.toString());
    }

    private static Properties bundle(String name) throws IOException {
        Properties merged = new Properties();
        for (URL url : Collections.list(ProblemCodeTest.class.getClassLoader().getResources(name))) {
            try (InputStream in = url.openStream()) {
                merged.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return merged;
    }

    @Test
    void localizedByValidator_exactlyTheCodesOfTheValidationBundles() throws IOException {
        Properties en = bundle("ContributorValidationMessages.properties");
        Properties zh = bundle("ContributorValidationMessages_zh_CN.properties");
        Set<String> keys = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            String code = key.substring("fic.".length());
            // a constraint's default message (fic.CREDIT_CODE) and a message parameter (fic.CREDIT_CODE_KIND.CHAMBER) are no codes
            boolean isDefault = en.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "_"));
            if (!code.contains(".") && !isDefault) {
                keys.add(code);
            }
        }
        assertTrue(keys.size() > 20, keys.toString());
        for (String code : keys) {
            assertTrue(ProblemCode.find(code).isPresent(), code);
            assertTrue(zh.containsKey("fic." + code), code);
        }
        for (ProblemCode c : ProblemCode.values()) {
            if (c.isLocalizedByValidator()) {
                assertTrue(keys.contains(c.getCode()), c.getCode());
            }
        }
    }

    private static void write(Path folder, String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    /**
     * Every problem the readers give for the bad-input corpus (each file of {@code src/test/resources/bad}
     * as the activities of a dataset) and for records wrong across files: its code is in the
     * catalogue with the severity the reader gave it, and its path is in the one syntax.
     */
    @Test
    void find_everyCodeOfTheBadInputCorpus(@TempDir Path root) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Path> corpus;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/bad"))) {
            corpus = files.sorted().toList();
        }
        assertTrue(corpus.size() > 15, corpus.toString());
        for (Path bad : corpus) {
            Path folder = Files.createDirectory(root.resolve(bad.getFileName().toString()));
            write(folder, "federations.jsonl",
                    "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}",
                    "{\"id\":\"F330421\",\"name\":\"嘉善县工商联\",\"level\":\"COUNTY\",\"division\":\"330421\",\"parent\":\"F330400\"}");
            Files.copy(bad, folder.resolve("activities.jsonl"));
            problems.addAll(Dataset.of(folder).validate().getProblems());
        }
        Path folder = Files.createDirectory(root.resolve("across"));
        write(folder, "federations.jsonl",
                "{\"id\":\"F1\",\"name\":\"a\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F2\"}",
                "{\"id\":\"F2\",\"name\":\"b\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F1\"}",
                "{\"id\":\"F3\",\"name\":\"c\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F9\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F3\",\"creditCode\":\"91330402MA200LR50Q\","
                        + "\"feeTiers\":[{\"name\":\"a\",\"annualFeeYuan\":\"1\"},{\"name\":\"b\",\"annualFeeYuan\":\"2\"},"
                        + "{\"name\":\"c\",\"annualFeeYuan\":\"3\"},{\"name\":\"d\",\"annualFeeYuan\":\"4\"},{\"name\":\"e\",\"annualFeeYuan\":\"5\"}]}");
        write(folder, "enterprises.jsonl",
                "{\"id\":\"E1\",\"name\":\"坏公司\",\"creditCode\":\"91330402MA200LR50X\",\"division\":\"999999\",\"industry\":\"Z99\"}",
                "{\"id\":\"E 2\",\"name\":\"公司\"}");
        write(folder, "persons.jsonl", "{\"id\":\"P1\",\"name\":\"张三\",\"mobile\":\"12345678901\"}");
        write(folder, "memberships.jsonl", "{\"member\":\"E9\",\"organization\":\"C1\",\"role\":\"MEMBER\"}");
        write(folder, "Targets.jsonl", "x");
        problems.addAll(Dataset.of(folder).validate().getProblems());

        Set<String> codes = new TreeSet<>();
        for (DatasetProblem p : problems) {
            ProblemCode c = ProblemCode.find(p.getProblemCode()).orElseThrow(() -> new AssertionError("not catalogued: " + p));
            assertEquals(c.getSeverity(), p.getSeverity(), p.toString());
            String path = p.getProblemPath();
            if (p.getProblemCode().equals("UNKNOWN_PROPERTY") || p.getProblemCode().equals("DUPLICATE_KEY")) {
                path = path.replaceAll("[^.]+$", "name"); // the name as the data wrote it, such as "@class"
            }
            assertTrue(PATH.matcher(path).matches(), p.toString());
            codes.add(p.getProblemCode());
        }
        assertTrue(codes.containsAll(List.of("BLANK_LINE", "BOM", "INVALID_UTF8", "MALFORMED_JSON", "TRAILING_CONTENT",
                "WRONG_TYPE", "UNKNOWN_PROPERTY", "DUPLICATE_KEY", "REQUIRED", "UNKNOWN_ACTIVITY_KIND",
                "OUT_OF_RANGE", "YUAN_AMOUNT_SCALE", "NEGATIVE", "END_BEFORE_START", "NO_ORGANIZER", "BLANK",
                "DUPLICATE_ID", "UNKNOWN_PARENT", "PARENT_CYCLE", "UNKNOWN_REFERENCE", "UNKNOWN_FILE",
                "FEE_TIERS_TOO_MANY", "ID_FORMAT", "CREDIT_CODE_CHECK_CHARACTER", "CREDIT_CODE_KIND",
                "DIVISION_CODE_UNKNOWN", "INDUSTRY_CODE_UNKNOWN", "MOBILE_NUMBER_PREFIX")), codes.toString());
    }
}
