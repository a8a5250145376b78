package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one writer of a problem as JSON, and the data-quality JSON Lines built on it (the {@code validate} output). */
class ProblemJsonTest {

    private static String json(DatasetProblem problem) throws IOException {
        JsonFactory factory = new JsonFactoryBuilder().characterEscapes(FicJson.displayEscapes()).build();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = factory.createGenerator(out)) {
            ProblemJson.write(g, problem);
        }
        return out.toString();
    }

    @Test
    void write_everyFieldInOrder() throws IOException {
        assertEquals("{\"file\":\"activities.jsonl\",\"line\":4,\"id\":\"A4\",\"path\":\"targets[0].id\",\"severity\":\"WARNING\","
                + "\"code\":\"UNKNOWN_REFERENCE\",\"message\":\"E404 is not an enterprise of the dataset\"}",
                json(DatasetProblem.of("activities.jsonl", 4, "A4", "targets[0].id", Severity.WARNING, "UNKNOWN_REFERENCE",
                        "E404 is not an enterprise of the dataset")));
    }

    @Test
    void write_unknownIdIsNullAndControlsAreEscaped() throws IOException {
        assertEquals("{\"file\":\"activities.jsonl\",\"line\":2,\"id\":null,\"path\":\"\",\"severity\":\"ERROR\","
                + "\"code\":\"MALFORMED_JSON\",\"message\":\"bad \\\\u001B[31m text 138****5678\"}",
                json(DatasetProblem.of("activities.jsonl", 2, null, "", Severity.ERROR, "MALFORMED_JSON",
                        "bad \u001B[31m text 13812345678")));
    }

    private static void write(Path folder, String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void toJsonLines_problemsThenCounts(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"],\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E7\"}]}",
                "",
                "{\"id\":\"A3\",\"kind\":\"TRAINING\",\"start\":\"2017-03-14\",\"end\":\"2017-03-10\",\"organizers\":[\"F330400\"]}");
        write(folder, "Proposals.jsonl", "{}");
        DataQualityReport quality = Dataset.of(folder).validate();
        String counts = "{\"read\":3,\"valid\":2,\"rejected\":1,\"errors\":2,\"warnings\":2,"
                + "\"codes\":{\"BLANK_LINE\":1,\"END_BEFORE_START\":1,\"UNKNOWN_FILE\":1,\"UNKNOWN_REFERENCE\":1},\"notListed\":0,"
                + "\"files\":[{\"file\":\".\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"federations.jsonl\",\"read\":1,\"valid\":1,\"rejected\":0},"
                + "{\"file\":\"chambers.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"party-organizations.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"enterprises.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"persons.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"memberships.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"activities.jsonl\",\"read\":2,\"valid\":1,\"rejected\":1},"
                + "{\"file\":\"proposals.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"targets.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"tickets.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"projects.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0},"
                + "{\"file\":\"tasks.jsonl\",\"read\":0,\"valid\":0,\"rejected\":0}]}\n";
        assertEquals("{\"file\":\"Proposals.jsonl\",\"line\":0,\"id\":null,\"path\":\"\",\"severity\":\"WARNING\",\"code\":\"UNKNOWN_FILE\","
                + "\"message\":\"Proposals.jsonl is not a file of the data model; did you mean proposals.jsonl? Rename it, or its records are not read\"}\n"
                + "{\"file\":\"activities.jsonl\",\"line\":1,\"id\":\"A1\",\"path\":\"targets[0].id\",\"severity\":\"WARNING\","
                + "\"code\":\"UNKNOWN_REFERENCE\",\"message\":\"E7 is not an enterprise of the dataset\"}\n"
                + "{\"file\":\"activities.jsonl\",\"line\":2,\"id\":null,\"path\":\"\",\"severity\":\"ERROR\",\"code\":\"BLANK_LINE\","
                + "\"message\":\"blank line: every line must hold one JSON object\"}\n"
                + "{\"file\":\"activities.jsonl\",\"line\":3,\"id\":\"A3\",\"path\":\"end\",\"severity\":\"ERROR\",\"code\":\"END_BEFORE_START\","
                + "\"message\":\"end must not be before start - but was: end 2017-03-10, start 2017-03-14\"}\n"
                + counts, quality.toJsonLines(Locale.ENGLISH));
        String zh = quality.toJsonLines(Locale.SIMPLIFIED_CHINESE);
        List<String> lines = zh.lines().toList();
        assertEquals(5, lines.size());
        assertEquals("{\"file\":\"activities.jsonl\",\"line\":3,\"id\":\"A3\",\"path\":\"end\",\"severity\":\"ERROR\",\"code\":\"END_BEFORE_START\","
                + "\"message\":\"结束日期早于开始日期：end must not be before start - but was: end 2017-03-10, start 2017-03-14\"}", lines.get(3));
        assertEquals(counts, lines.get(4) + "\n");
        // every line a JSON object of its own, the problems as ProblemJson writes them
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < quality.getProblems().size(); i++) {
            DatasetProblem p = ProblemMessages.localize(quality.getProblems().get(i), Locale.SIMPLIFIED_CHINESE);
            assertEquals(json(p), lines.get(i));
            JsonNode node = mapper.readTree(lines.get(i));
            assertEquals(p.getProblemCode(), node.get("code").asText());
        }
    }

    @Test
    void toJsonLines_cleanDatasetIsOneLineOfCounts(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        String out = Dataset.of(folder).validate().toJsonLines(Locale.SIMPLIFIED_CHINESE);
        assertEquals(1, out.lines().count(), out);
        assertEquals("{\"read\":1,\"valid\":1,\"rejected\":0,\"errors\":0,\"warnings\":0,\"codes\":{},\"notListed\":0,\"files\":[",
                out.substring(0, out.indexOf('[') + 1));
    }
}
