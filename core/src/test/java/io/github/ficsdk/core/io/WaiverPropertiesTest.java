package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of waivers: waiving never changes the errors nor which problems are found (only
 * whether a warning is waived), a warning is waived exactly when an active waiver names it, and
 * removing every waiver gives back the report of the dataset without them.
 */
class WaiverPropertiesTest {

    /** An activity: ok, with an unknown target (warning), or ending before it starts (error). */
    @Provide
    Arbitrary<List<Integer>> activities() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(8);
    }

    /** A waiver: (activity index, code index, until offset in days from today or null). */
    @Provide
    Arbitrary<List<List<Integer>>> waivers() {
        return Arbitraries.integers().between(-2, 9).list().ofSize(3).list().ofMaxSize(6);
    }

    private static final List<String> CODES = List.of("UNKNOWN_REFERENCE", "DUPLICATE_TARGET", "FEE_TIERS_TOO_MANY");

    @Property(tries = 40)
    void waivingChangesOnlyTheWaiverOfWarnings(@ForAll("activities") List<Integer> kinds,
            @ForAll("waivers") List<List<Integer>> waivers) throws IOException {
        LocalDate today = LocalDate.of(2018, 6, 1);
        Path dir = Files.createTempDirectory("waivers");
        try {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < kinds.size(); i++) {
                String id = "A" + i;
                lines.add(switch (kinds.get(i)) {
                    case 0 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330400\"]}";
                    case 1 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330400\"],"
                            + "\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E9\"}]}";
                    default -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-05\",\"end\":\"2017-03-01\","
                            + "\"organizers\":[\"F330400\"]}";
                });
            }
            Files.writeString(dir.resolve("federations.jsonl"), WaiverTest.FEDERATION + "\n");
            Files.writeString(dir.resolve("activities.jsonl"), String.join("\n", lines) + "\n");
            DataQualityReport without = Dataset.of(dir).withToday(today).validate();

            List<Waiver> written = new ArrayList<>();
            List<String> waiverLines = new ArrayList<>();
            for (List<Integer> w : waivers) {
                String id = "A" + Math.floorMod(w.get(0), kinds.size() + 1); // sometimes an id not in the file
                String code = CODES.get(Math.floorMod(w.get(1), CODES.size()));
                String until = w.get(2) < 0 ? null : today.plusDays(w.get(2) - 4).toString();
                waiverLines.add(WaiverTest.waiver(code, "activities.jsonl", id, until));
                written.add(Waiver.of(code, "activities.jsonl", id, "外地企业", "办公室",
                        until == null ? null : LocalDate.parse(until)));
            }
            if (!waiverLines.isEmpty()) {
                Files.writeString(dir.resolve("waivers.jsonl"), String.join("\n", waiverLines) + "\n");
            }
            DataQualityReport with = Dataset.of(dir).withToday(today).validate();

            // the same problems of the record files, errors the same and never waived
            List<DatasetProblem> recordProblems = recordProblems(with);
            assertEquals(unwaived(recordProblems(without)), unwaived(recordProblems));
            assertEquals(without.getErrorCount(), with.getErrorCount()
                    - with.getFiles().stream().filter(f -> f.getFile().equals("waivers.jsonl"))
                            .mapToLong(FileReport::getErrorCount).sum());
            long waived = 0;
            Set<String> active = new HashSet<>();
            for (Waiver w : written) {
                if (w.isActiveOn(today)) {
                    active.add(w.getCode() + " " + w.getId());
                }
            }
            for (DatasetProblem p : recordProblems) {
                boolean named = !p.isError() && active.contains(p.getProblemCode() + " " + p.getId().orElse(""));
                assertEquals(named, p.getWaiver().isPresent(), p.toString());
                assertTrue(!p.isError() || p.getWaiver().isEmpty());
                waived += p.getWaiver().isPresent() ? 1 : 0;
            }
            assertEquals(waived, with.getWaivedCount());
            assertEquals(with.getErrorCount() == 0 && with.getWarningCount() == waived, with.isAccepted());

            // removing every waiver gives back the report without them
            Files.deleteIfExists(dir.resolve("waivers.jsonl"));
            DataQualityReport again = Dataset.of(dir).withToday(today).validate();
            assertEquals(without.getProblems(), again.getProblems());
            assertEquals(without.toJsonLines(java.util.Locale.ENGLISH), again.toJsonLines(java.util.Locale.ENGLISH));
            assertEquals(0, again.getWaivedCount());
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<DatasetProblem> recordProblems(DataQualityReport report) {
        return report.getProblems().stream().filter(p -> !p.getFile().equals("waivers.jsonl")).toList();
    }

    /** The problems as found, without their waivers. */
    private static List<String> unwaived(List<DatasetProblem> problems) {
        return problems.stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse("") + " "
                + p.getProblemPath() + " " + p.getSeverity() + " " + p.getProblemCode() + " " + p.getMessage()).toList();
    }
}
