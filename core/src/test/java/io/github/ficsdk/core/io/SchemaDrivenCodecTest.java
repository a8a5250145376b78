package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.proposal.Proposal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The schema-driven JSON codec where the golden files and the bad-input corpus do not look: paths
 * inside long lists and nested objects (the same from the JSON Lines reader and the mapper), and a
 * chamber's and a federation's {@code shortName}.
 */
class SchemaDrivenCodecTest {

    private static final ObjectMapper MAPPER = FicJson.mapper();

    private static <T> List<DatasetProblem> problems(DatasetFile<T> file, String line) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (JsonLinesReader<T> reader = JsonLinesReader.open(file,
                new ByteArrayInputStream((line + "\n").getBytes(StandardCharsets.UTF_8)), file.getFileName(),
                problems::add)) {
            assertNull(reader.read());
        }
        return problems;
    }

    private static <T> void assertProblem(DatasetFile<T> file, String line, String path, String code, String message)
            throws IOException {
        List<DatasetProblem> problems = problems(file, line);
        assertEquals(1, problems.size(), problems.toString());
        DatasetProblem p = problems.get(0);
        assertEquals(path, p.getProblemPath(), p.toString());
        assertEquals(code, p.getProblemCode(), p.toString());
        assertTrue(p.getMessage().contains(message), p.getMessage());
        InvalidRecordException e = assertThrows(InvalidRecordException.class,
                () -> MAPPER.readValue(line, file.getType()));
        assertEquals(path, e.getProblemPath());
        assertEquals(code, e.getProblemCode());
    }

    private static String activityWithTargets(int count, String last) {
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < count - 1; i++) {
            targets.append("{\"type\":\"ENTERPRISE\",\"id\":\"E").append(i).append("\"},");
        }
        targets.append(last);
        return "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"targets\":["
                + targets + "]}";
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1 | {\"type\":\"ENTERPRISE\"} | targets[0].id | REQUIRED | required property \"targets[0].id\" is missing",
        "8 | {\"type\":\"X\",\"id\":\"E\"} | targets[7].type | UNKNOWN_CODE | targets[7].type must be one of CHAMBER",
        "9 | {\"type\":\"X\",\"id\":\"E\"} | targets[8].type | UNKNOWN_CODE | targets[8].type must be one of CHAMBER",
        "12 | {\"type\":\"PERSON\",\"id\":\"E\",\"ids\":1} | targets[11].ids | UNKNOWN_PROPERTY | unknown property \"targets[11].ids\" (did you mean \"id\"?)",
        "10 | {\"type\":\"PERSON\",\"id\":\" \"} | targets[9].id | BLANK | targets[9].id must not be empty or blank",
        "11 | 7 | targets[10] | WRONG_TYPE | targets[10] must be an object - but was: a whole number"})
    void read_pathsInLongLists(int count, String last, String path, String code, String message) throws IOException {
        assertProblem(DatasetFile.ACTIVITIES, activityWithTargets(count, last), path, code, message);
    }

    @ParameterizedTest
    @CsvSource({"0, recognitions[0]", "7, recognitions[7]", "8, recognitions[8]", "10, recognitions[10]"})
    void read_pathsOfCodesInLists(int index, String path) throws IOException {
        StringBuilder recognitions = new StringBuilder();
        for (int i = 0; i < index; i++) {
            recognitions.append("\"KEY\",");
        }
        String line = "{\"id\":\"PR1\",\"session\":{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                + "\"submitter\":\"F1\",\"type\":\"GROUP\",\"submittedOn\":\"2017-02-20\",\"recognitions\":["
                + recognitions + "\"BEST\"]}";
        assertProblem(DatasetFile.PROPOSALS, line, path, "UNKNOWN_CODE",
                path + " must be one of KEY, EXCELLENT, PLENARY_SPEECH - but was: \"BEST\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":0,\"number\":1} | session.term | NOT_POSITIVE",
        "{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8} | session.number | REQUIRED",
        "{\"body\":\"CPPCC\",\"division\":330400,\"term\":8,\"number\":1} | session.division | WRONG_TYPE",
        "[] | session | WRONG_TYPE"})
    void read_pathsInANestedObject(String session, String path, String code) throws IOException {
        String line = "{\"id\":\"PR1\",\"session\":" + session + ",\"submitter\":\"F1\",\"type\":\"GROUP\","
                + "\"submittedOn\":\"2017-02-20\"}";
        assertProblem(DatasetFile.PROPOSALS, line, path, code, path);
    }

    @Test
    void shortName_isReadAndWritten() throws IOException {
        String federation = "{\"id\":\"F330400\",\"name\":\"嘉兴市工商业联合会\",\"shortName\":\"嘉兴市工商联\","
                + "\"level\":\"CITY\",\"division\":\"330400\"}";
        Federation f = MAPPER.readValue(federation, Federation.class);
        assertEquals(Optional.of("嘉兴市工商联"), f.getShortName());
        assertEquals(federation, MAPPER.writeValueAsString(f));
        String chamber = "{\"id\":\"C1\",\"name\":\"嘉兴市温州商会\",\"shortName\":\"温州商会\",\"kind\":\"OUT_OF_TOWN\","
                + "\"federation\":\"F330400\"}";
        assertEquals(Optional.of("温州商会"), MAPPER.readValue(chamber, Chamber.class).getShortName());
        assertEquals(chamber, MAPPER.writeValueAsString(MAPPER.readValue(chamber, Chamber.class)));
        assertProblem(DatasetFile.CHAMBERS, chamber.replace("温州商会\"", " \""), "shortName", "BLANK",
                "shortName must not be empty or blank");
        assertProblem(DatasetFile.FEDERATIONS, federation.replace("\"嘉兴市工商联\"", "1"), "shortName", "WRONG_TYPE",
                "shortName must be a string");
    }

    @Test
    void write_leavesOutDefaults() throws IOException {
        String line = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],"
                + "\"end\":\"2017-03-14\",\"sessions\":1,\"targets\":[],\"tags\":[],\"extensions\":{}}";
        assertEquals("{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
                MAPPER.writeValueAsString(MAPPER.readValue(line, Activity.class)));
        String proposal = "{\"id\":\"PR1\",\"session\":{\"body\":\"NPC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                + "\"submitter\":\"F1\",\"type\":\"MEMBER\",\"submittedOn\":\"2017-02-20\"}";
        assertEquals(proposal, MAPPER.writeValueAsString(MAPPER.readValue(proposal, Proposal.class)));
    }
}
