package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.report.internal.ActivityFileScan;
import io.github.ficsdk.report.internal.Aggregation;
import io.github.ficsdk.report.internal.Plan;
import io.github.ficsdk.report.internal.QueryCompiler;
import io.github.ficsdk.report.internal.StrictActivityLines;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Records whose id repeats an earlier one count once, by their first occurrence, and a target
 * repeated within one activity counts once: in the byte scanner whatever the ranges, threads and
 * id hash (even one where every id collides), exactly as in the value path.
 */
class DuplicatesPropertiesTest {

    static final List<String> INDICATORS = ReportPropertiesTest.INDICATORS;

    @Property(tries = 30)
    void repeatsCountOnce_whateverTheRangesThreadsAndHash(
            @ForAll("activityLists") List<Activity> unique, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 12) int repeats, @ForAll @IntRange(min = 1, max = 6) int threads,
            @ForAll @IntRange(min = 1, max = 3000) int minRange, @ForAll boolean collide,
            @ForAll("limits") int max) throws IOException {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (Activity a : unique) {
            lines.add(ReportPropertiesTest.json(withRepeatedTarget(a, random)));
        }
        List<String> originals = List.copyOf(lines);
        for (int k = 0; k < repeats && !originals.isEmpty(); k++) {
            int source = random.nextInt(originals.size());
            Activity a = unique.get(source);
            String line = originals.get(source);
            boolean exact = random.nextBoolean();
            String repeat = exact ? line : ReportPropertiesTest.json(Activity.builder().from(a)
                    .participants(a.getParticipantCount() + 7).copies(3).build());
            // an exact copy may go anywhere (the same record either way); another record with the id goes after the first
            int first = lines.indexOf(line);
            int at = exact ? random.nextInt(lines.size() + 1) : first + 1 + random.nextInt(lines.size() - first);
            lines.add(at, repeat);
        }
        Path dir = Files.createTempDirectory("fic-duplicates");
        try {
            Path file = dir.resolve("activities.jsonl");
            Files.write(file, (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
            ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).build();
            Report expected = ReportPropertiesTest.expected(query, file, 1 << 20);
            // the first occurrences are the unique records: a repeat never changes a figure
            Report firsts = ReportEngine.standard().run(query, Fixtures.organizations(), unique, List.of());
            assertEquals(firsts.getValues(), expected.getValues());

            ActivityFileScan.Result scanned = scan(query, file, threads, minRange, collide, max);
            assertFigures(expected, scanned.aggregations().get(0));
            // the repeats go through the collector with the others: the first listed in line order, all counted
            io.github.ficsdk.core.io.ProblemCollector listed = new io.github.ficsdk.core.io.ProblemCollector(max);
            expected.getProblems().forEach(listed);
            assertEquals(listed.getProblems(), scanned.problems().getProblems());
            assertEquals(listed.getCounts(), scanned.problems().getCounts());
            assertEquals(listed.getErrorCount(), scanned.problems().getErrorCount());
            assertEquals(listed.getNotListed(), scanned.problems().getNotListed());
            assertEquals(lines.size(), scanned.lines());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aHashSharedByDifferentIds_dropsNoRecord(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("activities.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330402\"],\"participants\":1}",
                "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330402\"],\"participants\":10}",
                "{\"id\":\"A3\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330411\"],\"participants\":100}",
                "{\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330411\"],\"participants\":1000}")
                + "\n", StandardCharsets.UTF_8);
        ReportQuery query = Fixtures.h1("VISIT.PARTICIPANTS", "VISIT.EVENTS").build();
        for (int threads = 1; threads <= 4; threads++) {
            ActivityFileScan.Result scanned = scan(query, file, threads, 1, true, 1000);
            assertEquals(111, scanned.aggregations().get(0).value(0, 0));
            assertEquals(3, scanned.aggregations().get(0).value(0, 1));
            assertEquals(List.of("activities.jsonl:4 A2 DUPLICATE_ID id A2 is already used on line 2; the first occurrence counts"),
                    scanned.problems().getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getId().orElse(null) + " " + p.getProblemCode() + " "
                            + p.getMessage()).toList());
        }
    }

    /** Problems listed per file: none, a few, or all of them. */
    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<Integer> limits() {
        return net.jqwik.api.Arbitraries.of(0, 1, 2, 3, 5, 1000);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<Activity>> activityLists() {
        return ReportPropertiesTest.activities().list().ofMaxSize(40).uniqueElements(Activity::getId);
    }

    /** Now and then lists one of the activity's targets once more. */
    private static Activity withRepeatedTarget(Activity a, Random random) {
        if (a.getTargets().isEmpty() || random.nextInt(3) != 0) {
            return a;
        }
        List<ActivityTarget> targets = new ArrayList<>(a.getTargets());
        targets.add(random.nextInt(targets.size() + 1), targets.get(random.nextInt(targets.size())));
        return Activity.builder().from(a).targets(targets).build();
    }

    static ActivityFileScan.Result scan(ReportQuery query, Path file, int threads, long minRange, boolean collide,
            int max) {
        ReportEngine.Organizations orgs = Fixtures.organizations();
        OrganizationTree tree = OrganizationTree.of(orgs.getFederations(), orgs.getChambers(), orgs.getPartyOrganizations());
        Set<String> federations = orgs.getFederations().stream().map(Federation::getId).collect(Collectors.toSet());
        QueryCompiler.Compiled compiled = QueryCompiler.compile(query, tree, federations, IndicatorCatalog.standard());
        return ActivityFileScan.run(file, compiled.plans(), threads, false, () -> new StrictActivityLines(max),
                1 << 20, new LongAdder(), max, minRange, collide ? (b, off, len) -> 42L : io.github.ficsdk.report.internal.IdHashes::hash);
    }

    private static void assertFigures(Report expected, Aggregation scanned) {
        Plan plan = scanned.plan();
        List<String> codes = expected.getValues().stream().map(ReportValue::getIndicator).distinct().toList();
        for (int row = 0; row < plan.rows(); row++) {
            for (int i = 0; i < codes.size(); i++) {
                Plan.Indicator indicator = plan.indicators().get(i);
                long v = scanned.value(row, i);
                BigDecimal value = indicator.measure() == Plan.Measure.AMOUNT ? BigDecimal.valueOf(v, 2)
                        : BigDecimal.valueOf(v);
                assertEquals(expected.getValues().get(row * codes.size() + i).getValue(), value,
                        codes.get(i) + " row " + row);
            }
        }
    }
}
