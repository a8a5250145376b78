package io.github.ficsdk.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The data-quality result of a whole dataset ({@link Dataset#validate()}): one
 * {@link FileReport} per file, with every problem, including the cross-file checks (duplicate
 * ids, unknown references and parents).
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
     * Returns every problem, by file then line.
     *
     * @return the problems, never null
     */
    public List<DatasetProblem> getProblems() {
        return problems;
    }

    /**
     * Returns the number of errors.
     *
     * @return the count, not negative
     */
    public long getErrorCount() {
        return problems.stream().filter(DatasetProblem::isError).count();
    }

    /**
     * Returns the number of warnings.
     *
     * @return the count, not negative
     */
    public long getWarningCount() {
        return problems.size() - getErrorCount();
    }

    /**
     * Returns whether no problem at all was found.
     *
     * @return true when there is no error and no warning
     */
    public boolean isClean() {
        return problems.isEmpty();
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
