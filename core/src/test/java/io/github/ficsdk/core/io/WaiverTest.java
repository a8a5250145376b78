package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Waivers ({@code waivers.jsonl}): the golden line, every bad line, and how {@link Dataset#validate()}
 * applies them (waived, lapsed, not matching, errors never waived).
 */
class WaiverTest {

    static final Waiver GOLDEN = Waiver.of("UNKNOWN_REFERENCE", "activities.jsonl", "A17",
            "走访对象为外地企业，不在本数据集中", "嘉兴市工商联办公室", LocalDate.of(2018, 12, 31));

    static final String FEDERATION = "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}";
    /** A17 visits an enterprise the dataset does not define (UNKNOWN_REFERENCE, warning). */
    static final String A17 = "{\"id\":\"A17\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330400\"],"
            + "\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E999\"}]}";
    /** A18 ends before it starts (END_BEFORE_START, error). */
    static final String A18 = "{\"id\":\"A18\",\"kind\":\"VISIT\",\"start\":\"2017-03-05\",\"end\":\"2017-03-01\","
            + "\"organizers\":[\"F330400\"]}";

    private static String golden() throws IOException {
        try (InputStream in = WaiverTest.class.getResourceAsStream("/golden/waiver.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private static Waiver parse(String line, List<DatasetProblem> problems) {
        return WaiverFile.parse(line, 1, problems::add);
    }

    @Test
    void theGoldenLine_isTheWaiver() throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertEquals(GOLDEN, parse(golden(), problems));
        assertEquals(List.of(), problems);
        assertEquals(LocalDate.of(2018, 12, 31), GOLDEN.getUntil().orElseThrow());
    }

    @Test
    void untilIsOptional() throws IOException {
        ObjectNode node = (ObjectNode) FicJson.mapper().readTree(golden());
        node.remove("until");
        Waiver waiver = parse(node.toString(), new ArrayList<>());
        assertTrue(waiver.getUntil().isEmpty());
        assertTrue(waiver.isActiveOn(LocalDate.of(2999, 1, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"code", "file", "id", "reason", "approvedBy"})
    void everyRequiredPropertyMissing_isRequired(String property) throws IOException {
        ObjectNode node = (ObjectNode) FicJson.mapper().readTree(golden());
        node.remove(property);
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(node.toString(), problems));
        assertEquals(1, problems.size(), problems.toString());
        DatasetProblem p = problems.get(0);
        assertEquals("REQUIRED", p.getProblemCode());
        assertEquals(property, p.getProblemPath());
        assertEquals("waivers.jsonl", p.getFile());
        assertTrue(p.isError());
    }

    @Test
    void aBlankOrNonStringProperty_isRefused() throws IOException {
        ObjectNode node = (ObjectNode) FicJson.mapper().readTree(golden());
        node.put("reason", " ");
        node.put("approvedBy", 3);
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(node.toString(), problems));
        assertEquals(List.of("BLANK reason", "WRONG_TYPE approvedBy"),
                problems.stream().map(p -> p.getProblemCode() + " " + p.getProblemPath()).toList());
    }

    @Test
    void anUnknownCode_isAProblemNamingIt() throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(golden().replace("UNKNOWN_REFERENCE", "UNKNOWN_REFERENS"), problems));
        assertEquals(1, problems.size());
        assertEquals("WAIVER_UNKNOWN_CODE", problems.get(0).getProblemCode());
        assertEquals(Severity.ERROR, problems.get(0).getSeverity());
        assertTrue(problems.get(0).getMessage().contains("UNKNOWN_REFERENS"), problems.get(0).getMessage());
    }

    @Test
    void anErrorCode_cannotBeWaived() throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(golden().replace("UNKNOWN_REFERENCE", "END_BEFORE_START"), problems));
        assertEquals(1, problems.size());
        assertEquals("WAIVER_NOT_A_WARNING", problems.get(0).getProblemCode());
        assertTrue(problems.get(0).getMessage().contains("an error cannot be waived"), problems.get(0).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2018-02-30\"", "\"31.12.2018\"", "20181231", "\"\""})
    void aBadUntil_isInvalidDate(String until) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(golden().replace("\"2018-12-31\"", until), problems));
        assertEquals(List.of("INVALID_DATE until"),
                problems.stream().map(p -> p.getProblemCode() + " " + p.getProblemPath()).toList());
    }

    @Test
    void anUnknownPropertyOrNoObject_isRefused() throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        assertNull(parse(golden().replace("\"until\"", "\"untill\""), problems));
        assertEquals("UNKNOWN_PROPERTY", problems.get(0).getProblemCode());
        problems.clear();
        assertNull(parse("[1]", problems));
        assertNull(parse("{\"code\":", problems));
        assertEquals(List.of("MALFORMED_JSON", "MALFORMED_JSON"), problems.stream().map(DatasetProblem::getProblemCode).toList());
    }

    @Test
    void everyWaiverCode_isInTheCatalogue() {
        assertEquals(Severity.ERROR, ProblemCode.of("WAIVER_UNKNOWN_CODE").getSeverity());
        assertEquals(Severity.ERROR, ProblemCode.of("WAIVER_NOT_A_WARNING").getSeverity());
        assertEquals(Severity.WARNING, ProblemCode.of("WAIVER_UNUSED").getSeverity());
    }

    // --- applied by Dataset.validate() ---

    static Path dataset(Path dir, String... waivers) throws IOException {
        Files.writeString(dir.resolve("federations.jsonl"), FEDERATION + "\n");
        Files.writeString(dir.resolve("activities.jsonl"), A17 + "\n" + A18 + "\n");
        if (waivers.length > 0) {
            Files.writeString(dir.resolve("waivers.jsonl"), String.join("\n", waivers) + "\n");
        }
        return dir;
    }

    static String waiver(String code, String file, String id, String until) {
        return "{\"code\":\"" + code + "\",\"file\":\"" + file + "\",\"id\":\"" + id + "\",\"reason\":\"外地企业\","
                + "\"approvedBy\":\"办公室\"" + (until == null ? "" : ",\"until\":\"" + until + "\"") + "}";
    }

    private static DataQualityReport validate(Path dir, LocalDate today) {
        return Dataset.of(dir).withToday(today).validate();
    }

    private static DatasetProblem only(DataQualityReport report, String code) {
        List<DatasetProblem> found = report.getProblems().stream().filter(p -> p.getProblemCode().equals(code)).toList();
        assertEquals(1, found.size(), report.getProblems().toString());
        return found.get(0);
    }

    @Test
    void withoutWaivers_theWarningIsNotWaived(@TempDir Path dir) throws IOException {
        DataQualityReport report = validate(dataset(dir), LocalDate.of(2018, 1, 1));
        assertTrue(only(report, "UNKNOWN_REFERENCE").getWaiver().isEmpty());
        assertEquals(0, report.getWaivedCount());
        assertFalse(report.isAccepted());
        assertTrue(report.getFiles().stream().noneMatch(f -> f.getFile().equals("waivers.jsonl")));
        assertFalse(report.toJsonLines(Locale.ENGLISH).contains("waived"));
    }

    @Test
    void aWaiverInForce_waivesTheWarning_withItsReason(@TempDir Path dir) throws IOException {
        Waiver w = Waiver.of("UNKNOWN_REFERENCE", "activities.jsonl", "A17", "外地企业", "办公室", LocalDate.of(2018, 12, 31));
        DataQualityReport report = validate(dataset(dir, waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A17",
                "2018-12-31")), LocalDate.of(2018, 12, 31));
        DatasetProblem p = only(report, "UNKNOWN_REFERENCE");
        assertEquals(w, p.getWaiver().orElseThrow());
        assertEquals(Severity.WARNING, p.getSeverity());
        assertEquals(1, report.getWaivedCount());
        assertEquals(1, report.getWarningCount());
        // the error of A18 remains: not accepted
        assertEquals(1, report.getErrorCount());
        assertFalse(report.isAccepted());
        assertTrue(only(report, "END_BEFORE_START").getWaiver().isEmpty());
        String json = report.toJsonLines(Locale.ENGLISH);
        assertTrue(json.contains("\"code\":\"UNKNOWN_REFERENCE\",\"message\":\"E999 is not an enterprise of the dataset\","
                + "\"waived\":{\"reason\":\"外地企业\",\"approvedBy\":\"办公室\",\"until\":\"2018-12-31\"}}"), json);
        assertTrue(json.contains("\"notListed\":0,\"waived\":1,"), json);
        FileReport waivers = report.getFile("waivers.jsonl");
        assertEquals(1, waivers.getRead());
        assertEquals(1, waivers.getValid());
        assertEquals(List.of(), waivers.getProblems());
        // localized for Chinese readers, still waived
        assertTrue(report.toJsonLines(Locale.SIMPLIFIED_CHINESE).contains("\"waived\":{\"reason\":\"外地企业\""));
    }

    @Test
    void onlyWaivedWarnings_isAccepted(@TempDir Path dir) throws IOException {
        dataset(dir, waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A17", null));
        Files.writeString(dir.resolve("activities.jsonl"), A17 + "\n");
        DataQualityReport report = validate(dir, LocalDate.of(2030, 1, 1));
        assertFalse(report.isClean());
        assertTrue(report.isAccepted());
    }

    @Test
    void aLapsedWaiver_waivesNothing_andIsNotReported(@TempDir Path dir) throws IOException {
        DataQualityReport report = validate(dataset(dir, waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A17",
                "2018-12-31")), LocalDate.of(2019, 1, 1));
        assertTrue(only(report, "UNKNOWN_REFERENCE").getWaiver().isEmpty());
        assertEquals(0, report.getWaivedCount());
        assertEquals(List.of(), report.getFile("waivers.jsonl").getProblems());
    }

    @Test
    void aWaiverOfAnotherRecordFileOrCode_waivesNothing_andIsUnused(@TempDir Path dir) throws IOException {
        DataQualityReport report = validate(dataset(dir,
                waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A18", null),
                waiver("UNKNOWN_REFERENCE", "tickets.jsonl", "A17", null),
                waiver("DUPLICATE_TARGET", "activities.jsonl", "A17", null)), LocalDate.of(2018, 1, 1));
        assertTrue(only(report, "UNKNOWN_REFERENCE").getWaiver().isEmpty());
        assertEquals(0, report.getWaivedCount());
        List<DatasetProblem> unused = report.getFile("waivers.jsonl").getProblems();
        assertEquals(List.of(1L, 2L, 3L), unused.stream().map(DatasetProblem::getLine).toList());
        assertTrue(unused.stream().allMatch(p -> p.getProblemCode().equals("WAIVER_UNUSED") && !p.isError()));
    }

    @Test
    void aWaiverNamingAnError_isReported_andTheErrorStays(@TempDir Path dir) throws IOException {
        DataQualityReport report = validate(dataset(dir, waiver("END_BEFORE_START", "activities.jsonl", "A18", null)),
                LocalDate.of(2018, 1, 1));
        assertTrue(only(report, "END_BEFORE_START").getWaiver().isEmpty());
        DatasetProblem p = only(report, "WAIVER_NOT_A_WARNING");
        assertEquals("waivers.jsonl", p.getFile());
        assertEquals(1, p.getLine());
        assertEquals(1, report.getFile("waivers.jsonl").getRejected());
        assertEquals(2, report.getErrorCount());
    }

    @Test
    void aLineTooLong_isSkipped_andTheOthersApply(@TempDir Path dir) throws IOException {
        dataset(dir, "{\"reason\":\"" + "x".repeat(500) + "\"}", waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A17", null));
        DataQualityReport report = Dataset.of(dir).withMaxLineLength(200).withToday(LocalDate.of(2018, 1, 1)).validate();
        DatasetProblem p = only(report, "LINE_TOO_LONG");
        assertEquals("waivers.jsonl", p.getFile());
        assertEquals(1, p.getLine());
        assertEquals(1, report.getWaivedCount());
        assertEquals(2, report.getFile("waivers.jsonl").getRead());
        assertEquals(1, report.getFile("waivers.jsonl").getRejected());
    }

    @Test
    void anErrorProblem_cannotCarryAWaiver() {
        DatasetProblem error = DatasetProblem.of("activities.jsonl", 2, "A18", "end", Severity.ERROR,
                "END_BEFORE_START", "end before start");
        assertThrows(IllegalArgumentException.class, () -> error.withWaiver(GOLDEN));
    }

    @Test
    void theWaiverIsMaskedInText(@TempDir Path dir) throws IOException {
        Waiver w = Waiver.of("UNKNOWN_REFERENCE", "persons.jsonl", "110105199001010022", "13812345678 的记录", "x", null);
        assertFalse(w.toString().contains("13812345678"), w.toString());
        assertFalse(w.toString().contains("110105199001010022"), w.toString());
        DatasetProblem p = DatasetProblem.of("persons.jsonl", 1, "110105199001010022", "enterprise", Severity.WARNING,
                "UNKNOWN_REFERENCE", "E1 is not an enterprise").withWaiver(w);
        assertTrue(w.matches(p));
        JsonNode json = FicJson.mapper().readTree(new DataQualityReport(List.of(FileReport.of("persons.jsonl", 1, 1, 0,
                List.of(p))), 1).toJsonLines(Locale.ENGLISH).lines().findFirst().orElseThrow());
        assertFalse(json.get("waived").get("reason").asText().contains("13812345678"), json.toString());
    }
}
