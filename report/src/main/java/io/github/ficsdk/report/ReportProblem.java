package io.github.ficsdk.report;

import java.util.Objects;

/**
 * A record that a report could not count, such as line 17 of {@code activities.jsonl} with a
 * negative {@code participants}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file     the file name, such as {@code activities.jsonl}, not null
 * @param line     the line number, 1-based
 * @param id       the record id when readable, else null
 * @param path     the property path, such as {@code targets[0].id}; empty for the whole line; not null
 * @param code     the stable problem code, not null
 * @param message  the message, not null
 * @since 0.1
 */
public record ReportProblem(String file, long line, String id, String path, String code, String message) {

    /**
     * Creates a problem.
     *
     * @param file     the file name, not null
     * @param line     the line number
     * @param id       the record id, or null
     * @param path     the property path, not null
     * @param code     the problem code, not null
     * @param message  the message, not null
     * @throws NullPointerException if a required argument is null
     */
    public ReportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
