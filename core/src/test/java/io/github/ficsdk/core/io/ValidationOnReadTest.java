package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.core.org.Chamber;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading with Bean Validation rejects exactly the records {@link Dataset#validate()} rejects for
 * it, with the same problems; plain reads keep them.
 */
class ValidationOnReadTest {

    private static final String FEDERATION = "{\"id\":\"F1\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}\n";
    private static final String CHAMBERS = "{\"id\":\"C1\",\"name\":\"服装商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F1\"}\n"
            + "{\"id\":\"C2\",\"name\":\"五金商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F1\",\"creditCode\":\"123\"}\n";
    private static final String ACTIVITIES = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F1\"],\"region\":\"330400\"}\n"
            + "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F1\"],\"region\":\"bad\"}\n"
            + "{\"id\":\"bad id\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F1\"]}\n";

    private static Dataset write(Path dir) throws Exception {
        Files.writeString(dir.resolve("federations.jsonl"), FEDERATION, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chambers.jsonl"), CHAMBERS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("activities.jsonl"), ACTIVITIES, StandardCharsets.UTF_8);
        return Dataset.of(dir);
    }

    @Test
    void validatingReads_rejectWhatValidateRejects_withTheSameProblems(@TempDir Path dir) throws Exception {
        Dataset dataset = write(dir);
        List<DatasetProblem> errors = dataset.validate().getProblems().stream().filter(DatasetProblem::isError).toList();
        assertEquals(List.of("chambers.jsonl:2 C2 creditCode CREDIT_CODE_LENGTH",
                "activities.jsonl:2 A2 region DIVISION_CODE_FORMAT", "activities.jsonl:3 bad id id ID_FORMAT"),
                errors.stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemPath() + " " + p.getProblemCode())
                        .toList());

        List<DatasetProblem> problems = new ArrayList<>();
        Dataset validating = dataset.withValidationOnRead(true);
        List<String> chambers;
        List<String> activities;
        try (Stream<Chamber> c = validating.chambers(problems::add); Stream<Activity> a = validating.activities(problems::add)) {
            chambers = c.map(Chamber::getId).toList();
            activities = a.map(Activity::getId).toList();
        }
        assertEquals(List.of("C1"), chambers);
        assertEquals(List.of("A1"), activities);
        assertEquals(errors, problems);

        // the plain reads keep them, and so does a dataset without a validator
        try (Stream<Activity> a = dataset.activities(p -> { })) {
            assertEquals(3, a.count());
        }
        try (Stream<Activity> a = validating.withValidator(null).activities(p -> { })) {
            assertEquals(3, a.count());
        }
    }

    @Test
    void theStrictLineReader_validating_rejectsTheSameLines() {
        List<DatasetProblem> problems = new ArrayList<>();
        StrictLineReader<Activity> reader = StrictLineReader.validating(DatasetFile.ACTIVITIES, problems::add,
                Dataset.of(Path.of(".")).getValidator());
        String[] lines = ACTIVITIES.split("\n");
        List<String> read = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            byte[] b = lines[i].getBytes(StandardCharsets.UTF_8);
            Activity a = reader.parse(b, 0, b.length, i + 1, i == 0);
            if (a != null) {
                read.add(a.getId());
            }
        }
        assertEquals(List.of("A1"), read);
        assertEquals(List.of("DIVISION_CODE_FORMAT", "ID_FORMAT"), problems.stream().map(DatasetProblem::getProblemCode).toList());
        byte[] b = lines[1].getBytes(StandardCharsets.UTF_8);
        assertEquals("A2", StrictLineReader.of(DatasetFile.ACTIVITIES, p -> { }).parse(b, 0, b.length, 2, false).getId());
    }

    @Test
    void anAppraisalSource_stopsAtTheFirstRecordValidateRejects(@TempDir Path dir) throws Exception {
        Dataset dataset = write(dir);
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> EvidenceSource.of(dataset));
        assertEquals("chambers.jsonl", e.getProblem().getFile());
        assertEquals(2, e.getProblem().getLine());
        assertEquals("CREDIT_CODE_LENGTH", e.getProblem().getProblemCode());
    }

    @Test
    void anOrganisationRejectedByBeanValidation_isNotAParent_inValidateAsInTheReaders(@TempDir Path dir)
            throws Exception {
        Dataset dataset = write(dir);
        Files.writeString(dir.resolve("party-organizations.jsonl"),
                "{\"id\":\"P1\",\"name\":\"支部\",\"kind\":\"BRANCH\",\"host\":\"C2\"}\n", StandardCharsets.UTF_8);
        List<String> errors = dataset.validate().getProblems().stream().filter(DatasetProblem::isError)
                .map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemCode()).toList();
        assertEquals(List.of("chambers.jsonl:2 C2 CREDIT_CODE_LENGTH", "party-organizations.jsonl:1 P1 UNKNOWN_PARENT",
                "activities.jsonl:2 A2 DIVISION_CODE_FORMAT", "activities.jsonl:3 bad id ID_FORMAT"), errors);
        FileReport parties = dataset.validate().getFiles().stream()
                .filter(f -> f.getFile().equals("party-organizations.jsonl")).findFirst().orElseThrow();
        assertEquals(1, parties.getRejected());
    }
}
