package io.github.ficsdk.core.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The data-quality result of a whole dataset ({@link Dataset#validate()}): one
 * {@link FileReport} per file, with its problems, including the cross-file checks (duplicate
 * ids, unknown references and parents) and, first, the problems of the folder (a report named
 * {@code .}, present only when there are some). Every problem is counted; only the first of each
 * file are listed ({@link #getProblemsNotListed()} says how many were not).
 *
 * <pre>{@code
 * DataQualityReport report = Dataset.of(folder).validate();
 * report.getProblems().forEach(System.out::println);
 * System.exit(report.isClean() ? 0 : 1);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DataQualityReport {

    private final List<FileReport> files;
    private final List<DatasetProblem> problems;

    /**
     * Creates a report.
     *
     * @param files  the file reports, in dataset order, not null
     */
    public DataQualityReport(List<FileReport> files) {
        this.files = List.copyOf(Objects.requireNonNull(files, "files"));
        List<DatasetProblem> all = new ArrayList<>();
        for (FileReport file : this.files) {
            all.addAll(file.problems());
        }
        this.problems = List.copyOf(all);
    }

    /**
     * Returns the reports per file, in dataset order (missing files included, with no records).
     *
     * @return the file reports, never null
     */
    public List<FileReport> getFiles() {
        return files;
    }

    /**
     * Returns the report of one file.
     *
     * @param fileName  the file name, such as {@code activities.jsonl}, not null
     * @return the report, never null
     * @throws IllegalArgumentException if the report has no such file
     */
    public FileReport getFile(String fileName) {
        for (FileReport file : files) {
            if (file.file().equals(fileName)) {
                return file;
            }
        }
        throw new IllegalArgumentException("no report for file " + fileName);
    }

    /**
     * Returns the problems listed, by file then line (the first of each file, see
     * {@link Dataset#getMaxProblemsPerFile()}).
     *
     * @return the problems, never null
     */
    public List<DatasetProblem> getProblems() {
        return problems;
    }

    /**
     * Returns the number of errors, listed or not.
     *
     * @return the count, not negative
     */
    public long getErrorCount() {
        return files.stream().mapToLong(FileReport::errorCount).sum();
    }

    /**
     * Returns the number of warnings, listed or not.
     *
     * @return the count, not negative
     */
    public long getWarningCount() {
        return getProblemCount() - getErrorCount();
    }

    /**
     * Returns the number of problems, listed or not.
     *
     * @return the count, not negative
     */
    public long getProblemCount() {
        return files.stream().mapToLong(FileReport::problemCount).sum();
    }

    /**
     * Returns the number of problems found but not listed.
     *
     * @return the count, not negative
     */
    public long getProblemsNotListed() {
        return getProblemCount() - problems.size();
    }

    /**
     * Returns the number of problems of each code, listed or not, over every file.
     *
     * @return an unmodifiable map sorted by code, never null
     */
    public Map<String, Long> getProblemCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (FileReport f : files) {
            f.problemCounts().forEach((code, n) -> counts.merge(code, n, Long::sum));
        }
        return Collections.unmodifiableMap(counts);
    }

    /**
     * Returns whether no problem at all was found.
     *
     * @return true when there is no error and no warning
     */
    public boolean isClean() {
        return getProblemCount() == 0;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (FileReport f : files) {
            out.append(f.file()).append(": ").append(f.read()).append(" read, ").append(f.valid()).append(" valid, ")
                    .append(f.rejected()).append(" rejected\n");
        }
        return out.toString();
    }
}
