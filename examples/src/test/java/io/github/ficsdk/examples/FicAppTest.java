package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.examples.cli.DemoCommand;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.examples.seed.SeedFigures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** End to end: every command of the app on the embedded dataset and on a small bad dataset. */
class FicAppTest {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path seed;
    static String bad;
    static Run demo;

    @BeforeAll
    static void setUp() throws Exception {
        SeedDataset.generate().writeTo(seed);
        bad = Path.of(FicAppTest.class.getResource("/bad-dataset/activities.jsonl").toURI()).getParent().toString();
        demo = Run.of("demo");
    }

    // ------------------------------------------------------------------ demo

    @Test
    void demo_exitsZeroAndEveryFigureMatches() {
        assertEquals(0, demo.status(), demo.err());
        assertEquals("", demo.err());
        assertTrue(demo.out().contains("32/32 项与报告一致"), demo.out());
        assertFalse(demo.out().contains(DemoCommand.MISMATCH), demo.out());
        assertTrue(demo.out().contains("中文叙述："));
        assertTrue(demo.out().contains("累计走访商会协会 196 家次、企业 597 家，汇编并赠送各类《政策汇编》3514 本。"));
    }

    static Stream<SeedFigures.Figure> figures() {
        return SeedFigures.all().stream();
    }

    /** The demo table: one line per figure, "✓  CODE  name  value unit  wording  the report's words". */
    @ParameterizedTest(name = "{0}")
    @MethodSource("figures")
    void demo_figureMatchesSourceReport(SeedFigures.Figure figure) {
        String line = Arrays.stream(demo.out().split("\n"))
                .filter(l -> l.matches("[✓✗]\\s+" + java.util.regex.Pattern.quote(figure.indicator()) + "\\s.*"))
                .findFirst().orElseThrow(() -> new AssertionError("no line for " + figure.indicator()));
        assertTrue(line.startsWith(DemoCommand.MATCH), line);
        assertTrue(line.contains("  " + figure.wording() + "  "), line);
        assertTrue(line.endsWith(figure.source()), line);
    }

    @Test
    void demo_english() {
        Run run = Run.of("demo", "--lang", "en");
        assertEquals(0, run.status());
        assertTrue(run.out().contains("32/32 figures match the report"), run.out());
        assertTrue(run.out().contains("chambers and associations visited"));
    }

    @Test
    void demo_write_keepsTheDataset(@TempDir Path folder) {
        Run run = Run.of("demo", "--write", folder.toString());
        assertEquals(0, run.status());
        assertTrue(Files.exists(folder.resolve("activities.jsonl")));
    }

    // ------------------------------------------------------------------ validate

    @Test
    void validate_seed_isCleanJson() throws Exception {
        Run run = Run.of("validate", "--data", seed.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(0, doc.get("problems").size());
        assertEquals(0, doc.get("errors").asLong());
        assertEquals(0, doc.get("rejected").asLong());
        assertEquals(doc.get("read").asLong(), doc.get("valid").asLong());
        assertEquals(9, doc.get("files").size());
        assertTrue(doc.get("read").asLong() > 3000);
    }

    @Test
    void validate_bad_json() throws Exception {
        Run run = Run.of("validate", "--data", bad);
        assertEquals(1, run.status());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(6, doc.get("errors").asLong());
        assertEquals(1, doc.get("warnings").asLong());
        assertEquals(6, doc.get("rejected").asLong());
        assertEquals(4, doc.get("valid").asLong());
        JsonNode first = doc.get("problems").get(0);
        for (String field : List.of("file", "line", "id", "path", "severity", "code", "message")) {
            assertTrue(first.has(field), field);
        }
        List<String> problems = JSON.convertValue(doc.get("problems"), List.class).stream()
                .map(p -> ((java.util.Map<?, ?>) p).get("file") + ":" + ((java.util.Map<?, ?>) p).get("line") + " "
                        + ((java.util.Map<?, ?>) p).get("code"))
                .toList();
        assertEquals(List.of("chambers.jsonl:2 UNKNOWN_PARENT", "enterprises.jsonl:1 CREDIT_CODE_CHECK_CHARACTER",
                "activities.jsonl:2 END_BEFORE_START", "activities.jsonl:3 UNKNOWN_ACTIVITY_KIND",
                "activities.jsonl:4 UNKNOWN_REFERENCE", "activities.jsonl:5 NEGATIVE", "activities.jsonl:6 MALFORMED_JSON"),
                problems);
    }

    @Test
    void validate_bad_text() {
        Run run = Run.of("validate", "--data", bad, "--format", "text", "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("activities.jsonl:2 A2 end ERROR END_BEFORE_START "), run.out());
        assertTrue(run.out().contains("activities.jsonl:4 A4 targets[0].id WARNING UNKNOWN_REFERENCE "), run.out());
        assertTrue(run.out().contains("total: 10 read, 4 valid, 6 rejected; 6 errors, 1 warnings"), run.out());
    }

    // ------------------------------------------------------------------ report

    @Test
    void report_json_shape() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--indicators", "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals("2017-H1", doc.get("period").asText());
        assertEquals("F330400", doc.get("scope").asText());
        assertEquals(2, doc.get("values").size());
        JsonNode visits = doc.get("values").get(0);
        assertEquals("VISIT.TARGETS.CHAMBER", visits.get("indicator").asText());
        assertEquals("F330400", visits.get("scope").asText());
        assertTrue(visits.get("value").isIntegralNumber());
        assertEquals(196, visits.get("value").asLong());
        assertEquals("家次", visits.get("unit").asText());
        assertEquals("走访商会协会", visits.get("name").asText());
        JsonNode charity = doc.get("values").get(1);
        assertEquals(0, new java.math.BigDecimal("37250000.00").compareTo(charity.get("value").decimalValue()));
        assertTrue(run.out().contains("\"value\":37250000.00,"), run.out());
        assertEquals("元", charity.get("unit").asText());
    }

    @Test
    void report_byChild_hasOneRowPerCounty() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400", "--by",
                "child", "--indicators", "VISIT.DISTINCT.ENTERPRISE");
        assertEquals(0, run.status(), run.err());
        JsonNode values = JSON.readTree(run.out()).get("values");
        assertEquals(8, values.size());
        assertEquals("F330400", values.get(0).get("scope").asText());
        assertEquals(597, values.get(0).get("value").asLong());
        for (int i = 1; i < values.size(); i++) {
            assertEquals(SeedDataset.countyIds().get(i - 1), values.get(i).get("scope").asText());
            assertTrue(values.get(i).get("value").asLong() > 0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "markdown", "text"})
    void report_otherFormats(String format) {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--format", format);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("VISIT.TARGETS.CHAMBER"));
        assertTrue(run.out().contains("196"));
    }

    @Test
    void report_text_english() {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--format", "text", "--lang", "en", "--indicators", "FORUM.PARTICIPANTS");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("forum participants"), run.out());
        assertTrue(run.out().contains("person-times"), run.out());
        assertTrue(run.out().contains("4036"), run.out());
    }

    @Test
    void report_unknownScope_isItsOwnEmptySubtree() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F999999",
                "--indicators", "VISIT.TARGETS.CHAMBER");
        assertEquals(0, run.status(), run.err());
        assertEquals(0, JSON.readTree(run.out()).get("values").get(0).get("value").asLong());
    }

    @Test
    void report_badDataset_organisationsNotATree_exitOneWithOneLine() {
        Run run = Run.of("report", "--data", bad, "--period", "2017", "--scope", "F330481");
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains("F999999"), run.err());
    }

    @Test
    void report_badLines_countsTheRestAndSaysSoOnStderr(@TempDir Path folder) throws Exception {
        for (String file : List.of("federations.jsonl", "activities.jsonl")) {
            Files.copy(Path.of(bad, file), folder.resolve(file));
        }
        Run run = Run.of("report", "--data", folder.toString(), "--period", "2017", "--scope", "F330481",
                "--indicators", "VISIT.TARGETS.CHAMBER,FORUM.PARTICIPANTS");
        assertEquals(0, run.status());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(1, doc.get("values").get(0).get("value").asLong());
        assertEquals(120, doc.get("values").get(1).get("value").asLong());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("注意："), run.err());
    }

    // ------------------------------------------------------------------ help and errors

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "validate", "demo"})
    void help_onEveryCommand(String command) {
        Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
        assertEquals(0, run.status());
        assertTrue(run.out().startsWith("Usage: fic-examples"), run.out());
        assertTrue(run.out().contains("Exit status:"), run.out());
        assertEquals("", run.err());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> unusable() {
        return Stream.<String[]>of(
                new String[] {},
                new String[] {"frobnicate"},
                new String[] {"report", "--period", "2017-H1", "--scope", "F330400"},
                new String[] {"report", "--data", "/no/such/folder", "--period", "2017-H1", "--scope", "F330400"},
                new String[] {"report", "--data", "SEED", "--period", "2017-H3", "--scope", "F330400"},
                new String[] {"report", "--data", "SEED", "--period", "2017-H1", "--scope", "F330400", "--indicators",
                    "VISIT.TARGETS.CHAMBER,NOPE"},
                new String[] {"report", "--data", "SEED", "--period", "2017-H1", "--scope", "F330400", "--format", "pdf"},
                new String[] {"report", "--data", "SEED/activities.jsonl", "--period", "2017", "--scope", "F330400"},
                new String[] {"validate"},
                new String[] {"validate", "--data", "/no/such/folder"},
                new String[] {"validate", "--data", "SEED", "--lang", "fr"},
                new String[] {"demo", "--bogus"}).map(a -> org.junit.jupiter.params.provider.Arguments.of((Object) a));
    }

    @ParameterizedTest
    @MethodSource("unusable")
    void unusableArguments_exitTwoWithOneLine(String[] args) {
        String[] resolved = Arrays.stream(args).map(a -> a.replace("SEED", seed.toString())).toArray(String[]::new);
        Run run = Run.of(resolved);
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void unusableArguments_english() {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H3", "--scope", "F330400", "--lang", "en");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: --period: cannot read '2017-H3'; write 2017, 2017-H1"), run.err());
    }

    @Test
    void verbose_showsTheStackTrace() {
        Run run = Run.of("report", "--data", "/no/such/folder", "--period", "2017-H1", "--scope", "F330400", "--verbose");
        assertEquals(2, run.status());
        assertTrue(run.errLines().length > 2, run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void progress_onATerminal_recordsRateAndElapsed() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int status = FicApp.execute(out, err, true, "validate", "--data", seed.toString(), "--lang", "en");
        assertEquals(0, status);
        assertTrue(err.toString().matches("(?s).*Validating: \\d+ records read, \\d+ records/s, \\d+\\.\\d s elapsed.*"),
                err.toString());
    }

    // ------------------------------------------------------------------ a real process

    /** Runs {@code main} in a JVM of its own (the test class path): the exit status is the process's. */
    @Test
    void main_inItsOwnProcess() throws Exception {
        ProcessRun run = ProcessRun.of(List.of("-cp", System.getProperty("java.class.path"), FicApp.class.getName(),
                "validate", "--data", bad, "--format", "text"));
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("activities.jsonl:3 A3 kind 错误 UNKNOWN_ACTIVITY_KIND"), run.out());
        assertEquals("", run.err(), "nothing on stderr when it is not a terminal");
    }
}
