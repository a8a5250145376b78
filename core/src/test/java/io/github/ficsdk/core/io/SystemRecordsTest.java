package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketChannel;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The files of tickets, investment projects and annual tasks: golden JSON written by hand from the
 * data model, every required property missing, every ordering rule broken, unknown references.
 */
class SystemRecordsTest {

    private static final ObjectMapper MAPPER = FicJson.mapper();

    static final Ticket TICKET = Ticket.builder().id("T2017-003").raisedOn(LocalDate.of(2017, 3, 2))
            .raisedBy("91330481MA28A0001X").receivedBy("F330400").category(TicketCategory.FINANCING)
            .summary("流动资金贷款到期续贷难").channel(TicketChannel.SERVICE_ALLIANCE).activity("A17")
            .addAssignedTo("市金融办").addAssignedTo("人行嘉兴中心支行").status(TicketStatus.RESOLVED)
            .resolvedOn(LocalDate.of(2017, 3, 20)).reply("已协调银行办理无还本续贷").build();
    static final InvestmentProject PROJECT = InvestmentProject.builder().id("PJ2017-01").name("智能装备产业园")
            .organization("51330400MJ0000000X").signedOn(LocalDate.of(2017, 4, 18))
            .investmentYuan(Yuan.parse("300000000.00")).investor("91330481MA28A0001X").originRegion("330300")
            .stage(ProjectStage.STARTED).startedOn(LocalDate.of(2017, 6, 1))
            .fundsInPlaceYuan(Yuan.parse("120000000.50")).industry("C34").build();
    static final AnnualTask TASK = AnnualTask.builder().id("TK2017-04").year(2017).owner("F330481")
            .title("开展非公有制经济人士理想信念教育实践活动").weight(new BigDecimal("10")).assignedBy("F330400")
            .dueOn(LocalDate.of(2017, 11, 30)).completedOn(LocalDate.of(2017, 6, 20))
            .addEvidence("A17").addEvidence("PR-2017-006").build();

    static Stream<Arguments> goldens() {
        return Stream.of(Arguments.of("ticket.json", DatasetFile.TICKETS, TICKET),
                Arguments.of("project.json", DatasetFile.PROJECTS, PROJECT),
                Arguments.of("task.json", DatasetFile.TASKS, TASK));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SystemRecordsTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static <T> List<DatasetProblem> readLine(DatasetFile<T> file, String line, List<T> records)
            throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (JsonLinesReader<T> reader = JsonLinesReader.open(file, new ByteArrayInputStream(
                (line + "\n").getBytes(StandardCharsets.UTF_8)), file.getFileName(), problems::add)) {
            for (T r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
        }
        return problems;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    <T> void goldenFile_readsAsTheExpectedValue_andIsWrittenBack(String name, DatasetFile<T> file, T expected)
            throws IOException {
        String json = golden(name);
        assertEquals(expected, MAPPER.readValue(json, file.getType()));
        List<T> records = new ArrayList<>();
        assertEquals(List.of(), readLine(file, MAPPER.readTree(json).toString(), records));
        assertEquals(List.of(expected), records);
        assertEquals(MAPPER.readTree(json), MAPPER.readTree(MAPPER.writeValueAsString(expected)));
    }

    @Test
    void defaults_openTicket_signedProject() throws IOException {
        Ticket ticket = MAPPER.readValue("{\"id\":\"T1\",\"raisedOn\":\"2017-01-05\",\"raisedBy\":\"E1\","
                + "\"receivedBy\":\"F1\",\"category\":\"OTHER\",\"summary\":\"s\"}", Ticket.class);
        assertEquals(TicketStatus.OPEN, ticket.getStatus());
        assertFalse(ticket.isClosed());
        InvestmentProject project = MAPPER.readValue("{\"id\":\"P1\",\"name\":\"n\",\"organization\":\"F1\","
                + "\"signedOn\":\"2017-01-05\",\"investmentYuan\":\"1\"}", InvestmentProject.class);
        assertEquals(ProjectStage.SIGNED, project.getStage());
        assertTrue(TASK.isCompletedOnTime());
        AnnualTask late = AnnualTask.builder().from(TASK).completedOn(LocalDate.of(2017, 12, 1)).build();
        assertFalse(late.isCompletedOnTime());
        AnnualTask noDue = AnnualTask.builder().from(TASK).dueOn(java.util.Optional.empty())
                .completedOn(LocalDate.of(2017, 12, 31)).build();
        assertTrue(noDue.isCompletedOnTime(), "without a due day the year's last day is the deadline");
        assertFalse(AnnualTask.builder().from(TASK).completedOn(java.util.Optional.empty()).build().isCompletedOnTime());
    }

    static Stream<Arguments> requiredProperties() {
        List<Arguments> out = new ArrayList<>();
        for (String p : List.of("id", "raisedOn", "raisedBy", "receivedBy", "category", "summary")) {
            out.add(Arguments.of("ticket.json", DatasetFile.TICKETS, p));
        }
        for (String p : List.of("id", "name", "organization", "signedOn", "investmentYuan")) {
            out.add(Arguments.of("project.json", DatasetFile.PROJECTS, p));
        }
        for (String p : List.of("id", "year", "owner", "title", "weight")) {
            out.add(Arguments.of("task.json", DatasetFile.TASKS, p));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} without {2}")
    @MethodSource("requiredProperties")
    <T> void requiredPropertyMissing_isRequired_andTheLineIsSkipped(String golden, DatasetFile<T> file,
            String property) throws IOException {
        ObjectNode node = (ObjectNode) MAPPER.readTree(golden(golden));
        node.remove(property);
        List<T> records = new ArrayList<>();
        List<DatasetProblem> problems = readLine(file, node.toString(), records);
        assertEquals(List.of(), records);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("REQUIRED", problems.get(0).getProblemCode());
        assertEquals(property, problems.get(0).getProblemPath());
        assertEquals(1, problems.get(0).getLine());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "ticket.json|resolvedOn|\"2017-03-01\"|RESOLVED_BEFORE_RAISED|resolvedOn",
        "ticket.json|resolvedOn|null|RESOLVED_ON_REQUIRED|resolvedOn",
        "project.json|startedOn|\"2017-04-17\"|STARTED_BEFORE_SIGNED|startedOn",
        "project.json|fundsInPlaceYuan|\"300000000.01\"|FUNDS_ABOVE_INVESTMENT|fundsInPlaceYuan",
        "task.json|weight|0|NOT_POSITIVE|weight",
        "task.json|weight|-1.5|NOT_POSITIVE|weight",
        "task.json|year|999|OUT_OF_RANGE|year",
        "task.json|evidence|[\"A1\",\" \"]|BLANK|evidence[1]"})
    void ruleBroken_isItsCode(String golden, String property, String value, String code, String path)
            throws IOException {
        ObjectNode node = (ObjectNode) MAPPER.readTree(golden(golden));
        if (value.equals("null")) {
            node.remove(property);
        } else {
            node.set(property, MAPPER.readTree(value));
        }
        DatasetFile<?> file = golden.startsWith("ticket") ? DatasetFile.TICKETS
                : golden.startsWith("project") ? DatasetFile.PROJECTS : DatasetFile.TASKS;
        List<Object> records = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<DatasetProblem> problems = readLine((DatasetFile<Object>) file, node.toString(), records);
        assertEquals(List.of(), records);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(code, problems.get(0).getProblemCode(), problems.toString());
        assertEquals(path, problems.get(0).getProblemPath());
        assertTrue(ProblemCode.find(code).isPresent(), code + " is in the catalogue");
    }

    @Test
    void closedUnresolved_needsResolvedOn_andAnOpenTicketDoesNot() throws IOException {
        ObjectNode node = (ObjectNode) MAPPER.readTree(golden("ticket.json"));
        node.remove("resolvedOn");
        node.put("status", "CLOSED_UNRESOLVED");
        List<Ticket> records = new ArrayList<>();
        assertEquals("RESOLVED_ON_REQUIRED", readLine(DatasetFile.TICKETS, node.toString(), records).get(0).getProblemCode());
        node.put("status", "IN_PROGRESS");
        assertEquals(List.of(), readLine(DatasetFile.TICKETS, node.toString(), records));
        assertEquals(1, records.size());
    }

    @Test
    void validate_namesUnknownReferences_ofTicketsProjectsTasks(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"),
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}\n");
        Files.writeString(folder.resolve("tickets.jsonl"), MAPPER.readTree(golden("ticket.json")) + "\n");
        Files.writeString(folder.resolve("projects.jsonl"), MAPPER.readTree(golden("project.json")) + "\n");
        Files.writeString(folder.resolve("tasks.jsonl"), MAPPER.readTree(golden("task.json")) + "\n"
                + MAPPER.readTree(golden("task.json")) + "\n");
        DataQualityReport report = Dataset.of(folder).validate();
        List<String> found = new ArrayList<>();
        for (FileReport file : report.getFiles()) {
            for (DatasetProblem p : file.getProblems()) {
                found.add(p.getFile() + ":" + p.getLine() + ":" + p.getProblemPath() + ":" + p.getProblemCode());
            }
        }
        assertEquals(List.of(
                "tickets.jsonl:1:raisedBy:UNKNOWN_REFERENCE", "tickets.jsonl:1:activity:UNKNOWN_REFERENCE",
                "projects.jsonl:1:organization:UNKNOWN_REFERENCE", "projects.jsonl:1:investor:UNKNOWN_REFERENCE",
                "tasks.jsonl:1:owner:UNKNOWN_REFERENCE", "tasks.jsonl:1:evidence[0]:UNKNOWN_REFERENCE",
                "tasks.jsonl:1:evidence[1]:UNKNOWN_REFERENCE",
                "tasks.jsonl:2:id:DUPLICATE_ID", "tasks.jsonl:2:owner:UNKNOWN_REFERENCE",
                "tasks.jsonl:2:evidence[0]:UNKNOWN_REFERENCE", "tasks.jsonl:2:evidence[1]:UNKNOWN_REFERENCE"), found);
    }

    @Test
    void validate_knownReferences_acrossFiles_areClean(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"),
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}\n"
                + "{\"id\":\"F330481\",\"name\":\"海宁市工商联\",\"level\":\"COUNTY\",\"division\":\"330481\",\"parent\":\"F330400\"}\n");
        Files.writeString(folder.resolve("chambers.jsonl"), "{\"id\":\"51330400MJ0000000X\",\"name\":\"嘉兴市温州商会\","
                + "\"kind\":\"OUT_OF_TOWN\",\"federation\":\"F330400\"}\n");
        Files.writeString(folder.resolve("enterprises.jsonl"), "{\"id\":\"91330481MA28A0001X\",\"name\":\"某公司\"}\n");
        Files.writeString(folder.resolve("activities.jsonl"), "{\"id\":\"A17\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\","
                + "\"organizers\":[\"F330400\"]}\n");
        Files.writeString(folder.resolve("proposals.jsonl"), "{\"id\":\"PR-2017-006\",\"session\":{\"body\":\"CPPCC\","
                + "\"division\":\"330400\",\"term\":8,\"number\":1},\"submitter\":\"F330400\",\"type\":\"GROUP\","
                + "\"submittedOn\":\"2017-02-20\"}\n");
        Files.writeString(folder.resolve("tickets.jsonl"), MAPPER.readTree(golden("ticket.json")) + "\n");
        Files.writeString(folder.resolve("projects.jsonl"), MAPPER.readTree(golden("project.json")) + "\n");
        Files.writeString(folder.resolve("tasks.jsonl"), MAPPER.readTree(golden("task.json")) + "\n");
        DataQualityReport report = Dataset.of(folder).validate();
        assertEquals(List.of(), report.getProblems());
        assertEquals(1, report.getFile("tasks.jsonl").getValid());
        assertEquals(1, report.getFile("tickets.jsonl").getValid());
        assertEquals(1, report.getFile("projects.jsonl").getValid());
    }
}
