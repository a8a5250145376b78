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
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemPath() + " " + p.getProblemCode() + " " + p.getSeverity())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "federations.jsonl:3 parent UNKNOWN_PARENT ERROR",
                "memberships.jsonl:2 member UNKNOWN_REFERENCE WARNING",
                "activities.jsonl:1 targets[1].id UNKNOWN_REFERENCE WARNING",
                "activities.jsonl:2 id DUPLICATE_ID ERROR"), problems);
        FileReport federations = report.getFile("federations.jsonl");
        assertEquals(3, federations.getRead());
        assertEquals(2, federations.getValid());
        assertEquals(1, federations.getRejected());
        assertEquals(0, report.getFile("targets.jsonl").getRead());
        assertEquals(2, report.getErrorCount());
        assertEquals(2, report.getWarningCount());
        assertTrue(report.getProblems().stream().anyMatch(p -> p.getSeverity() == Severity.WARNING));
    }

    @Test
    void validate_parentCycle(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F1\",\"name\":\"a\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F2\"}",
                "{\"id\":\"F2\",\"name\":\"b\",\"level\":\"CITY\",\"division\":\"330400\",\"parent\":\"F1\"}");
        DataQualityReport report = Dataset.of(folder).validate();
        assertEquals(List.of("PARENT_CYCLE"), report.getProblems().stream().map(DatasetProblem::getProblemCode)
                .collect(Collectors.toList()));
        assertTrue(report.getProblems().get(0).getMessage().contains("F1"));
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

    @Test
    void validate_organisationIdsUsedTwice_withinAndAcrossFiles_firstDefinitionCounts(@TempDir Path folder)
            throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"市\",\"level\":\"CITY\",\"division\":\"330400\"}",
                "{\"id\":\"F330402\",\"name\":\"南湖\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330411\",\"name\":\"秀洲\",\"level\":\"COUNTY\",\"division\":\"330411\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330402\",\"name\":\"又一个\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330411\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330402\"}",
                "{\"id\":\"F330411\",\"name\":\"伪商会\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330402\"}");
        write(folder, "party-organizations.jsonl",
                "{\"id\":\"C1\",\"name\":\"党支部\",\"kind\":\"BRANCH\",\"host\":\"C1\"}");
        DataQualityReport report = Dataset.of(folder).withValidator(null).validate();
        List<String> problems = report.getProblems().stream()
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " " + p.getProblemCode() + " " + p.getMessage())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "federations.jsonl:4 F330402 id DUPLICATE_ID id F330402 is already used on line 2; the first definition counts",
                "chambers.jsonl:2 F330411 id DUPLICATE_ID id F330411 is already used on line 3 of federations.jsonl;"
                        + " the first definition counts",
                "party-organizations.jsonl:1 C1 id DUPLICATE_ID id C1 is already used on line 1 of chambers.jsonl;"
                        + " the first definition counts"), problems);
        assertEquals(1, report.getFile("federations.jsonl").getRejected());
        assertEquals(1, report.getFile("chambers.jsonl").getRejected());
    }

    @Test
    void validate_unknownHostAndParentsComeFromTheTreeCheck(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F1\",\"name\":\"a\",\"level\":\"CITY\",\"division\":\"330400\"}",
                "{\"id\":\"F2\",\"name\":\"b\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"C1\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F1\"}");
        write(folder, "party-organizations.jsonl",
                "{\"id\":\"P1\",\"name\":\"党支部\",\"kind\":\"BRANCH\",\"host\":\"X9\"}");
        List<String> problems = Dataset.of(folder).withValidator(null).validate().getProblems().stream()
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " " + p.getProblemCode())
                .collect(Collectors.toList());
        // a federation's parent must be a federation, not a chamber
        assertEquals(List.of("federations.jsonl:2 F2 parent UNKNOWN_PARENT",
                "party-organizations.jsonl:1 P1 host UNKNOWN_PARENT"), problems);
    }

    @Test
    void validate_repeatedTargetsAndMemberships_areWarningsNamingTheFirst(@TempDir Path folder) throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F1\",\"name\":\"a\",\"level\":\"CITY\",\"division\":\"330400\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F1\"}");
        write(folder, "enterprises.jsonl", "{\"id\":\"E1\",\"name\":\"某公司\"}");
        write(folder, "memberships.jsonl",
                "{\"member\":\"E1\",\"organization\":\"C1\",\"role\":\"MEMBER\"}",
                "{\"member\":\"E1\",\"organization\":\"C1\",\"role\":\"DIRECTOR\"}",
                "{\"member\":\"E1\",\"organization\":\"C1\",\"role\":\"MEMBER\",\"since\":\"2016-01-01\"}");
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"targets\":["
                        + "{\"type\":\"CHAMBER\",\"id\":\"C1\"},{\"type\":\"ENTERPRISE\",\"id\":\"C1\"},"
                        + "{\"type\":\"CHAMBER\",\"id\":\"C1\"},{\"type\":\"ENTERPRISE\",\"id\":\"E404\"},"
                        + "{\"type\":\"ENTERPRISE\",\"id\":\"E404\"}]}");
        DataQualityReport report = Dataset.of(folder).withValidator(null).validate();
        List<String> problems = report.getProblems().stream()
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemPath() + " " + p.getProblemCode() + " " + p.getSeverity() + " " + p.getMessage())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "memberships.jsonl:3  DUPLICATE_MEMBERSHIP WARNING the same member, organization and role (MEMBER) as on"
                        + " line 1; the membership counts once",
                "activities.jsonl:1 targets[2] DUPLICATE_TARGET WARNING targets[2] repeats targets[0] (the same CHAMBER);"
                        + " the pair counts once",
                "activities.jsonl:1 targets[4] DUPLICATE_TARGET WARNING targets[4] repeats targets[3] (the same"
                        + " ENTERPRISE); the pair counts once",
                "activities.jsonl:1 targets[1].id UNKNOWN_REFERENCE WARNING C1 is not an enterprise of the dataset",
                "activities.jsonl:1 targets[3].id UNKNOWN_REFERENCE WARNING E404 is not an enterprise of the dataset"),
                problems);
        assertEquals(0, report.getErrorCount());
    }

    @Test
    void validate_numbersBeyondAnyExponent_areOutOfRangeProblemsOfTheirLine(@TempDir Path folder) throws IOException {
        write(folder, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],"
                        + "\"extensions\":{\"x\":1E+2147483648}}",
                "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}");
        write(folder, "targets.jsonl",
                "{\"organization\":\"F1\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":1E+2147483648}",
                "{\"organization\":\"F1\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":-1e-2147483649}",
                "{\"organization\":\"F1\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":1E+2147483647}");
        DataQualityReport report = Dataset.of(folder).withValidator(null).validate();
        List<String> problems = report.getProblems().stream()
                .filter(p -> p.isError())
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemPath() + " " + p.getProblemCode())
                .collect(Collectors.toList());
        assertEquals(List.of("activities.jsonl:1 extensions.x OUT_OF_RANGE", "targets.jsonl:1 value OUT_OF_RANGE",
                "targets.jsonl:2 value OUT_OF_RANGE", "targets.jsonl:3 value OUT_OF_RANGE"), problems);
        assertEquals(1, report.getFile("activities.jsonl").getValid());
    }
    @Test
    void validate_structureProblemsFoundAfterTheFile_areListedByLineUnderTheLimit_andRejectOnce(@TempDir Path folder)
            throws IOException {
        write(folder, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        write(folder, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F999999\"}",
                "{\"id\":\"C2\",\"name\":\"乙\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330400\"}",
                "{\"id\":\"C3\",",
                "{\"id\":\"C1\",\"name\":\"丙\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330400\"}",
                "{\"id\":\"C5\",");
        // one problem listed per file: the structure check's UNKNOWN_PARENT of line 1 comes before
        // the MALFORMED_JSON of line 3, although it is found once every file is read
        DataQualityReport report = Dataset.of(folder).withMaxProblemsPerFile(1).validate();
        FileReport chambers = report.getFile("chambers.jsonl");
        assertEquals(List.of("chambers.jsonl:1 UNKNOWN_PARENT"), chambers.getProblems().stream()
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemCode()).toList());
        assertEquals(java.util.Map.of("UNKNOWN_PARENT", 1L, "MALFORMED_JSON", 2L, "DUPLICATE_ID", 1L),
                report.getProblemCounts());
        assertEquals(3, report.getProblemsNotListed());
        assertEquals(5, chambers.getRead());
        assertEquals(1, chambers.getValid());
        assertEquals(4, chambers.getRejected());
    }
}
