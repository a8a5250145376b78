package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ficsdk.validation.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads {@code waivers.jsonl} and applies its waivers to the problems of {@link Dataset#validate()}.
 * A line with a problem is left out (the problem goes to the file's report); a waiver that matched no
 * problem is {@code WAIVER_UNUSED} once the dataset is validated.
 */
final class WaiverFile {

    static final String NAME = "waivers.jsonl";
    private static final List<String> REQUIRED = List.of("code", "file", "id", "reason", "approvedBy");
    private static final Set<String> KNOWN = Set.of("code", "file", "id", "reason", "approvedBy", "until");

    /** A waiver with its line and the number of problems it waived. */
    private static final class Entry {
        final Waiver waiver;
        final long line;
        long uses;

        Entry(Waiver waiver, long line) {
            this.waiver = waiver;
            this.line = line;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final LocalDate today;
    private long read;
    private long rejected;
    private long waived;

    private WaiverFile(LocalDate today) {
        this.today = today;
    }

    /** Reads the waivers of a folder (none when the file does not exist), reporting problems. */
    static WaiverFile read(Path folder, LocalDate today, int maxLineLength, Consumer<DatasetProblem> problems) {
        WaiverFile waivers = new WaiverFile(today);
        Path path = folder.resolve(NAME);
        if (!Files.isRegularFile(path)) {
            return waivers; // absent, or the folder check's UNREADABLE_FILE
        }
        try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            long line = 0;
            for (String text = readLine(reader, maxLineLength); text != null; text = readLine(reader, maxLineLength)) {
                line++;
                if (text == TOO_LONG) {
                    waivers.read++;
                    waivers.rejected++;
                    problems.accept(problem(line, "", "LINE_TOO_LONG", "the line is longer than "
                            + maxLineLength + " characters; it is skipped unread"));
                    continue;
                }
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                waivers.read++;
                Waiver waiver = parse(text, line, problems);
                if (waiver == null) {
                    waivers.rejected++;
                } else {
                    waivers.entries.add(new Entry(waiver, line));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.accept(DatasetProblem.of(NAME, 0, null, "", Severity.ERROR, "ENCODING",
                    NAME + " cannot be read as UTF-8 text (" + e.getClass().getSimpleName() + "); no warning is waived"));
            waivers.entries.clear();
        }
        return waivers;
    }

    /** The line read in place of one longer than the limit (compared by identity). */
    private static final String TOO_LONG = new String("");

    /**
     * Reads a line of at most {@code max} characters (a longer one is skipped to its end and
     * returned as {@link #TOO_LONG}, so that memory stays bounded), or null at the end.
     */
    private static String readLine(BufferedReader reader, int max) throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c = reader.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (line.length() < max) {
                line.append((char) c);
            } else {
                tooLong = true;
            }
            c = reader.read();
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** Parses one line, or reports its problems and returns null. */
    static Waiver parse(String text, long line, Consumer<DatasetProblem> problems) {
        JsonNode node;
        try {
            node = FicJson.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            problems.accept(problem(line, "", "MALFORMED_JSON", "the line is not JSON: "
                    + e.getOriginalMessage()));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.accept(problem(line, "", "MALFORMED_JSON", "the line is not a JSON object"));
            return null;
        }
        boolean ok = true;
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                problems.accept(problem(line, name, "UNKNOWN_PROPERTY", name
                        + " is not a property of a waiver (code, file, id, reason, approvedBy, until)"));
                ok = false;
            }
        }
        List<String> values = new ArrayList<>();
        for (String name : REQUIRED) {
            JsonNode value = node.get(name);
            if (value == null || value.isNull()) {
                problems.accept(problem(line, name, "REQUIRED", name + " is required - but was missing"));
                ok = false;
            } else if (!value.isTextual()) {
                problems.accept(problem(line, name, "WRONG_TYPE", name + " must be a string - but was "
                        + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
                ok = false;
            } else if (value.asText().isBlank()) {
                problems.accept(problem(line, name, "BLANK", name + " must not be blank"));
                ok = false;
            }
            values.add(value == null ? null : value.asText());
        }
        LocalDate until = null;
        JsonNode untilNode = node.get("until");
        if (untilNode != null && !untilNode.isNull()) {
            try {
                if (!untilNode.isTextual()) {
                    throw new DateTimeParseException("not a string", untilNode.toString(), 0);
                }
                until = LocalDate.parse(untilNode.asText());
            } catch (DateTimeParseException e) {
                problems.accept(problem(line, "until", "INVALID_DATE", "until must be a date such as 2018-12-31 - but was "
                        + untilNode));
                ok = false;
            }
        }
        String code = values.get(0);
        if (code != null && !code.isBlank()) {
            var known = ProblemCode.find(code);
            if (known.isEmpty()) {
                problems.accept(problem(line, "code", "WAIVER_UNKNOWN_CODE", code
                        + " is not a problem code of the catalogue; a waiver names the code of a warning"));
                ok = false;
            } else if (known.get().getSeverity() != Severity.WARNING) {
                problems.accept(problem(line, "code", "WAIVER_NOT_A_WARNING", code
                        + " is an error: an error cannot be waived, only a warning"));
                ok = false;
            }
        }
        return ok ? Waiver.of(code, values.get(1), values.get(2), values.get(3), values.get(4), until) : null;
    }

    private static DatasetProblem problem(long line, String path, String code, String message) {
        // a waiver has no id of its own: its id is the waived record's, so the problem has none
        return DatasetProblem.of(NAME, line, null, path, Severity.ERROR.name().equals(severityOf(code))
                ? Severity.ERROR : Severity.WARNING, code, message);
    }

    private static String severityOf(String code) {
        return ProblemCode.find(code).map(c -> c.getSeverity().name()).orElse(Severity.ERROR.name());
    }

    /** Returns the problem waived by the first active waiver naming it, or the problem itself. */
    DatasetProblem apply(DatasetProblem problem) {
        if (problem.isError() || problem.getWaiver().isPresent() || entries.isEmpty()) {
            return problem;
        }
        for (Entry entry : entries) {
            if (entry.waiver.isActiveOn(today) && entry.waiver.matches(problem)) {
                entry.uses++;
                waived++;
                return problem.withWaiver(entry.waiver);
            }
        }
        return problem;
    }

    /** Reports the active waivers that waived nothing ({@code WAIVER_UNUSED}). */
    void reportUnused(Consumer<DatasetProblem> problems) {
        for (Entry entry : entries) {
            if (entry.uses == 0 && entry.waiver.isActiveOn(today)) {
                Waiver w = entry.waiver;
                problems.accept(problem(entry.line, "", "WAIVER_UNUSED", "no " + w.getCode() + " warning of "
                        + w.getFile() + " record " + w.getId() + " was found; the waiver waives nothing"));
            }
        }
    }

    long getRead() {
        return read;
    }

    long getRejected() {
        return rejected;
    }

    long getWaived() {
        return waived;
    }
}
