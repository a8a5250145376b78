package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.validation.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ProblemCollectorPropertiesTest {

    @Provide
    Arbitrary<List<DatasetProblem>> problems() {
        Arbitrary<DatasetProblem> one = Combinators.combine(Arbitraries.of("a.jsonl", "b.jsonl", "c.jsonl"),
                Arbitraries.longs().between(1, 50), Arbitraries.of("MALFORMED_JSON", "REQUIRED", "UNKNOWN_REFERENCE"))
                .as((file, line, code) -> DatasetProblem.of(file, line, null, "", code.equals("UNKNOWN_REFERENCE")
                        ? Severity.WARNING : Severity.ERROR, code, "m"));
        Arbitrary<DatasetProblem> fileError = Arbitraries.of("a.jsonl", "b.jsonl").map(f -> DatasetProblem.of(f, 0,
                null, "", Severity.ERROR, "FILE_CHANGED", "changed"));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(10, one), net.jqwik.api.Tuple.of(1, fileError))
                .list().ofMaxSize(80);
    }

    /** What a collector must hold: every problem counted, the first {@code max} of each file listed, file errors always. */
    private static List<DatasetProblem> expectedListed(List<DatasetProblem> all, int max) {
        Map<String, Integer> perFile = new HashMap<>();
        List<DatasetProblem> out = new ArrayList<>();
        for (DatasetProblem p : all) {
            if (p.isFileError()) {
                out.add(p);
            } else if (perFile.merge(p.getFile(), 1, Integer::sum) <= max) {
                out.add(p);
            }
        }
        return out;
    }

    @Property(tries = 300)
    void collector_listsTheFirstOfEachFile_andCountsEverything(@ForAll("problems") List<DatasetProblem> all,
            @ForAll @IntRange(min = 0, max = 10) int max) {
        ProblemCollector c = new ProblemCollector(max);
        all.forEach(c);
        assertEquals(expectedListed(all, max), c.getProblems());
        Map<String, Long> counts = new TreeMap<>();
        all.forEach(p -> counts.merge(p.getProblemCode(), 1L, Long::sum));
        assertEquals(counts, c.getCounts());
        assertEquals(all.size(), c.getCount());
        assertEquals(all.stream().filter(DatasetProblem::isError).count(), c.getErrorCount());
        assertEquals(all.size() - expectedListed(all, max).size(), c.getNotListed());
    }

    @Property(tries = 300)
    void addAll_ofConsecutiveParts_equalsOneCollectorOverTheWhole(@ForAll("problems") List<DatasetProblem> all,
            @ForAll @IntRange(min = 0, max = 10) int max, @ForAll @IntRange(min = 0, max = 80) int cut1,
            @ForAll @IntRange(min = 0, max = 80) int cut2) {
        int a = Math.min(cut1, all.size());
        int b = Math.max(a, Math.min(cut2, all.size()));
        ProblemCollector whole = new ProblemCollector(max);
        all.forEach(whole);
        ProblemCollector merged = new ProblemCollector(max);
        all.subList(0, a).forEach(merged);
        for (List<DatasetProblem> part : List.of(all.subList(a, b), all.subList(b, all.size()))) {
            ProblemCollector c = new ProblemCollector(max);
            // a part numbers its lines from 1: shifted back by 100 when joined
            part.forEach(p -> c.accept(p.getLine() == 0 ? p
                    : DatasetProblem.of(p.getFile(), p.getLine() + 100, p.getId().orElse(null), p.getProblemPath(), p.getSeverity(), p.getProblemCode(), p.getMessage())));
            merged.addAll(c, -100);
        }
        assertEquals(whole.getProblems(), merged.getProblems());
        assertEquals(whole.getCounts(), merged.getCounts());
        assertEquals(whole.getErrorCount(), merged.getErrorCount());
        assertEquals(whole.getNotListed(), merged.getNotListed());
    }

    @Property(tries = 300)
    void merge_ofTwoPassesOverTheSameFiles_listsTheFirstOfEachFileByLine(
            @ForAll("problems") List<DatasetProblem> mine, @ForAll("problems") List<DatasetProblem> theirs,
            @ForAll @IntRange(min = 0, max = 10) int max) {
        // each pass finds the problems of a file in line order (its file errors at the end, as a reader does)
        Comparator<DatasetProblem> byLine = Comparator.comparing((DatasetProblem p) -> p.isFileError())
                .thenComparingLong(DatasetProblem::getLine);
        List<DatasetProblem> a = mine.stream().sorted(byLine).toList();
        List<DatasetProblem> b = theirs.stream().sorted(byLine).toList();
        ProblemCollector merged = new ProblemCollector(max);
        a.forEach(merged);
        ProblemCollector other = new ProblemCollector(max);
        b.forEach(other);
        merged.merge(other);

        // one pass that found both in line order, this collector's first on the same line
        List<DatasetProblem> both = new ArrayList<>(a);
        both.addAll(b);
        List<DatasetProblem> inOrder = both.stream().sorted(byLine).toList();
        for (String file : List.of("a.jsonl", "b.jsonl", "c.jsonl")) {
            List<DatasetProblem> ofFile = inOrder.stream().filter(p -> p.getFile().equals(file)).toList();
            List<DatasetProblem> listed = merged.getProblems().stream().filter(p -> p.getFile().equals(file)).toList();
            List<DatasetProblem> expected = expectedListed(ofFile, max);
            assertEquals(expected.stream().filter(p -> !p.isFileError()).toList(),
                    listed.stream().filter(p -> !p.isFileError()).toList(), file);
            assertEquals(expected.stream().filter(DatasetProblem::isFileError).count(),
                    listed.stream().filter(DatasetProblem::isFileError).count(), file);
        }
        Map<String, Long> counts = new TreeMap<>();
        both.forEach(p -> counts.merge(p.getProblemCode(), 1L, Long::sum));
        assertEquals(counts, merged.getCounts());
        assertEquals(both.stream().filter(DatasetProblem::isError).count(), merged.getErrorCount());
        assertEquals(both.size() - merged.getProblems().size(), merged.getNotListed());

        // what comes after the merge is kept only while its file has room, as before
        DatasetProblem later = DatasetProblem.of("c.jsonl", 99, null, "", Severity.ERROR, "REQUIRED", "m");
        long ofC = merged.getProblems().stream().filter(p -> p.getFile().equals("c.jsonl")).count();
        boolean cWasCut = inOrder.stream().filter(p -> p.getFile().equals("c.jsonl")).count() > ofC;
        merged.accept(later);
        assertEquals(!cWasCut && ofC < max, merged.getProblems().contains(later));
    }

    @Test
    void collector_rejectsANegativeLimit() {
        assertThrows(IllegalArgumentException.class, () -> new ProblemCollector(-1));
    }
}
