package io.github.ficsdk.core.io;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Collects problems in bounded memory: it counts every problem by code and severity, but keeps
 * only the first {@code maxPerFile} problems of each file (such as the first 1000 of a file with
 * two million bad lines), so that reading a file full of broken lines needs memory for the
 * counts, not for the problems.
 *
 * <pre>{@code
 * ProblemCollector problems = new ProblemCollector(ProblemCollector.DEFAULT_MAX_PER_FILE);
 * try (Stream<Activity> activities = dataset.activities(problems)) {
 *     activities.forEach(this::count);
 * }
 * problems.getProblems();     // at most 1000 of activities.jsonl, in the order found
 * problems.getCounts();       // {"MALFORMED_JSON": 2000000}
 * problems.getNotListed();    // 1999000
 * }</pre>
 *
 * <p>A problem of a whole file or of the folder ({@link DatasetProblem#isFileError()}) is always
 * kept, whatever the limit: there are at most a few per file.
 *
 * <p>This class is mutable and not thread-safe: one per thread, joined with
 * {@link #addAll(ProblemCollector, long)}.
 *
 * @since 0.1
 */
public final class ProblemCollector implements Consumer<DatasetProblem> {

    /** The default number of problems kept per file: 1000. */
    public static final int DEFAULT_MAX_PER_FILE = 1000;

    private final int maxPerFile;
    private final List<DatasetProblem> kept = new ArrayList<>();
    private final Map<String, Integer> keptPerFile = new HashMap<>();
    private final Set<String> full = new HashSet<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long total;
    private long errors;

    /**
     * Creates a collector.
     *
     * @param maxPerFile  the number of problems kept per file, at least 0
     * @throws IllegalArgumentException if negative
     */
    public ProblemCollector(int maxPerFile) {
        if (maxPerFile < 0) {
            throw new IllegalArgumentException("maxPerFile must not be negative - but was: " + maxPerFile);
        }
        this.maxPerFile = maxPerFile;
    }

    /**
     * Counts a problem, and keeps it when its file has fewer than the limit kept so far.
     *
     * @param problem  the problem, not null
     */
    @Override
    public void accept(DatasetProblem problem) {
        count(problem.getProblemCode(), problem.isError(), 1);
        keep(problem);
    }

    private void count(String code, boolean error, long n) {
        counts.merge(code, n, Long::sum);
        total += n;
        if (error) {
            errors += n;
        }
    }

    private void keep(DatasetProblem problem) {
        if (problem.isFileError()) {
            kept.add(problem);
            return;
        }
        String file = problem.getFile();
        if (full.contains(file)) {
            return;
        }
        int already = keptPerFile.getOrDefault(file, 0);
        if (already < maxPerFile) {
            keptPerFile.put(file, already + 1);
            kept.add(problem);
        } else {
            // from now on nothing of this file is kept, so that what is kept is always its first problems
            full.add(file);
        }
    }

    /**
     * Adds what another collector found after what this one found (the next part of the same
     * files, as when a file is read in ranges), moving its line numbers by an offset. The problems
     * kept are still the first of each file: the other's are kept only while there is room.
     *
     * @param other       the collector of the later part, not null
     * @param lineOffset  added to the line number of each of its problems (not to line 0)
     */
    public void addAll(ProblemCollector other, long lineOffset) {
        for (Map.Entry<String, Long> e : other.counts.entrySet()) {
            counts.merge(e.getKey(), e.getValue(), Long::sum);
        }
        total += other.total;
        errors += other.errors;
        for (DatasetProblem p : other.kept) {
            keep(lineOffset == 0 || p.getLine() == 0 ? p : DatasetProblem.of(p.getFile(), p.getLine() + lineOffset, p.getId().orElse(null),
                    p.getProblemPath(), p.getSeverity(), p.getProblemCode(), p.getMessage()));
        }
        full.addAll(other.full);
    }

    /**
     * Adds what another collector found in the same files when its problems fall between this
     * one's, such as the problems of a later pass over lines already read (the repeats of ids
     * found once a whole file is read): every problem is counted, and the problems kept are still
     * the first of each file by line, of two problems on the same line this collector's first.
     * Each collector must have been given the problems of each file in line order (as a reader
     * finds them; a problem of a whole file is always kept, wherever it comes); line numbers are
     * not moved.
     *
     * @param other  the collector of the other pass, not null
     */
    public void merge(ProblemCollector other) {
        for (Map.Entry<String, Long> e : other.counts.entrySet()) {
            counts.merge(e.getKey(), e.getValue(), Long::sum);
        }
        total += other.total;
        errors += other.errors;
        Map<String, ArrayDeque<DatasetProblem>> pending = new LinkedHashMap<>();
        for (DatasetProblem p : other.kept) {
            pending.computeIfAbsent(p.getFile(), f -> new ArrayDeque<>()).add(p);
        }
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            if (!kept.get(i).isFileError()) {
                last.put(kept.get(i).getFile(), i);
            }
        }
        List<DatasetProblem> all = new ArrayList<>(kept.size() + other.kept.size());
        for (int i = 0; i < kept.size(); i++) {
            DatasetProblem p = kept.get(i);
            ArrayDeque<DatasetProblem> theirs = pending.get(p.getFile());
            while (theirs != null && !theirs.isEmpty() && theirs.peekFirst().getLine() < p.getLine()) {
                all.add(theirs.pollFirst());
            }
            all.add(p);
            if (theirs != null && last.getOrDefault(p.getFile(), -1) == i) {
                // the other's later problems of the file, before this one's problems of the next files
                all.addAll(theirs);
                theirs.clear();
            }
        }
        for (ArrayDeque<DatasetProblem> theirs : pending.values()) {
            all.addAll(theirs);
        }
        Set<String> wasFull = new HashSet<>(full);
        wasFull.addAll(other.full);
        kept.clear();
        keptPerFile.clear();
        full.clear();
        for (DatasetProblem p : all) {
            keep(p);
        }
        full.addAll(wasFull);
    }

    /**
     * Returns the limit of problems kept per file.
     *
     * @return the limit, at least 0
     */
    public int getMaxPerFile() {
        return maxPerFile;
    }

    /**
     * Returns the problems kept, in the order they were found.
     *
     * @return an unmodifiable copy, never null
     */
    public List<DatasetProblem> getProblems() {
        return List.copyOf(kept);
    }

    /**
     * Returns the number of problems of each code, kept or not, by code.
     *
     * @return an unmodifiable map sorted by code, never null
     */
    public Map<String, Long> getCounts() {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /**
     * Returns the number of problems found, kept or not.
     *
     * @return the count, not negative
     */
    public long getCount() {
        return total;
    }

    /**
     * Returns the number of errors found, kept or not.
     *
     * @return the count, not negative
     */
    public long getErrorCount() {
        return errors;
    }

    /**
     * Returns the number of warnings found, kept or not.
     *
     * @return the count, not negative
     */
    public long getWarningCount() {
        return total - errors;
    }

    /**
     * Returns the number of problems found but not kept.
     *
     * @return the count, not negative
     */
    public long getNotListed() {
        return total - kept.size();
    }
}
