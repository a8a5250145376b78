package io.github.ficsdk.examples.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counting stays right on adversarial data: the seed dataset corrupted one way at a time (a
 * duplicated line, a target listed six times, a federation defined twice, a chamber with a
 * federation's id, numbers beyond range) through the app's commands. A figure is right or
 * refused, never silently off, and every repeat is listed.
 */
class CountingAdversarialTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path seed;
    static Map<String, BigDecimal> seedChildRows;

    @BeforeAll
    static void writeSeed() throws Exception {
        SeedDataset.generate().writeTo(seed);
        Run run = report(seed, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        seedChildRows = rows(JSON.readTree(run.out()));
        assertEquals(new BigDecimal("196"), seedChildRows.get("F330400 VISIT.TARGETS.CHAMBER"));
        assertEquals(0, new BigDecimal("37250000.00").compareTo(seedChildRows.get("F330400 CHARITY.AMOUNT")));
    }

    /** A copy of the seed in a folder of its own. */
    private static Path copy(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    private static List<String> lines(Path dir, String file) throws IOException {
        return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
    }

    private static void write(Path dir, String file, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static Run report(Path dir, String indicators) {
        return Run.of("report", "--data", dir.toString(), "--period", "2017-H1", "--scope", "F330400", "--by", "child",
                "--indicators", indicators, "--format", "json", "--lang", "en");
    }

    /** "row indicator" → value. */
    private static Map<String, BigDecimal> rows(JsonNode doc) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (JsonNode v : doc.get("values")) {
            out.put(v.get("scope").asText() + " " + v.get("indicator").asText(), v.get("value").decimalValue());
        }
        return out;
    }

    private static List<String> problems(JsonNode doc) {
        List<String> out = new ArrayList<>();
        if (doc.has("problems")) {
            for (JsonNode p : doc.get("problems")) {
                out.add(p.get("file").asText() + ":" + p.get("line").asLong() + " " + p.path("id").asText() + " "
                        + p.get("path").asText() + " " + p.get("code").asText());
            }
        }
        return out;
    }

    private static int lineOf(List<String> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("\"id\":\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError("no line for " + id);
    }

    @Test
    void aDuplicatedActivityLine_countsOnce_inReportAndAppraisal_andIsListedEverywhere(@TempDir Path dir)
            throws Exception {
        copy(dir);
        List<String> activities = lines(dir, "activities.jsonl");
        int line = lineOf(activities, "A2017-CHARITY-0001");
        activities.add(activities.get(line - 1));
        write(dir, "activities.jsonl", activities);
        String repeat = "activities.jsonl:" + activities.size() + " A2017-CHARITY-0001 id DUPLICATE_ID";

        Run run = report(dir, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(seedChildRows, rows(doc));
        assertEquals(0, new BigDecimal("37250000.00").compareTo(rows(doc).get("F330400 CHARITY.AMOUNT")));
        assertEquals(List.of(repeat), problems(doc));
        assertTrue(doc.get("problems").get(0).get("message").asText().contains("line " + line), doc.toString());

        Run text = Run.of("report", "--data", dir.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--format", "text", "--lang", "en");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("activities.jsonl:" + activities.size() + " A2017-CHARITY-0001 id ERROR DUPLICATE_ID"),
                text.out());

        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, validate.status());
        assertTrue(validate.out().contains("activities.jsonl:" + activities.size() + " A2017-CHARITY-0001 id ERROR DUPLICATE_ID"),
                validate.out());

        // appraisal evidence derived from activities: the same results as on the seed, the repeat on stderr
        for (String scheme : List.of("FOUR_GOOD_CHAMBER", "FIVE_EXCELLENCE_COUNTY")) {
            Run clean = Run.of("appraise", "--data", seed.toString(), "--scheme", scheme, "--period", "2017");
            Run appraise = Run.of("appraise", "--data", dir.toString(), "--scheme", scheme, "--period", "2017",
                    "--lang", "en");
            assertEquals(0, appraise.status(), appraise.err());
            assertEquals(clean.out(), appraise.out());
            assertTrue(appraise.err().contains("activities.jsonl:" + activities.size() + " A2017-CHARITY-0001 id ERROR "
                    + "DUPLICATE_ID"), appraise.err());
        }
    }

    @Test
    void aChamberListedSixTimesAsTheTargetOfOneVisit_isOnePair(@TempDir Path dir) throws Exception {
        copy(dir);
        List<String> activities = lines(dir, "activities.jsonl");
        int line = 0;
        ObjectNode visit = null;
        for (int i = 0; i < activities.size() && visit == null; i++) {
            JsonNode a = JSON.readTree(activities.get(i));
            if (a.get("kind").asText().equals("VISIT") && a.get("start").asText().startsWith("2017-0")
                    && a.has("targets") && a.get("targets").get(0).get("type").asText().equals("CHAMBER")) {
                visit = (ObjectNode) a;
                line = i + 1;
            }
        }
        com.fasterxml.jackson.databind.node.ArrayNode targets = (com.fasterxml.jackson.databind.node.ArrayNode) visit.get("targets");
        JsonNode chamber = targets.get(0);
        for (int k = 0; k < 5; k++) {
            targets.insert(1, chamber.deepCopy());
        }
        activities.set(line - 1, JSON.writeValueAsString(visit));
        write(dir, "activities.jsonl", activities);

        Run run = report(dir, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(seedChildRows, rows(doc));
        String id = visit.get("id").asText();
        List<String> expected = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            expected.add("activities.jsonl:" + line + " " + id + " targets[" + k + "] DUPLICATE_TARGET");
        }
        assertEquals(expected, problems(doc));

        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, validate.status());
        assertTrue(validate.out().contains("activities.jsonl:" + line + " " + id + " targets[5] WARNING DUPLICATE_TARGET "
                + "targets[5] repeats targets[0]"), validate.out());
    }

    @Test
    void aFederationDefinedTwice_keepsItsFirstParent_andIsListed(@TempDir Path dir) throws Exception {
        copy(dir);
        List<String> federations = lines(dir, "federations.jsonl");
        federations.add("{\"id\":\"F330402\",\"name\":\"南湖区工商联（又一行）\",\"level\":\"COUNTY\",\"division\":\"330402\","
                + "\"parent\":\"F330411\"}");
        write(dir, "federations.jsonl", federations);
        String repeat = "federations.jsonl:" + federations.size() + " F330402 id DUPLICATE_ID";

        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, validate.status());
        assertTrue(validate.out().contains("federations.jsonl:" + federations.size() + " F330402 id ERROR DUPLICATE_ID"),
                validate.out());

        Run run = report(dir, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(seedChildRows, rows(doc));
        assertEquals(List.of(repeat), problems(doc));
    }

    @Test
    void aChamberWithAFederationsId_isReportedByValidate_andTheRestAgrees(@TempDir Path dir) throws Exception {
        copy(dir);
        List<String> chambers = lines(dir, "chambers.jsonl");
        chambers.add("{\"id\":\"F330402\",\"name\":\"伪商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F330411\"}");
        write(dir, "chambers.jsonl", chambers);
        String repeat = "chambers.jsonl:" + chambers.size() + " F330402 id DUPLICATE_ID";

        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, validate.status());
        assertTrue(validate.out().contains("chambers.jsonl:" + chambers.size() + " F330402 id ERROR DUPLICATE_ID id F330402 "
                + "is already used on line 2 of federations.jsonl"), validate.out());

        Run run = report(dir, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(seedChildRows, rows(doc));
        assertEquals(List.of(repeat), problems(doc));

        Run clean = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        Run appraise = Run.of("appraise", "--data", dir.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--lang", "en");
        assertEquals(0, appraise.status(), appraise.err());
        assertEquals(clean.out(), appraise.out());
        assertTrue(appraise.err().contains("chambers.jsonl:" + chambers.size() + " F330402 id ERROR DUPLICATE_ID"),
                appraise.err());
    }

    /** Appends a copy of an activity with another id and fields replaced or added. */
    private static String activityCopy(List<String> activities, String of, String id, String region)
            throws IOException {
        ObjectNode a = (ObjectNode) JSON.readTree(activities.get(lineOf(activities, of) - 1));
        a.put("id", id);
        if (region != null) {
            a.put("region", region);
        }
        return JSON.writeValueAsString(a);
    }

    /** Appends a copy of the last chamber with another id and a credit code that is not one. */
    private static String badChamber(List<String> chambers) throws IOException {
        ObjectNode c = (ObjectNode) JSON.readTree(chambers.get(chambers.size() - 1));
        c.put("id", "C330400-BAD-CODE");
        c.put("creditCode", "123");
        return JSON.writeValueAsString(c);
    }

    /** The errors of validate's JSON lines, as {@link #problems(JsonNode)} words them. */
    private static List<String> validateErrors(Path dir) throws IOException {
        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "json", "--lang", "en");
        assertEquals(1, validate.status(), validate.err());
        List<String> out = new ArrayList<>();
        for (String line : validate.out().split("\n")) {
            JsonNode p = JSON.readTree(line);
            if (p.has("code") && p.get("severity").asText().equals("ERROR")) {
                out.add(p.get("file").asText() + ":" + p.get("line").asLong() + " " + p.path("id").asText() + " "
                        + p.get("path").asText() + " " + p.get("code").asText());
            }
        }
        return out;
    }

    @Test
    void recordsRejectedByBeanValidation_areRejectedByReportToo_withTheSameProblems(@TempDir Path dir)
            throws Exception {
        copy(dir);
        List<String> chambers = lines(dir, "chambers.jsonl");
        chambers.add(badChamber(chambers));
        write(dir, "chambers.jsonl", chambers);
        List<String> activities = lines(dir, "activities.jsonl");
        activities.add(activityCopy(activities, "A2017-CHARITY-0001", "A2017-CHARITY-BAD-REGION", "bad"));
        activities.add(activityCopy(activities, "A2017-CHARITY-0001", "bad id", null));
        activities.add(activityCopy(activities, "A2017-CHARITY-0001", "A2017-CHARITY-UNKNOWN-REGION", "999999"));
        write(dir, "activities.jsonl", activities);
        int n = activities.size();

        List<String> errors = validateErrors(dir);
        assertEquals(List.of("chambers.jsonl:" + chambers.size() + " C330400-BAD-CODE creditCode CREDIT_CODE_LENGTH",
                "activities.jsonl:" + (n - 2) + " A2017-CHARITY-BAD-REGION region DIVISION_CODE_FORMAT",
                "activities.jsonl:" + (n - 1) + " bad id id ID_FORMAT",
                "activities.jsonl:" + n + " A2017-CHARITY-UNKNOWN-REGION region DIVISION_CODE_UNKNOWN"), errors);

        Run run = report(dir, "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        // the copies of a charity of the period would add to its amount: none is counted
        assertEquals(seedChildRows, rows(doc));
        assertEquals(errors, problems(doc));
    }

    @Test
    void aRecordRejectedByBeanValidation_stopsTheAppraisal_namingItsLine(@TempDir Path chamberDir,
            @TempDir Path activityDir) throws Exception {
        copy(chamberDir);
        List<String> chambers = lines(chamberDir, "chambers.jsonl");
        chambers.add(badChamber(chambers));
        write(chamberDir, "chambers.jsonl", chambers);
        copy(activityDir);
        List<String> activities = lines(activityDir, "activities.jsonl");
        activities.add(activityCopy(activities, "A2017-CHARITY-0001", "A2017-CHARITY-BAD-REGION", "bad"));
        write(activityDir, "activities.jsonl", activities);

        Map<Path, String> expected = Map.of(
                chamberDir, "chambers.jsonl:" + chambers.size() + " C330400-BAD-CODE creditCode CREDIT_CODE_LENGTH",
                activityDir, "activities.jsonl:" + activities.size() + " A2017-CHARITY-BAD-REGION region ERROR "
                        + "DIVISION_CODE_FORMAT");
        for (Map.Entry<Path, String> e : expected.entrySet()) {
            Run appraise = Run.of("appraise", "--data", e.getKey().toString(), "--scheme", "FOUR_GOOD_CHAMBER",
                    "--period", "2017", "--lang", "en");
            assertEquals(1, appraise.status(), appraise.err());
            assertEquals("", appraise.out());
            assertEquals(1, appraise.err().strip().lines().count(), appraise.err());
            assertTrue(appraise.err().contains(e.getValue()), appraise.err());
        }
    }

    @Test
    void sumsBeyondLong_areRefusedNamingTheIndicatorAndTheRow(@TempDir Path temp) throws Exception {
        Path dir = copy(Files.createDirectory(temp.resolve("participants")));
        List<String> activities = lines(dir, "activities.jsonl");
        activities.add("{\"id\":\"X1\",\"kind\":\"FORUM\",\"start\":\"2017-02-01\",\"organizers\":[\"F330402\"],"
                + "\"participants\":9223372036854775807}");
        activities.add("{\"id\":\"X2\",\"kind\":\"FORUM\",\"start\":\"2017-02-02\",\"organizers\":[\"F330402\"],"
                + "\"participants\":9223372036854775807}");
        write(dir, "activities.jsonl", activities);
        Run run = report(dir, "FORUM.EVENTS,FORUM.PARTICIPANTS");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: FORUM.PARTICIPANTS of F3304"), run.err());

        Path amounts = copy(Files.createDirectory(temp.resolve("amounts")));
        List<String> charity = lines(amounts, "activities.jsonl");
        for (int i = 0; i < 93; i++) {
            charity.add("{\"id\":\"X" + i + "\",\"kind\":\"CHARITY\",\"start\":\"2017-03-01\",\"organizers\":[\"F330483\"],"
                    + "\"amountYuan\":\"999999999999999.99\"}");
        }
        write(amounts, "activities.jsonl", charity);
        Run amount = report(amounts, "CHARITY.AMOUNT");
        assertEquals(1, amount.status(), amount.err());
        assertEquals(1, amount.errLines().length, amount.err());
        assertTrue(amount.err().startsWith("error: CHARITY.AMOUNT of F3304"), amount.err());
    }

    @Test
    void numbersBeyondAnyExponent_areOutOfRangeProblemsOfTheirLine(@TempDir Path dir) throws Exception {
        copy(dir);
        List<String> activities = lines(dir, "activities.jsonl");
        int line = lineOf(activities, "A2017-VISIT-0001");
        activities.set(line - 1, activities.get(line - 1).replace("\"copies\":16,", "\"copies\":16,\"extensions\":{\"x\":1E+2147483648},"));
        write(dir, "activities.jsonl", activities);
        List<String> targets = lines(dir, "targets.jsonl");
        targets.add("{\"organization\":\"F330400\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":1E+2147483648}");
        write(dir, "targets.jsonl", targets);

        Run run = report(dir, "VISIT.COPIES");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = JSON.readTree(run.out());
        assertEquals(List.of("activities.jsonl:" + line + " A2017-VISIT-0001 extensions.x OUT_OF_RANGE"), problems(doc));
        assertEquals(new BigDecimal("3498"), rows(doc).get("F330400 VISIT.COPIES")); // 3514 less the 16 of the line

        Run validate = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, validate.status(), validate.err());
        assertEquals("", validate.err());
        assertTrue(validate.out().contains("activities.jsonl:" + line + " A2017-VISIT-0001 extensions.x ERROR OUT_OF_RANGE"),
                validate.out());
        assertTrue(validate.out().contains("targets.jsonl:" + targets.size() + " value ERROR OUT_OF_RANGE"), validate.out());
    }
}
