package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.TextEncoding;
import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * The strict parsing of one JSON Lines line into a record, with its problems: the one piece of
 * code behind {@code JsonLinesReader} and every other reader that splits lines itself (the
 * report engine's parallel scan). Not thread-safe: one per thread.
 *
 * @param <T> the record type
 */
public final class LineParser<T> {

    /** What the last {@link #parse} call found. */
    public enum Outcome {
        /** A record was returned. */
        RECORD,
        /** The line was blank (a problem was reported; it is not a record). */
        BLANK,
        /** The line was rejected (a problem was reported). */
        REJECTED
    }

    private final RecordCodec<T, ?> codec;
    private final boolean hasId;
    private final String fileName;
    private final Consumer<? super DatasetProblem> problems;
    private long line;
    private boolean firstLine;
    private Outcome outcome;

    /**
     * Creates a parser.
     *
     * @param codec     the codec of the records, such as {@link Codecs#ACTIVITY}
     * @param hasId     whether the records have an {@code id} (named in the problems of rejected lines)
     * @param fileName  the file name used in problems
     * @param problems  receives the problems
     */
    public LineParser(RecordCodec<T, ?> codec, boolean hasId, String fileName,
            Consumer<? super DatasetProblem> problems) {
        this.codec = codec;
        this.hasId = hasId;
        this.fileName = fileName;
        this.problems = problems;
    }

    /**
     * Returns what the last call found.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Reports a line longer than the limit, which was skipped unread.
     *
     * @param lineNumber  the line number
     * @param length      the line's length in bytes
     */
    public void tooLong(long lineNumber, long length) {
        line = lineNumber;
        outcome = Outcome.REJECTED;
        problem(null, "", "LINE_TOO_LONG", "line is " + length + " bytes long, more than the limit; it was skipped unread");
    }

    /**
     * Parses one line (without its line feed).
     *
     * @param b           the bytes
     * @param off         the first byte of the line
     * @param len         the length of the line
     * @param lineNumber  the line number, 1-based (a byte order mark at the start of line 1 is skipped)
     * @return the record, or null when the line is blank or rejected
     */
    public T parse(byte[] b, int off, int len, long lineNumber) {
        return parse(b, off, len, lineNumber, lineNumber == 1);
    }

    /**
     * Parses one line (without its line feed) whose number is counted by the caller, for readers
     * that split a file into ranges and number the lines of each range from 1.
     *
     * @param b           the bytes
     * @param off         the first byte of the line
     * @param len         the length of the line
     * @param lineNumber  the line number reported with problems
     * @param firstLine   whether this is the first line of the file: a UTF-8 byte order mark at its start is
     *     skipped silently, while one at the start of any other line is the problem {@code BOM}
     * @return the record, or null when the line is blank or rejected
     */
    public T parse(byte[] b, int off, int len, long lineNumber, boolean firstLine) {
        line = lineNumber;
        this.firstLine = firstLine;
        T record = parseLine(b, off, len);
        outcome = record != null ? Outcome.RECORD : outcome;
        return record;
    }

    private void problem(String id, String path, String code, String message) {
        problems.accept(DatasetProblem.of(fileName, line, id, path, Severity.ERROR, code, message));
    }

    private T parseLine(byte[] b, int off, int len) {
        if (firstLine && TextEncoding.utf8BomLength(b, off, len) > 0) {
            // Excel and WPS start a UTF-8 file with a byte order mark: the data model accepts it
            off += 3;
            len -= 3;
        }
        if (ByteRules.isBlankLine(b, off, len)) {
            outcome = Outcome.BLANK;
            problem(null, "", "BLANK_LINE", "blank line: every line must hold one JSON object");
            return null;
        }
        outcome = Outcome.REJECTED;
        if (TextEncoding.utf8BomLength(b, off, len) > 0) {
            // Jackson would skip it silently: past the start of the file, a byte order mark is a problem
            problem(null, "", "BOM", firstLine
                    ? "the file starts with two UTF-8 byte order marks (EF BB BF EF BB BF); remove the second"
                    : "the line starts with a UTF-8 byte order mark (EF BB BF), as if files were joined; remove it");
            return null;
        }
        int bad = Utf8.firstInvalid(b, off, len);
        if (bad >= 0) {
            problem(null, "", "INVALID_UTF8", "ill-formed UTF-8 at byte " + (bad - off + 1) + " of the line (0x"
                    + Integer.toHexString(b[bad] & 0xFF).toUpperCase(java.util.Locale.ROOT) + ")");
            return null;
        }
        JsonParser p;
        try {
            p = Factories.RECORDS.createParser(b, off, len);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read a line held in memory", e);
        }
        try {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new RecordException("", "WRONG_TYPE", "a line must hold one JSON object - but was: "
                        + p.currentToken());
            }
            T record = codec.read(p, "");
            JsonToken after;
            try {
                after = p.nextToken();
            } catch (JsonParseException e) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw new RecordException("", "TRAILING_CONTENT", "unexpected content after the JSON object");
            }
            return record;
        } catch (RecordException e) {
            reject(b, off, len, e.path(), e.code(), e.getMessage());
        } catch (StreamConstraintsException e) {
            reject(b, off, len, pathOf(p), "LIMIT_EXCEEDED", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            reject(b, off, len, pathOf(p), "MALFORMED_JSON", e.getOriginalMessage());
        } catch (IOException e) {
            reject(b, off, len, "", "MALFORMED_JSON", e.getMessage());
        } catch (ArithmeticException e) {
            reject(b, off, len, pathOf(p), "OUT_OF_RANGE", "a number beyond what can be computed exactly: " + e.getMessage());
        } finally {
            closeQuietly(p);
        }
        return null;
    }

    private static void closeQuietly(JsonParser p) {
        try {
            p.close();
        } catch (IOException e) {
            // a parser over a byte array has nothing to release
        }
    }

    private void reject(byte[] b, int off, int len, String path, String code, String message) {
        problem(hasId ? probeId(b, off, len) : null, path, code, message);
    }

    /** Looks for a top-level string "id" in a rejected line, ignoring every other problem. */
    private static String probeId(byte[] b, int off, int len) {
        try (JsonParser p = Factories.RECORDS.createParser(b, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                if ("id".equals(name) && t == JsonToken.VALUE_STRING) {
                    return p.getText();
                }
                p.skipChildren();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        return null;
    }

    private static String pathOf(JsonParser p) {
        StringBuilder out = new StringBuilder();
        JsonStreamContext ctx = p.getParsingContext();
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        while (ctx != null && !ctx.inRoot()) {
            if (ctx.inArray()) {
                parts.push("[" + Math.max(0, ctx.getCurrentIndex()) + "]");
            } else if (ctx.getCurrentName() != null) {
                parts.push("." + ctx.getCurrentName());
            }
            ctx = ctx.getParent();
        }
        for (String part : parts) {
            out.append(part);
        }
        return out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
    }
}
