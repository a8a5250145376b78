package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.money.Yuan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ReportPropertiesTest {

    static final List<String> INDICATORS = List.of("VISIT.EVENTS", "VISIT.PARTICIPANTS", "VISIT.AMOUNT", "VISIT.COPIES",
            "VISIT.TARGETS.CHAMBER", "VISIT.DISTINCT.ENTERPRISE", "VISIT.TARGETS.ENTERPRISE", "FORUM.EVENTS",
            "ALL.EVENTS", "ALL.AMOUNT", "ALL.DISTINCT.PERSON", "ALL.TARGETS.PERSON", "X_TEST.PARTICIPANTS",
            "CHARITY.AMOUNT");
    static final String[] ORGANIZERS = {"F330400", "F330402", "F330411", "C1", "C0", "P1", "F999999"};

    static Arbitrary<Activity> activities() {
        Arbitrary<String> kind = Arbitraries.of("VISIT", "VISIT", "FORUM", "CHARITY", "X_TEST");
        Arbitrary<LocalDate> start = Arbitraries.integers().between(0, 200)
                .map(d -> LocalDate.parse("2016-12-20").plusDays(d));
        Arbitrary<List<String>> organizers = Arbitraries.of(ORGANIZERS).list().ofMinSize(1).ofMaxSize(3);
        Arbitrary<Integer> sessions = Arbitraries.integers().between(0, 3);
        Arbitrary<Long> participants = Arbitraries.longs().between(-1, 120);
        Arbitrary<Long> fen = Arbitraries.longs().between(-1, 9_999_999_99L);
        Arbitrary<ActivityTarget> target = Combinators.combine(
                Arbitraries.of(TargetType.CHAMBER, TargetType.ENTERPRISE, TargetType.PERSON),
                Arbitraries.integers().between(1, 12)).as((t, n) -> ActivityTarget.of(t, t.name().charAt(0) + "" + n));
        Arbitrary<List<ActivityTarget>> targets = target.list().ofMaxSize(4);
        Arbitrary<Integer> id = Arbitraries.integers().between(1, 1_000_000);
        return Combinators.combine(id, kind, start, organizers, sessions, participants, fen, targets)
                .as((i, k, s, o, se, p, f, t) -> {
                    Activity.Builder b = Activity.builder().id("A" + i).kind(ActivityKind.parse(k)).start(s)
                            .organizers(o).targets(t);
                    if (se > 0) {
                        b.sessions(se);
                    }
                    if (p >= 0) {
                        b.participants(p);
                    }
                    if (f >= 0) {
                        b.amountYuan(Yuan.ofFen(f));
                    }
                    if (k.equals("VISIT")) {
                        b.copies(s.getDayOfMonth());
                    }
                    return b.build();
                });
    }

    /** Activities with distinct ids (repeated ids count once: see {@link DuplicatesPropertiesTest}). */
    @Provide
    Arbitrary<List<Activity>> activityLists() {
        return activities().list().ofMaxSize(60).uniqueElements(Activity::getId);
    }

    /** Lines: valid activities, and now and then a line broken in one of many ways. */
    @Provide
    Arbitrary<List<String>> lines() {
        Arbitrary<String> valid = activities().map(ReportPropertiesTest::json);
        Arbitrary<String> broken = Combinators.combine(valid, Arbitraries.integers().between(0, 33))
                .as(ReportPropertiesTest::breakLine);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, valid), net.jqwik.api.Tuple.of(2, broken)).list().ofMaxSize(40);
    }

    static String json(Activity a) {
        try {
            return FicJson.mapper().writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String breakLine(String line, int how) {
        return switch (how) {
            case 0 -> "";
            case 1 -> "   ";
            case 2 -> line.substring(0, line.length() / 2);
            case 3 -> line.replace("\"kind\":\"", "\"kind\":\"NOPE_");
            case 4 -> line.replace("{\"id\"", "{\"idd\":1,\"id\"");
            case 5 -> line.replace("\"start\":\"2017-", "\"start\":\"2017-13-");
            case 6 -> line.replace("\"organizers\":[", "\"organizers\":[\"ok\",");
            case 7 -> line + " x";
            case 8 -> line + "\r";
            case 9 -> line.replace("\"id\":\"", "\"id\":\"\\u0041");
            case 10 -> line.replace("{\"id\"", "{\"extensions\":{\"hours\":3},\"id\"");
            case 11 -> line.replace("\"kind\":", "\"title\":\"标题\",\"kind\":");
            case 12 -> line.replace("\"start\":", "\"sessions\":0,\"start\":");
            case 13 -> line.replace("\"start\":", "\"participants\":-3,\"start\":");
            case 14 -> line.replace("\"start\":", "\"participants\":1.0,\"start\":");
            case 15 -> line.replace("\"start\":", "\"end\":\"2016-01-01\",\"start\":");
            case 16 -> line.replace("\"kind\"", "\"id\":\"dup\",\"kind\"");
            case 17 -> line.replace("\"start\":", "\"amountYuan\":\"1.234\",\"start\":");
            case 18 -> line.replace(":", " : ").replace(",", " , ");
            case 19 -> line.replace("\"tags\":[", "\"tags\":[\" \",").replace("\"kind\":", "\"tags\":[\"\u3000\"],\"kind\":");
            case 20 -> line.replace("\"kind\":", "\"title\":\"   \",\"kind\":");
            case 21 -> "\uFEFF" + line;
            // Bean Validation: a region that is not a known division code, ids that are not ids
            case 22 -> line.replace("\"start\":", "\"region\":\"bad\",\"start\":");
            case 23 -> line.replace("\"start\":", "\"region\":\"999999\",\"start\":");
            case 24 -> line.replace("\"start\":", "\"region\":\"330402\",\"start\":");
            case 25 -> line.replace("{\"id\":\"", "{\"id\":\"bad id");
            case 26 -> line.replace("\"organizers\":[", "\"organizers\":[\"x y\",");
            case 27 -> line.replace("\"start\":", "\"region\":\"３３０４０２\",\"start\":");
            // the scanner's one-pass paths: member names compared whole, ids read by a table, UTF-8 checked as met
            case 28 -> line.replace("\"type\":", "\"ty\\u0070e\":");
            case 29 -> line.replace("{\"id\":\"", "{\"id\":\"" + "A".repeat(64));
            case 30 -> line.replace("\"organizers\":[\"", "\"organizers\":[\"é");
            case 31 -> line.replaceAll("\\{\"type\":\"([A-Z]+)\",\"id\":\"([^\"]+)\"\\}", "{\"id\":\"$2\",\"type\":\"$1\"}");
            case 32 -> line.replace("\"title\":\"", "\"title\":\"\uD83D\uDE00 é走访 ");
            default -> line.replace("\"organizers\":[", "\"organizers\":[]").replaceFirst("\\]\\]", "]");
        };
    }

    private static Report runValuePath(ReportQuery query, List<Activity> activities) {
        return ReportEngine.standard().run(query, Fixtures.organizations(), activities, List.of());
    }

    /**
     * The value path over the records the strict reader reads from the file: its figures, and the
     * reader's problems merged with the value path's (repeated ids and targets), whose lines are
     * positions among the records, put back on the records' lines.
     */
    static Report expected(ReportQuery query, Path file, int maxLineLength) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        List<Activity> values = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        // the strict reader with Bean Validation, as Dataset.validate() rejects records
        try (JsonLinesReader<Activity> reader = Dataset.of(file.getParent()).withMaxLineLength(maxLineLength)
                .withValidationOnRead(true).open(DatasetFile.ACTIVITIES, problems::add)) {
            for (Activity a = reader.read(); a != null; a = reader.read()) {
                values.add(a);
                lines.add(reader.getLineNumber());
            }
        }
        Report slow = ReportEngine.standard().run(query, Fixtures.organizations(), values, List.of());
        java.util.regex.Pattern earlier = java.util.regex.Pattern.compile("used on line (\\d+)");
        for (DatasetProblem p : slow.getProblems()) {
            java.util.regex.Matcher m = earlier.matcher(p.getMessage());
            String message = m.find() ? m.replaceFirst("used on line " + lines.get(Integer.parseInt(m.group(1)) - 1))
                    : p.getMessage();
            problems.add(DatasetProblem.of(p.getFile(), lines.get((int) p.getLine() - 1), p.getId().orElse(null), p.getProblemPath(), p.getSeverity(),
                    p.getProblemCode(), message));
        }
        problems.sort(Comparator.comparingLong(DatasetProblem::getLine));
        return Report.of(slow.getPeriod(), slow.getScope(), slow.getScopeName(), slow.getBreakdown(), slow.getRows(), slow.getValues(),
                problems, slow.getRecordsRead());
    }

    @Property(tries = 60)
    void fastPath_equalsValuePath_reportsAndProblems(@ForAll("lines") List<String> lines,
            @ForAll boolean bom, @ForAll @IntRange(min = 1, max = 3) int threads) throws IOException {
        Path dir = Files.createTempDirectory("fic-report");
        try {
            Dataset dataset = Dataset.of(dir).withMaxLineLength(400);
            dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
            dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
            dataset.write(DatasetFile.PARTY_ORGANIZATIONS, Fixtures.organizations().getPartyOrganizations());
            String text = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
            Files.write(dir.resolve("activities.jsonl"), ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
            ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).threads(threads).trackSources(true).build();

            Report fast = ReportEngine.standard().run(query, dataset);

            Report slow = expected(query, dir.resolve("activities.jsonl"), 400);
            assertEquals(slow.getValues(), fast.getValues());
            assertEquals(slow.getProblems(), fast.getProblems());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * With a limit on the problems listed: the same first problems and the same counts as the
     * strict reader and the value path (repeats included).
     */
    @Property(tries = 40)
    void fastPath_listsTheSameFirstProblemsAsTheStrictReader(@ForAll("lines") List<String> lines,
            @ForAll boolean bom, @ForAll @IntRange(min = 1, max = 3) int threads,
            @ForAll @IntRange(min = 0, max = 4) int max) throws IOException {
        Path dir = Files.createTempDirectory("fic-report");
        try {
            Dataset dataset = Dataset.of(dir).withMaxLineLength(400).withMaxProblemsPerFile(max);
            dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
            dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
            String text = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n");
            Files.write(dir.resolve("activities.jsonl"), ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
            ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).threads(threads).build();
            Report fast = ReportEngine.standard().run(query, dataset);
            // the strict reader's problems with the repeats of the value path (DUPLICATE_ID, DUPLICATE_TARGET), in line order
            io.github.ficsdk.core.io.ProblemCollector strict = new io.github.ficsdk.core.io.ProblemCollector(max);
            expected(query, dir.resolve("activities.jsonl"), 400).getProblems().forEach(strict);
            assertEquals(strict.getProblems(), fast.getProblems());
            assertEquals(strict.getCounts(), fast.getProblemCounts());
            assertEquals(strict.getNotListed(), fast.getProblemsNotListed());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 40)
    void fastPath_equalsValuePath_withALastLineWithoutLineFeed(@ForAll("lines") List<String> lines,
            @ForAll @IntRange(min = 1, max = 3) int threads, @ForAll @IntRange(min = 0, max = 900) int padding)
            throws IOException {
        Path dir = Files.createTempDirectory("fic-report");
        try {
            Dataset dataset = Dataset.of(dir).withMaxLineLength(400);
            dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
            dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
            dataset.write(DatasetFile.PARTY_ORGANIZATIONS, Fixtures.organizations().getPartyOrganizations());
            // the last line has no line feed and may be longer than the limit
            String last = "{\"id\":\"Z1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F330402\"],"
                    + "\"title\":\"" + "x".repeat(padding) + "\"}";
            String text = String.join("\n", lines) + (lines.isEmpty() ? "" : "\n") + last;
            Files.write(dir.resolve("activities.jsonl"), text.getBytes(StandardCharsets.UTF_8));
            ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).threads(threads).build();
            Report fast = ReportEngine.standard().run(query, dataset);
            Report slow = expected(query, dir.resolve("activities.jsonl"), 400);
            assertEquals(slow.getValues(), fast.getValues());
            assertEquals(slow.getProblems(), fast.getProblems());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 200)
    void merge_ofPartials_equalsPartialOfUnion(@ForAll("activityLists") List<Activity> all,
            @ForAll @IntRange(min = 0, max = 60) int cut) {
        ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).trackSources(true).build();
        ReportEngine engine = ReportEngine.standard();
        int at = Math.min(cut, all.size());
        ReportAccumulator left = engine.accumulator(query, Fixtures.organizations());
        ReportAccumulator right = engine.accumulator(query, Fixtures.organizations());
        all.subList(0, at).forEach(left::add);
        all.subList(at, all.size()).forEach(right::add);
        Report merged = engine.finish(right.merge(left));
        assertEquals(runValuePath(query, all).getValues(), merged.getValues());
    }

    @Property(tries = 200)
    void anyPermutation_givesTheSameReport(@ForAll("activityLists") List<Activity> all, @ForAll long seed) {
        ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).build();
        List<Activity> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(seed));
        assertEquals(runValuePath(query, all).getValues(), runValuePath(query, shuffled).getValues());
    }

    @Property(tries = 200)
    void totalsAreNeverNegative_andDistinctNeverExceedsPairs(@ForAll("activityLists") List<Activity> all) {
        Report report = runValuePath(Fixtures.h1(INDICATORS.toArray(String[]::new)).build(), all);
        for (ReportValue v : report.getValues()) {
            assertTrue(v.getValue().signum() >= 0, v.toString());
        }
        for (String row : report.getRows()) {
            assertTrue(report.value(row, "VISIT.DISTINCT.ENTERPRISE").orElseThrow().getValue()
                    .compareTo(report.value(row, "VISIT.TARGETS.ENTERPRISE").orElseThrow().getValue()) <= 0);
            assertTrue(report.value(row, "ALL.DISTINCT.PERSON").orElseThrow().getValue()
                    .compareTo(report.value(row, "ALL.TARGETS.PERSON").orElseThrow().getValue()) <= 0);
            // a child's figure never exceeds the total's for an additive measure of the same activities
            assertTrue(report.value(row, "ALL.EVENTS").orElseThrow().getValue()
                    .compareTo(report.total("ALL.EVENTS").orElseThrow().getValue()) <= 0);
        }
    }

    @Property(tries = 30)
    void parallel_equalsSequential_onLargerFiles(@ForAll @Size(min = 200, max = 400) List<@net.jqwik.api.From("activityLine") String> lines)
            throws IOException {
        Path dir = Files.createTempDirectory("fic-report");
        try {
            Dataset dataset = Dataset.of(dir);
            dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
            dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
            Files.write(dir.resolve("activities.jsonl"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            ReportQuery query = Fixtures.h1(INDICATORS.toArray(String[]::new)).scope(CITY).build();
            Report one = ReportEngine.standard().run(query.toBuilder().threads(1).build(), dataset);
            Report four = ReportEngine.standard().run(query.toBuilder().threads(4).build(), dataset);
            assertEquals(one.getValues(), four.getValues());
            assertEquals(one.getProblems(), four.getProblems());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<String> activityLine() {
        return activities().map(ReportPropertiesTest::json);
    }
}
