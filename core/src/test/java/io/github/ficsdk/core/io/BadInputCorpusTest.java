package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad input per file under {@code src/test/resources/bad}: the right problem on the right line, and every other line read. */
class BadInputCorpusTest {

    private final List<DatasetProblem> problems = new ArrayList<>();

    private List<String> read(String resource) throws IOException {
        List<String> ids = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/bad/" + resource);
                JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES, in, resource,
                        problems::add)) {
            Activity a;
            while ((a = reader.read()) != null) {
                ids.add(a.getId() + "@" + reader.getLineNumber());
            }
        }
        return ids;
    }

    private DatasetProblem single() {
        assertEquals(1, problems.size(), problems.toString());
        DatasetProblem p = problems.get(0);
        assertEquals(Severity.ERROR, p.getSeverity());
        return p;
    }

    private void assertProblem(String resource, long line, String id, String path, String code) throws IOException {
        List<String> ids = read(resource);
        DatasetProblem p = single();
        assertEquals(resource, p.getFile());
        assertEquals(line, p.getLine(), p.toString());
        assertEquals(id, p.getId().orElse(null), p.toString());
        assertEquals(path, p.getProblemPath(), p.toString());
        assertEquals(code, p.getProblemCode(), p.toString());
        List<String> expected = new ArrayList<>(List.of("A1@1", "A2@2", "A3@3"));
        expected.remove(line == 1 ? "A1@1" : line == 2 ? "A2@2" : "A3@3");
        assertEquals(expected, ids);
    }

    @Test
    void read_truncatedLastLine() throws IOException {
        List<String> ids = read("truncated-last-line.jsonl");
        DatasetProblem p = single();
        assertEquals(3, p.getLine());
        assertEquals("MALFORMED_JSON", p.getProblemCode());
        assertEquals("A4", p.getId().orElse(null));
        assertEquals(List.of("A1@1", "A3@2"), ids);
    }

    @Test
    void read_blankLine() throws IOException {
        List<String> ids = read("blank-line.jsonl");
        DatasetProblem p = single();
        assertEquals(2, p.getLine());
        assertEquals("BLANK_LINE", p.getProblemCode());
        assertEquals(List.of("A1@1", "A3@3"), ids);
    }

    @Test
    void read_byteOrderMarkInsideTheFile() throws IOException {
        assertProblem("bom-inside.jsonl", 2, null, "", "BOM");
    }

    @Test
    void read_numberBeyondExactComputation() throws IOException {
        assertProblem("huge-exponent.jsonl", 2, "A2", "extensions.hours", "OUT_OF_RANGE");
    }

    @Test
    void read_blankTag() throws IOException {
        assertProblem("blank-tag.jsonl", 2, "A2", "tags[1]", "BLANK");
    }

    @Test
    void read_byteOrderMarkAtTheStartIsSkipped() throws IOException {
        assertEquals(List.of("A1@1", "A2@2", "A3@3"), read("bom.jsonl"));
        assertEquals(List.of(), problems);
    }

    @Test
    void read_secondByteOrderMarkAtTheStartIsAProblem() throws IOException {
        byte[] line = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        java.io.ByteArrayOutputStream twice = new java.io.ByteArrayOutputStream();
        twice.writeBytes(bom);
        twice.writeBytes(bom);
        twice.writeBytes(line);
        twice.writeBytes(line);
        try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
                new java.io.ByteArrayInputStream(twice.toByteArray()), "a.jsonl", problems::add)) {
            assertEquals("A1", reader.read().getId());
            assertEquals(2, reader.getLineNumber());
        }
        assertEquals("a.jsonl:1 ERROR BOM", single().getFile() + ":" + single().getLine() + " " + single().getSeverity() + " "
                + single().getProblemCode());
    }

    @Test
    void read_invalidUtf8() throws IOException {
        assertProblem("invalid-utf8.jsonl", 2, null, "", "INVALID_UTF8");
        assertTrue(problems.get(0).getMessage().contains("byte"));
    }

    @Test
    void read_duplicateKey() throws IOException {
        assertProblem("duplicate-key.jsonl", 2, "A2", "start", "DUPLICATE_KEY");
    }

    @Test
    void read_unknownPropertyWithTypo() throws IOException {
        assertProblem("unknown-property.jsonl", 2, "A2", "organisers", "UNKNOWN_PROPERTY");
        assertTrue(problems.get(0).getMessage().contains("did you mean \"organizers\""), problems.get(0).getMessage());
    }

    @Test
    void read_floatForCount() throws IOException {
        assertProblem("float-count.jsonl", 2, "A2", "participants", "WRONG_TYPE");
    }

    @Test
    void read_stringForCount() throws IOException {
        assertProblem("string-count.jsonl", 2, "A2", "participants", "WRONG_TYPE");
    }

    @Test
    void read_unknownActivityKind() throws IOException {
        assertProblem("unknown-kind.jsonl", 2, "A2", "kind", "UNKNOWN_ACTIVITY_KIND");
        assertTrue(problems.get(0).getMessage().contains("VISIT, FORUM, TRAINING"), problems.get(0).getMessage());
    }

    @Test
    void read_classNameTypeId() throws IOException {
        assertProblem("class-name-type-id.jsonl", 2, "A2", "@class", "UNKNOWN_PROPERTY");
    }

    @Test
    void read_deepNesting() throws IOException {
        assertProblem("deep-nesting.jsonl", 2, "A2", "extensions.x", "WRONG_TYPE");
    }

    @Test
    void read_negativeCount() throws IOException {
        assertProblem("negative-count.jsonl", 2, "A2", "participants", "NEGATIVE");
    }

    @Test
    void read_endBeforeStart() throws IOException {
        assertProblem("end-before-start.jsonl", 2, "A2", "end", "END_BEFORE_START");
    }

    @Test
    void read_trailingContent() throws IOException {
        assertProblem("trailing-content.jsonl", 2, "A2", "", "TRAILING_CONTENT");
    }

    @Test
    void read_missingRequired() throws IOException {
        assertProblem("missing-required.jsonl", 2, "A2", "start", "REQUIRED");
    }

    @Test
    void read_noOrganizer() throws IOException {
        assertProblem("no-organizer.jsonl", 2, "A2", "organizers", "NO_ORGANIZER");
    }

    @Test
    void read_amountWithThreeDecimals() throws IOException {
        assertProblem("bad-amount.jsonl", 2, "A2", "amountYuan", "YUAN_AMOUNT_SCALE");
    }

    @Test
    void validate_duplicateId(@TempDir Path folder) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/bad/duplicate-id.jsonl")) {
            Files.copy(in, folder.resolve("activities.jsonl"));
        }
        // Bean Validation off: the division-code validator of fic-validation is still a stub here
        DataQualityReport report = Dataset.of(folder).validate();
        FileReport file = report.getFile("activities.jsonl");
        assertEquals(3, file.getRead());
        assertEquals(2, file.getValid());
        assertEquals(1, file.getRejected());
        DatasetProblem p = file.getProblems().get(0);
        assertEquals(List.of("DUPLICATE_ID"), file.getProblems().stream().map(DatasetProblem::getProblemCode).collect(Collectors.toList()));
        assertEquals(2, p.getLine());
        assertEquals("A1", p.getId().orElse(null));
        assertTrue(p.getMessage().contains("line 1"), p.getMessage());
    }

    @Test
    void mapper_rejectsDeepNestingAndClassNames() throws IOException {
        ObjectMapper mapper = FicJson.mapper();
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThrows(StreamConstraintsException.class, () -> mapper.readTree(deep));
        String line = "{\"@class\":\"java.lang.ProcessBuilder\",\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}";
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> mapper.readValue(line, Activity.class));
        assertEquals("UNKNOWN_PROPERTY", e.getProblemCode());
        assertEquals("@class", e.getProblemPath());
        Object plain = mapper.readValue(line, Object.class);
        assertTrue(plain instanceof java.util.Map, "no type id is ever honoured");
    }

    @Test
    void mapper_sameCodesAsReader() {
        ObjectMapper mapper = FicJson.mapper();
        String negative = "{\"id\":\"A2\",\"kind\":\"FORUM\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":-5}";
        InvalidRecordException e = assertThrows(InvalidRecordException.class, () -> mapper.readValue(negative, Activity.class));
        assertEquals("NEGATIVE", e.getProblemCode());
        assertEquals("participants", e.getProblemPath());
        String duplicate = "{\"a\":1,\"a\":2}";
        assertThrows(com.fasterxml.jackson.core.JsonParseException.class, () -> mapper.readTree(duplicate));
        assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
                () -> mapper.readValue("{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]} {}",
                        Activity.class));
    }
}
