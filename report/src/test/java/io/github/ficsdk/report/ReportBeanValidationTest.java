package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.validation.FicValidator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The records that {@link Dataset#validate()} rejects for Bean Validation alone (a credit code,
 * a region, an id that is not one) are rejected by the report too, with the same problems, and
 * its figures are those of the records accepted.
 */
class ReportBeanValidationTest {

    private static final String VISIT = "{\"id\":\"%s\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"%s\"]%s,"
            + "\"participants\":10,\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"%s\"}]}";

    private static String visit(String id, String organizer, String region, String target) {
        return String.format(VISIT, id, organizer, region == null ? "" : ",\"region\":\"" + region + "\"", target);
    }

    private static Map<String, BigDecimal> values(Report report) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (ReportValue v : report.getValues()) {
            out.put(v.getScope() + " " + v.getIndicator(), v.getValue());
        }
        return out;
    }

    @Test
    void recordsRejectedByBeanValidation_areLeftOut_andListedAsValidateListsThem(@TempDir Path dir,
            @TempDir Path clean) throws Exception {
        for (Path folder : List.of(dir, clean)) {
            Dataset d = Dataset.of(folder);
            d.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
            d.write(DatasetFile.PARTY_ORGANIZATIONS, Fixtures.organizations().getPartyOrganizations());
        }
        String goodChambers = "{\"id\":\"C1\",\"name\":\"南湖区服装商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F330402\"}\n"
                + "{\"id\":\"C0\",\"name\":\"嘉兴市温州商会\",\"kind\":\"OUT_OF_TOWN\",\"federation\":\"F330400\"}\n";
        String badChamber = "{\"id\":\"C9\",\"name\":\"南湖区五金商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F330402\","
                + "\"creditCode\":\"123\"}\n";
        Files.writeString(dir.resolve("chambers.jsonl"), goodChambers + badChamber, StandardCharsets.UTF_8);
        Files.writeString(clean.resolve("chambers.jsonl"), goodChambers, StandardCharsets.UTF_8);
        String good = visit("A1", "F330402", "330402", "C1") + "\n" + visit("A2", "C1", null, "C0") + "\n";
        Files.writeString(dir.resolve("activities.jsonl"), good
                + visit("A3", "F330402", "bad", "C1") + "\n"
                + visit("bad id", "F330402", null, "C1") + "\n"
                + visit("A4", "F330402", "999999", "C1") + "\n"
                + visit("A5", "not an id", null, "C1") + "\n"
                + visit("A6", "F330402", null, "C 1") + "\n"
                // a chamber rejected is not an organizer either
                + visit("A7", "C9", null, "C1") + "\n", StandardCharsets.UTF_8);
        Files.writeString(clean.resolve("activities.jsonl"), good, StandardCharsets.UTF_8);

        ReportQuery query = Fixtures.h1("VISIT.EVENTS", "VISIT.PARTICIPANTS", "VISIT.TARGETS.CHAMBER")
                .breakdown(Breakdown.NONE).build();
        for (FicValidator validator : List.of(FicValidator.chinese(), FicValidator.english())) {
            Dataset dataset = Dataset.of(dir).withValidator(validator);
            Report report = ReportEngine.standard().run(query, dataset);
            List<DatasetProblem> errors = dataset.validate().getProblems().stream()
                    .filter(DatasetProblem::isError).toList();
            assertEquals(List.of("chambers.jsonl:3 C9 creditCode CREDIT_CODE_LENGTH",
                    "activities.jsonl:3 A3 region DIVISION_CODE_FORMAT",
                    "activities.jsonl:4 bad id id ID_FORMAT",
                    "activities.jsonl:5 A4 region DIVISION_CODE_UNKNOWN",
                    "activities.jsonl:6 A5 organizers[0] ID_FORMAT",
                    "activities.jsonl:7 A6 targets[0].id ID_FORMAT"),
                    errors.stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " " + p.getProblemCode())
                            .toList());
            // the same problems, worded the same; A7's organizer is unknown, which changes no figure
            assertEquals(errors, report.getProblems().stream().filter(DatasetProblem::isError).toList());
            Report expected = ReportEngine.standard().run(query, Dataset.of(clean).withValidator(validator));
            assertEquals(values(expected), values(report));
            assertEquals(new BigDecimal("2"), values(report).get("F330400 VISIT.EVENTS"));
        }
    }
}
