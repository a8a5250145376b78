package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem looks the same in a report's JSON as in the data-quality JSON Lines: one writer, {@code ProblemJson}. */
class ReportProblemsJsonTest {

    private static void write(Path folder, String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static ReportQuery query() {
        return ReportQuery.builder().period(ReportingPeriod.parse("2017")).scope("F330400")
                .indicators(List.of("FORUM.EVENTS")).threads(1).build();
    }

    @Test
    void json_problemsAsTheDataQualityLinesWriteThem(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"FORUM\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"]}",
                "",
                "{\"id\":\"A3\",\"kind\":\"TRAINING\",\"start\":\"2017-03-14\",\"end\":\"2017-03-10\",\"organizers\":[\"F330400\"]}",
                "{\"id\":\"A4\",\"kind\":\"FORUM\",\"start\":\"2017-03-1");
        Dataset dataset = Dataset.of(folder);
        String json = ReportRenderers.json(ReportEngine.standard().run(query(), dataset));
        List<String> validateLines = dataset.validate().toJsonLines(Locale.ENGLISH).lines().toList();
        List<String> problems = validateLines.subList(0, validateLines.size() - 1);
        assertEquals(3, problems.size(), validateLines.toString());
        assertTrue(json.contains("\"problems\":[" + String.join(",", problems) + "]"), json + "\n" + problems);
        JsonNode blank = new ObjectMapper().readTree(json).get("problems").get(0);
        assertEquals("BLANK_LINE", blank.get("code").asText());
        assertTrue(blank.has("id") && blank.get("id").isNull(), blank.toString());
        assertEquals("ERROR", blank.get("severity").asText());
        List<String> fields = new ArrayList<>();
        blank.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("file", "line", "id", "path", "severity", "code", "message"), fields);
    }

    @Test
    void json_cleanDataHasNoProblems(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"FORUM\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"]}");
        String json = ReportRenderers.json(ReportEngine.standard().run(query(), Dataset.of(folder)));
        assertEquals("{\"period\":\"2017\",\"scope\":\"F330400\",\"values\":[{\"indicator\":\"FORUM.EVENTS\","
                + "\"scope\":\"F330400\",\"value\":1,\"unit\":\"场\",\"name\":\"举办论坛、讲座、报告会\"}]}\n", json);
        assertFalse(json.contains("problem"), json);
    }
}
