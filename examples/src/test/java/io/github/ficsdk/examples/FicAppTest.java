package io.github.ficsdk.examples;

import io.github.ficsdk.validation.SafeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.examples.cli.DemoCommand;
import io.github.ficsdk.examples.samples.AppraiseChambersSample;
import io.github.ficsdk.examples.samples.PluginRuleSample;
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
    /** The seed plus the sample's {@code evidence.jsonl}, read by {@code appraise} by default. */
    @TempDir
    static Path seedWithEvidence;
    static String bad;
    static Run demo;

    @BeforeAll
    static void setUp() throws Exception {
        SeedDataset.generate().writeTo(seed);
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                Files.copy(f, seedWithEvidence.resolve(f.getFileName()));
            }
        }
        AppraiseChambersSample.writeEvidence(seedWithEvidence);
        bad = Path.of(FicAppTest.class.getResource("/bad-dataset/activities.jsonl").toURI()).getParent().toString();
        demo = Run.of("demo");
    }

    // ------------------------------------------------------------------ demo

    @Test
    void demo_exitsZeroAndEveryFigureMatches() {
        assertEquals(0, demo.status(), demo.err());
        assertEquals("", demo.err());
        assertTrue(demo.out().contains("43/43 项与报告一致"), demo.out());
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
        assertTrue(run.out().contains("43/43 figures match the report"), run.out());
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
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode doc = JSON.readTree(lines.get(0));
        assertEquals(0, doc.get("errors").asLong());
        assertEquals(0, doc.get("rejected").asLong());
        assertEquals(doc.get("read").asLong(), doc.get("valid").asLong());
        assertEquals(12, doc.get("files").size());
        assertTrue(doc.get("read").asLong() > 3000);
    }

    @Test
    void validate_bad_json() throws Exception {
        Run run = Run.of("validate", "--data", bad);
        assertEquals(1, run.status());
        List<String> lines = run.out().lines().toList();
        JsonNode doc = JSON.readTree(lines.get(lines.size() - 1));
        List<JsonNode> problemLines = new java.util.ArrayList<>();
        for (String line : lines.subList(0, lines.size() - 1)) {
            problemLines.add(JSON.readTree(line));
        }
        assertEquals(6, doc.get("errors").asLong());
        assertEquals(1, doc.get("warnings").asLong());
        assertEquals(6, doc.get("rejected").asLong());
        assertEquals(4, doc.get("valid").asLong());
        JsonNode first = problemLines.get(0);
        for (String field : List.of("file", "line", "id", "path", "severity", "code", "message")) {
            assertTrue(first.has(field), field);
        }
        assertTrue(first.get("line").isNumber());
        List<String> problems = problemLines.stream()
                .map(p -> p.get("file").asText() + ":" + p.get("line").asLong() + " " + p.get("code").asText())
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
        assertTrue(run.out().contains("total: 10 read, 4 valid, 6 rejected; 6 errors, 1 warning\n"), run.out());
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

    @Test
    void report_byKind_hasOneRowPerKind() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400", "--by",
                "kind", "--indicators", "ALL.EVENTS");
        assertEquals(0, run.status(), run.err());
        java.util.Map<String, Long> byKind = new java.util.HashMap<>();
        for (JsonNode v : JSON.readTree(run.out()).get("values")) {
            if (v.has("kind")) {
                byKind.put(v.get("kind").asText(), v.get("value").asLong());
            }
        }
        assertEquals(32L, byKind.get("FORUM"));
        assertEquals(29L, byKind.get("TRAINING"));
        assertEquals(186L, byKind.get("PUBLICITY"));
        Run text = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400", "--by",
                "kind", "--indicators", "ALL.EVENTS", "--format", "text");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("FORUM"), text.out());
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
    void report_badDataset_aChamberOutsideTheTreeIsAProblemNotAFailure() throws Exception {
        Run run = Run.of("report", "--data", bad, "--period", "2017", "--scope", "F330481");
        assertEquals(0, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        JsonNode problems = JSON.readTree(run.out()).get("problems");
        boolean found = false;
        for (JsonNode p : problems) {
            found |= p.get("file").asText().equals("chambers.jsonl") && p.get("line").asLong() == 2
                    && p.get("code").asText().equals("UNKNOWN_PARENT") && p.get("path").asText().equals("federation")
                    && p.get("message").asText().contains("F999999");
        }
        assertTrue(found, problems.toString());
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

    // ------------------------------------------------------------------ appraise

    static final List<String> RESULT_FIELDS = List.of("subject", "scheme", "version", "period", "dimensions", "bonus",
            "total", "grade", "vetoes");

    /** Checks one JSON line against the contract: every property of the data model, with its JSON type. */
    static JsonNode contractResult(String line) throws Exception {
        JsonNode r = JSON.readTree(line);
        for (String field : RESULT_FIELDS) {
            assertTrue(r.has(field), field + " in " + line);
        }
        assertTrue(r.get("subject").isTextual());
        assertTrue(r.get("bonus").isNumber());
        assertTrue(r.get("total").isNumber());
        assertTrue(r.get("grade").isTextual());
        assertTrue(r.get("vetoes").isArray());
        for (JsonNode d : r.get("dimensions")) {
            assertTrue(d.get("code").isTextual(), line);
            assertTrue(d.get("points").isNumber(), line);
            assertTrue(d.get("maxPoints").isNumber(), line);
            for (JsonNode rule : d.get("rules")) {
                assertTrue(rule.get("rule").isTextual(), line);
                assertTrue(rule.get("points").isNumber(), line);
                assertTrue(rule.get("explanation").isTextual(), line);
            }
        }
        return r;
    }

    @Test
    void appraise_fourGoodChamber_oneJsonLinePerChamber() throws Exception {
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertEquals(142, lines.length);
        String previous = "";
        int notEligible = 0;
        for (String line : lines) {
            JsonNode r = contractResult(line);
            assertEquals("FOUR_GOOD_CHAMBER", r.get("scheme").asText());
            assertEquals("2017", r.get("version").asText());
            assertEquals("2017", r.get("period").asText());
            if (r.get("eligible").asBoolean()) {
                assertEquals(4, r.get("dimensions").size());
            } else {
                // the chambers still being formed (PREPARING) are not registered a year
                notEligible++;
                assertEquals("NOT_ELIGIBLE", r.get("grade").asText());
            }
            assertTrue(r.get("subject").asText().compareTo(previous) > 0, "in subject id order");
            previous = r.get("subject").asText();
        }
        assertEquals(5, notEligible);
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals("51330400MJ00098N3Y", first.get("subject").asText());
        assertEquals("POLITICAL_GUIDANCE", first.get("dimensions").get(0).get("code").asText());
        assertEquals("党组织已建立 +8", first.get("dimensions").get(0).get("rules").get(0).get("explanation").asText());
        assertEquals(0, new java.math.BigDecimal("19.5").compareTo(first.get("total").decimalValue()), lines[0]);
        assertEquals("FAIL", first.get("grade").asText());
    }

    @Test
    void appraise_evidenceInTheFolder_isReadByDefaultAndWins() throws Exception {
        Run run = Run.of("appraise", "--data", seedWithEvidence.toString(), "--scheme", "FOUR_GOOD_CHAMBER@2017",
                "--period", "2017");
        assertEquals(0, run.status(), run.err());
        java.util.Map<String, JsonNode> bySubject = new java.util.HashMap<>();
        for (String line : run.out().split("\n")) {
            JsonNode r = contractResult(line);
            bySubject.put(r.get("subject").asText(), r);
        }
        JsonNode excellent = bySubject.get("51330400MJ00098N3Y");
        assertEquals("EXCELLENT", excellent.get("grade").asText());
        assertEquals(105, excellent.get("total").asInt());
        assertEquals(List.of("evidence.jsonl:2"), JSON.convertValue(excellent.get("sources").get("party.activities"), List.class),
                "the given value wins, with its line as source");
        JsonNode vetoed = bySubject.get("51330400MJ0036WM6A");
        assertEquals("FAIL", vetoed.get("grade").asText());
        assertEquals(105, vetoed.get("total").asInt());
        assertEquals("严重违法违规", vetoed.get("vetoes").get(0).asText());
        JsonNode preparing = bySubject.get("51330400MJ00J3BYXQ");
        assertEquals("NOT_ELIGIBLE", preparing.get("grade").asText());
        assertEquals(0, preparing.get("dimensions").size());
        assertEquals("登记成立不满一年", preparing.get("ineligibleReasons").get(0).asText());
    }

    @Test
    void appraise_explicitEvidence_sameAsTheFolders() {
        Run implicit = Run.of("appraise", "--data", seedWithEvidence.toString(), "--scheme", "FOUR_GOOD_CHAMBER",
                "--period", "2017");
        Run explicit = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", seedWithEvidence.resolve("evidence.jsonl").toString());
        assertEquals(0, explicit.status(), explicit.err());
        assertEquals(implicit.out(), explicit.out());
    }

    @Test
    void appraise_schemeFile_sameAsTheReferenceId(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("four-good.json");
        Files.writeString(file, SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017").toJson());
        Run byFile = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2017");
        Run byId = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(0, byFile.status(), byFile.err());
        assertEquals(byId.out(), byFile.out());
    }

    @Test
    void appraise_federations_fiveExcellenceCounty() throws Exception {
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FIVE_EXCELLENCE_COUNTY", "--period", "2017");
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(8, lines.length);
        assertEquals("NOT_ELIGIBLE", contractResult(lines[0]).get("grade").asText(), "F330400 is not a county");
    }

    @Test
    void appraise_text_tablePerSubjectThenDistribution() {
        Run run = Run.of("appraise", "--data", seedWithEvidence.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period",
                "2017", "--format", "text");
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("51330400MJ00098N3Y 嘉兴市纺织商会  四好商会 FOUR_GOOD_CHAMBER@2017，期间 2017\n"), out);
        assertTrue(out.contains("  flag          8     8  党组织已建立 +8"), out);
        assertTrue(out.contains("总分 105 / 105，等级 EXCELLENT（优秀）\n"), out);
        assertTrue(out.contains("总分 105 / 105，等级 FAIL（不合格）；一票否决：严重违法违规\n"), out);
        assertTrue(out.contains("不参评：登记成立不满一年"), out);
        assertTrue(out.contains("等级分布：FOUR_GOOD_CHAMBER@2017，共 142 个评价对象"), out);
        assertTrue(out.matches("(?s).*\\n全部\\s+142\\s+12\\s+5\\s+11\\s+109\\s+5\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nF330402 南湖区工商业联合会（商会）\\s+10\\s+2\\s+1\\s+2\\s+5\\s+0\\n.*"), out);
    }

    @Test
    void appraise_text_english() {
        Run run = Run.of("appraise", "--data", seedWithEvidence.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period",
                "2017", "--format", "text", "--lang", "en");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("party organisation established +8"), run.out());
        assertTrue(run.out().contains("POLITICAL_GUIDANCE"), run.out());
        assertTrue(run.out().contains("total 105 / 105, grade FAIL; vetoed: 严重违法违规"), run.out());
        assertTrue(run.out().contains("grade distribution: FOUR_GOOD_CHAMBER@2017, 142 subjects"), run.out());
        assertFalse(run.out().contains("党组织已建立"), "English explanations");
    }

    @Test
    void appraise_unregisteredRule_exitTwoNamingTheJsonPath(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("nobody.json");
        Files.writeString(file, """
                {"id": "X_NOBODY", "version": "1", "name": "无人注册", "subject": "CHAMBER",
                 "dimensions": [{"code": "D", "name": "维度", "maxPoints": 10,
                                 "rules": [{"rule": "x-nobody", "evidence": "members.total", "points": 10}]}],
                 "grades": [{"grade": "PASS", "minPoints": 0}]}
                """);
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2017");
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("参数错误：--scheme：" + SafeText.forDisplay(file.toString()) + "：方案被拒绝：dimensions[0].rules[0].rule: rule x-nobody "
                + "is not registered"), run.err());
        assertTrue(run.err().contains("x-member-growth"), "the registered rules are listed, plug-ins included: " + run.err());
        assertTrue(run.err().contains("（UNKNOWN_RULE）"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void appraise_malformedSchemeFile_exitTwo(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\"id\": \"X\", ");
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2017",
                "--lang", "en");
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        // the whole document is at fault: no path before the detail
        assertTrue(run.err().startsWith("error: --scheme: " + SafeText.forDisplay(file.toString())
                + ": scheme rejected: Unexpected end-of-input"), run.err());
        assertTrue(run.err().contains("(MALFORMED_JSON)"), run.err());
    }

    @Test
    void appraise_missingEvidence_exitOneNamingSubjectRuleAndKey(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("member-development.json");
        try (java.io.InputStream in = PluginRuleSample.class.getResourceAsStream(PluginRuleSample.SCHEME)) {
            Files.copy(in, file);
        }
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2016");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out(), "all or nothing");
        assertEquals(1, run.errLines().length, run.err());
        assertEquals("错误：无法完成评价：评价对象 51330400MJ00098N3Y 的规则 x-member-growth（dimensions[MEMBER_DEVELOPMENT]）"
                + "缺少证据 members.previousYear（MISSING_EVIDENCE）；请在 evidence.jsonl 中提供，或在方案中为该规则给出 ifMissing",
                run.err().strip());
        Run en = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2016", "--lang", "en");
        assertEquals(1, en.status());
        assertTrue(en.err().startsWith("error: the appraisal cannot finish: 51330400MJ00098N3Y: rule x-member-growth in "
                + "dimensions[MEMBER_DEVELOPMENT] needs evidence members.previousYear, which is missing"), en.err());
    }

    @Test
    void appraise_badEvidenceLine_exitOne(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("evidence.jsonl");
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {}, \"extra\": 1}\n");
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", file.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("错误：无法读取 evidence.jsonl:1 extra UNKNOWN_PROPERTY"), run.err());
    }

    @Test
    void appraise_badDataset_exitOneWithOneLine() {
        Run run = Run.of("appraise", "--data", bad, "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void appraise_unusableArguments_saySomethingUseful() {
        Run unknown = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_BAD_CHAMBER", "--period", "2017",
                "--lang", "en");
        assertEquals("error: --scheme: there is no file FOUR_BAD_CHAMBER and no reference scheme of that id "
                + "(FOUR_GOOD_CHAMBER, FIVE_EXCELLENCE_COUNTY, CHAMBER_CLEANUP, COUNTY_ANNUAL_ASSESSMENT); give a scheme document or a "
                + "reference scheme id\n",
                unknown.err());
        // the clean-up applies from 2017 (the seed's clean-up is in the second half of 2017)
        Run tooEarly = Run.of("appraise", "--data", seed.toString(), "--scheme", "CHAMBER_CLEANUP", "--period", "2016",
                "--lang", "en");
        assertTrue(tooEarly.err().startsWith("error: --scheme: CHAMBER_CLEANUP has no version valid on 2016-12-31"),
                tooEarly.err());
        assertTrue(tooEarly.err().contains("write CHAMBER_CLEANUP@2017 to use one anyway"), tooEarly.err());
        Run forced = Run.of("appraise", "--data", seed.toString(), "--scheme", "CHAMBER_CLEANUP@2017", "--period", "2016");
        assertEquals(0, forced.status(), forced.err());
    }

    // ------------------------------------------------------------------ help and errors

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "validate", "appraise", "demo"})
    void help_onEveryCommand(String command) {
        Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
        assertEquals(0, run.status());
        // Chinese by default (FicAppLangTest: --lang en gives the English help)
        assertTrue(run.out().startsWith("用法：fic-examples"), run.out());
        assertTrue(run.out().contains("退出状态："), run.out());
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
                new String[] {"demo", "--bogus"},
                new String[] {"appraise", "--data", "SEED", "--period", "2017"},
                new String[] {"appraise", "--data", "/no/such/folder", "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017-H3"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "FOUR_BAD_CHAMBER", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "/no/such/scheme.json", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "SEED", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "FOUR_GOOD_CHAMBER@1999", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "CHAMBER_CLEANUP", "--period", "2016"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "SEED/activities.jsonl", "--period", "2017"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                    "--evidence", "/no/such/evidence.jsonl"},
                new String[] {"appraise", "--data", "SEED", "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                    "--format", "pdf"}).map(a -> org.junit.jupiter.params.provider.Arguments.of((Object) a));
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
