package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    private static void write(Path folder, String file, String... lines) throws IOException {
        Files.writeString(folder.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void validate_crossFileChecks(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}",
                "{\"id\":\"F330421\",\"name\":\"嘉善县工商联\",\"level\":\"COUNTY\",\"division\":\"330421\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330482\",\"name\":\"平湖市工商联\",\"level\":\"COUNTY\",\"division\":\"330482\",\"parent\":\"F999999\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"温州商会\",\"kind\":\"OUT_OF_TOWN\",\"federation\":\"F330400\"}");
        write(folder, "enterprises.jsonl", "{\"id\":\"E1\",\"name\":\"某公司\"}");
        write(folder, "memberships.jsonl",
                "{\"member\":\"E1\",\"organization\":\"C1\",\"role\":\"MEMBER\"}",
                "{\"member\":\"E9\",\"organization\":\"C1\",\"role\":\"MEMBER\"}");
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"],\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"},{\"type\":\"ENTERPRISE\",\"id\":\"E7\"}]}",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-15\",\"organizers\":[\"F330400\"]}");
        DataQualityReport report = Dataset.of(folder).validate();
        List<String> problems = report.getProblems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.path() + " " + p.code() + " " + p.severity())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "federations.jsonl:3 parent UNKNOWN_PARENT ERROR",
                "memberships.jsonl:2 member UNKNOWN_REFERENCE WARNING",
                "activities.jsonl:1 targets[1].id UNKNOWN_REFERENCE WARNING",
                "activities.jsonl:2 id DUPLICATE_ID ERROR"), problems);
        FileReport federations = report.getFile("federations.jsonl");
        assertEquals(3, federations.read());
        assertEquals(2, federations.valid());
        assertEquals(1, federations.rejected());
        assertEquals(0, report.getFile("targets.jsonl").read());
        assertEquals(2, report.getErrorCount());
        assertEquals(2, report.getWarningCount());
        assertTrue(report.getProblems().stream().anyMatch(p -> p.severity() == Severity.WARNING));
    }

    @Test
    void validate_parentCycle(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F1\",\"name\":\"a\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F2\"}",
                "{\"id\":\"F2\",\"name\":\"b\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F1\"}");
        DataQualityReport report = Dataset.of(folder).validate();
        assertEquals(List.of("PARENT_CYCLE"), report.getProblems().stream().map(DatasetProblem::code)
                .collect(Collectors.toList()));
        assertTrue(report.getProblems().get(0).message().contains("F1"));
    }

    @Test
    void stream_missingFileIsEmpty(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        assertEquals(List.of(), Dataset.of(folder).readAll(DatasetFile.ACTIVITIES));
        assertTrue(Dataset.of(folder).validate().isClean());
    }

    @Test
    void write_oneObjectPerLineWithNothingBeforeIt(@TempDir Path folder) throws IOException {
        Dataset dataset = Dataset.of(folder);
        dataset.write(DatasetFile.FEDERATIONS, java.util.List.of(
                io.github.ficsdk.core.org.Federation.builder().id("F330400").name("嘉兴市工商联")
                        .level(io.github.ficsdk.core.org.FederationLevel.CITY).division("330400").build(),
                io.github.ficsdk.core.org.Federation.builder().id("F330402").name("南湖区工商联")
                        .level(io.github.ficsdk.core.org.FederationLevel.COUNTY).division("330402").parent("F330400").build()));
        java.util.List<String> lines = Files.readAllLines(folder.resolve("federations.jsonl"));
        assertEquals(2, lines.size());
        for (String line : lines) {
            assertTrue(line.startsWith("{\"id\":\"F3304"), line);
            assertTrue(line.endsWith("}"), line);
        }
    }
}
