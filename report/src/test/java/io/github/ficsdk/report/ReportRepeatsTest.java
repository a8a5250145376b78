package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static io.github.ficsdk.report.Fixtures.h1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dataset folder with repeats and numbers beyond range: the report counts right or refuses. */
class ReportRepeatsTest {

    private static void write(Path dir, String file, String... lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static void organisations(Path dir) throws IOException {
        write(dir, "federations.jsonl",
                "{\"id\":\"F330400\",\"name\":\"市\",\"level\":\"CITY\",\"division\":\"330400\"}",
                "{\"id\":\"F330402\",\"name\":\"南湖\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330411\",\"name\":\"秀洲\",\"level\":\"COUNTY\",\"division\":\"330411\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330402\",\"name\":\"南湖又一行\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330411\"}");
        write(dir, "chambers.jsonl",
                "{\"id\":\"C1\",\"name\":\"甲\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330402\"}",
                "{\"id\":\"F330411\",\"name\":\"伪商会\",\"kind\":\"TOWNSHIP\",\"federation\":\"F330402\"}");
    }

    private static List<String> problems(Report report) {
        return report.getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " "
                + p.getProblemCode()).toList();
    }

    @Test
    void organisationIdsUsedTwice_firstDefinitionCounts_childRowsAddUp(@TempDir Path dir) throws IOException {
        organisations(dir);
        write(dir, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330402\"]}",
                "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"C1\"]}",
                "{\"id\":\"A3\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330411\"]}");
        Report report = ReportEngine.standard().run(h1("VISIT.EVENTS").build(), Dataset.of(dir));
        assertEquals(List.of(CITY, NANHU, XIUZHOU), report.getRows());
        assertEquals(new BigDecimal(3), report.total("VISIT.EVENTS").orElseThrow().getValue());
        assertEquals(new BigDecimal(2), report.value(NANHU, "VISIT.EVENTS").orElseThrow().getValue());
        assertEquals(new BigDecimal(1), report.value(XIUZHOU, "VISIT.EVENTS").orElseThrow().getValue());
        assertEquals(List.of("federations.jsonl:4 F330402 id DUPLICATE_ID", "chambers.jsonl:2 F330411 id DUPLICATE_ID"),
                problems(report));
        assertEquals("南湖", ReportEngine.standard().run(h1("VISIT.EVENTS").scope(NANHU).build(), Dataset.of(dir))
                .getScopeName());
    }

    @Test
    void proposalIdsUsedTwice_countOnce(@TempDir Path dir) throws IOException {
        organisations(dir);
        String p = "{\"id\":\"P1\",\"session\":{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                + "\"submitter\":\"F330402\",\"type\":\"GROUP\",\"submittedOn\":\"2017-02-01\"}";
        write(dir, "proposals.jsonl", p, p.replace("\"P1\"", "\"P2\""), p.replace("GROUP", "MEMBER"));
        Report report = ReportEngine.standard().run(h1("PROPOSAL.SUBMITTED", "PROPOSAL.GROUP").build(), Dataset.of(dir));
        assertEquals(new BigDecimal(2), report.total("PROPOSAL.SUBMITTED").orElseThrow().getValue());
        assertEquals(new BigDecimal(2), report.total("PROPOSAL.GROUP").orElseThrow().getValue());
        DatasetProblem repeat = report.getProblems().get(2);
        assertEquals("proposals.jsonl:3 P1 id DUPLICATE_ID", problems(report).get(2));
        assertEquals("id P1 is already used on line 1; the first occurrence counts", repeat.getMessage());
    }

    @Test
    void aTargetValueBeyondAnyExponent_isTheProblemOfItsLine(@TempDir Path dir) throws IOException {
        organisations(dir);
        write(dir, "targets.jsonl",
                "{\"organization\":\"F330400\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":1E+2147483648}",
                "{\"organization\":\"F330400\",\"year\":2017,\"indicator\":\"VISIT.EVENTS\",\"value\":12}");
        write(dir, "activities.jsonl",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330402\"]}");
        Report report = ReportEngine.standard().run(h1("VISIT.EVENTS").compareWithTargets(true).build(),
                Dataset.of(dir));
        assertEquals(new BigDecimal(12), report.total("VISIT.EVENTS").orElseThrow().getTarget().orElse(null));
        assertEquals("targets.jsonl:1 null value OUT_OF_RANGE", problems(report).get(2));
    }

    @Test
    void sumsBeyondLong_inTheParallelScan_areRefusedNamingIndicatorAndRow(@TempDir Path dir) throws IOException {
        organisations(dir);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            lines.append("{\"id\":\"A").append(i).append("\",\"kind\":\"CHARITY\",\"start\":\"2017-03-01\",")
                    .append("\"organizers\":[\"F330411\"],\"amountYuan\":\"").append(i % 40 == 0 ? "999999999999999.99" : "1.00")
                    .append("\"}\n");
        }
        Files.writeString(dir.resolve("activities.jsonl"), lines, StandardCharsets.UTF_8);
        for (int threads = 1; threads <= 2; threads++) {
            ReportQuery query = h1("CHARITY.EVENTS", "CHARITY.AMOUNT").threads(threads).build();
            FigureOutOfRangeException e = assertThrows(FigureOutOfRangeException.class,
                    () -> ReportEngine.standard().run(query, Dataset.of(dir)));
            assertEquals("CHARITY.AMOUNT", e.getIndicator());
            assertEquals(XIUZHOU.equals(e.getRow()) || CITY.equals(e.getRow()), true, e.getRow());
        }
    }
    @Test
    void manyRepeats_areCountedExactly_butOnlyTheFirstAreListed(@TempDir Path dir) throws IOException {
        organisations(dir);
        int copies = 30_000;
        String line = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330402\"],"
                + "\"participants\":2}";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            text.append(line).append('\n');
        }
        // and proposals repeated as often
        StringBuilder proposals = new StringBuilder();
        for (int i = 0; i < copies; i++) {
            proposals.append("{\"id\":\"P1\",\"session\":{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8,"
                    + "\"number\":1},\"submitter\":\"F330402\",\"type\":\"GROUP\",\"submittedOn\":\"2017-02-01\"}\n");
        }
        Files.writeString(dir.resolve("activities.jsonl"), text, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("proposals.jsonl"), proposals, StandardCharsets.UTF_8);
        for (int threads = 1; threads <= 3; threads += 2) {
            Report report = ReportEngine.standard().run(h1("VISIT.EVENTS", "VISIT.PARTICIPANTS", "PROPOSAL.SUBMITTED")
                    .threads(threads).build(), Dataset.of(dir).withMaxProblemsPerFile(10));
            assertEquals(new BigDecimal(1), report.total("PROPOSAL.SUBMITTED").orElseThrow().getValue());
            assertEquals(10, report.getProblems().stream().filter(p -> p.getFile().equals("proposals.jsonl")).count());
            assertEquals(new BigDecimal(1), report.total("VISIT.EVENTS").orElseThrow().getValue());
            assertEquals(new BigDecimal(2), report.total("VISIT.PARTICIPANTS").orElseThrow().getValue());
            List<DatasetProblem> activityRepeats = report.getProblems().stream()
                    .filter(p -> p.getFile().equals("activities.jsonl")).toList();
            // the first ten of the file, in line order, each naming line 1
            assertEquals(10, activityRepeats.size());
            for (int k = 0; k < 10; k++) {
                assertEquals(k + 2, activityRepeats.get(k).getLine());
                assertEquals("DUPLICATE_ID", activityRepeats.get(k).getProblemCode());
                assertEquals("id A1 is already used on line 1; the first occurrence counts", activityRepeats.get(k).getMessage());
            }
            long repeats = 2L * (copies - 1);
            assertEquals(repeats, report.getProblemCounts().get("DUPLICATE_ID") - 2, report.getProblemCounts().toString());
            assertEquals(report.getProblemCounts().values().stream().mapToLong(Long::longValue).sum()
                    - report.getProblems().size(), report.getProblemsNotListed());
        }
    }
}
