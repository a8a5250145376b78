package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
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

    /** JSON with the escapes for people (control and bidirectional characters as {@code \}{@code uXXXX}). */
    private static final JsonFactory JSON = new JsonFactoryBuilder().characterEscapes(FicJson.displayEscapes()).build();

    private final List<FileReport> files;
    private final List<DatasetProblem> problems;
    private final long waived;

    /**
     * Creates a report.
     *
     * @param files  the file reports, in dataset order, not null
     */
    public DataQualityReport(List<FileReport> files) {
        this(files, 0);
    }

    /**
     * Creates a report of which some warnings were waived (by {@code waivers.jsonl}, see
     * {@link Waiver}).
     *
     * @param files   the file reports, in dataset order, not null
     * @param waived  the number of warnings waived, listed or not, at least 0
     * @throws IllegalArgumentException if {@code waived} is negative
     */
    public DataQualityReport(List<FileReport> files, long waived) {
        if (waived < 0) {
            throw new IllegalArgumentException("waived must not be negative - but was: " + waived);
        }
        this.waived = waived;
        this.files = List.copyOf(Objects.requireNonNull(files, "files"));
        List<DatasetProblem> all = new ArrayList<>();
        for (FileReport file : this.files) {
            all.addAll(file.getProblems());
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
            if (file.getFile().equals(fileName)) {
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
        return files.stream().mapToLong(FileReport::getErrorCount).sum();
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
            f.getProblemCounts().forEach((code, n) -> counts.merge(code, n, Long::sum));
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

    /**
     * Returns the number of warnings waived by {@code waivers.jsonl} (see {@link Waiver}), listed
     * or not; they are counted among the {@linkplain #getWarningCount() warnings} too.
     *
     * @return the number waived, at least 0
     */
    public long getWaivedCount() {
        return waived;
    }

    /**
     * Tells whether the dataset is accepted: no error, and every warning waived (a clean dataset is
     * accepted). The reference app's {@code validate} exits 0 then.
     *
     * @return true when every problem left is a waived warning
     */
    public boolean isAccepted() {
        return getErrorCount() == 0 && getWarningCount() == waived;
    }

    /**
     * Renders the report as JSON Lines, the output of the reference app's {@code validate}: a line
     * per problem listed, written by {@link ProblemJson}
     * ({@code {"file", "line", "id", "path", "severity", "code", "message"}}, its message
     * {@linkplain ProblemMessages#localize(DatasetProblem, Locale) localized}), then one line with
     * the counts: {@code {"read", "valid", "rejected", "errors", "warnings", "codes": {"CODE": n, …},
     * "notListed", "files": [{"file", "read", "valid", "rejected"}, …]}}, where {@code codes} counts
     * every problem, listed or not, and {@code notListed} says how many were not listed; when
     * warnings were waived the counts line has {@code "waived": n} after {@code notListed} (absent
     * when none was), and each waived warning has its {@code "waived": {"reason", "approvedBy",
     * "until"}}.
     *
     * <pre>{@code
     * {"file":"activities.jsonl","line":2,"id":"A2","path":"end","severity":"ERROR","code":"END_BEFORE_START","message":"…"}
     * {"read":3,"valid":2,"rejected":1,"errors":1,"warnings":0,"codes":{"END_BEFORE_START":1},"notListed":0,"files":[…]}
     * }</pre>
     *
     * @param locale  the language of the messages (Chinese for any {@code zh} locale), not null
     * @return the JSON Lines, each line ending with a line feed, never null
     */
    public String toJsonLines(Locale locale) {
        StringWriter out = new StringWriter();
        try {
            for (DatasetProblem problem : problems) {
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    ProblemJson.write(g, ProblemMessages.localize(problem, locale));
                }
                out.write('\n');
            }
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeNumberField("read", files.stream().mapToLong(FileReport::getRead).sum());
                g.writeNumberField("valid", files.stream().mapToLong(FileReport::getValid).sum());
                g.writeNumberField("rejected", files.stream().mapToLong(FileReport::getRejected).sum());
                g.writeNumberField("errors", getErrorCount());
                g.writeNumberField("warnings", getWarningCount());
                g.writeObjectFieldStart("codes");
                for (Map.Entry<String, Long> e : getProblemCounts().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("notListed", getProblemsNotListed());
                if (waived > 0) {
                    g.writeNumberField("waived", waived);
                }
                g.writeArrayFieldStart("files");
                for (FileReport f : files) {
                    g.writeStartObject();
                    g.writeStringField("file", f.getFile());
                    g.writeNumberField("read", f.getRead());
                    g.writeNumberField("valid", f.getValid());
                    g.writeNumberField("rejected", f.getRejected());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (FileReport f : files) {
            out.append(f.getFile()).append(": ").append(f.getRead()).append(" read, ").append(f.getValid()).append(" valid, ")
                    .append(f.getRejected()).append(" rejected\n");
        }
        return out.toString();
    }
}
