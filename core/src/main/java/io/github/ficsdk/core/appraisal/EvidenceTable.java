package io.github.ficsdk.core.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.internal.Numbers;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.Severity;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.TextEncoding;
import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import io.github.ficsdk.core.io.internal.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import io.github.ficsdk.core.appraisal.internal.ImmutableIds;
import java.util.Objects;
import java.util.Optional;

/**
 * The evidence of many subjects for one reporting period, such as every chamber's
 * {@code party.established} and {@code party.activities} in {@code 2017}: read from
 * {@code evidence.jsonl}, derived from a dataset by {@link EvidenceProvider}s, or built in code.
 *
 * <pre>{@code
 * ReportingPeriod year = ReportingPeriod.parse("2017");
 * EvidenceTable given = EvidenceTable.read(Path.of("data/evidence.jsonl"), year);
 * EvidenceTable table = EvidenceTable.builder(ReportingPeriod.parse("2017"))
 *         .put("C0001", "party.established", true, List.of("P0001"))
 *         .put("C0001", "party.activities", new BigDecimal("12"), List.of())
 *         .build();
 * table.get("C0001").get().find("party.activities");   // Optional[12]
 * }</pre>
 *
 * <p>A line of {@code evidence.jsonl} is {@code {"subject": "C0001", "period": "2017", "values": {"party.established": true, "party.activities": 12}}};
 * values are booleans, exact numbers or texts. Values are stored by column (one array per key),
 * so a table of 100,000 subjects stays small.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EvidenceTable {

    private final String period;
    private final Map<String, Integer> rows;
    private final List<String> subjects;
    private final Map<String, Object[]> values;
    private final Map<String, Object[]> sources;

    /** The table of what a builder holds, copied: later puts do not show in it. */
    private EvidenceTable(Builder b) {
        period = b.period;
        rows = Map.copyOf(b.rows);
        subjects = List.copyOf(b.subjects);
        values = Builder.copy(b.values);
        sources = Builder.copy(b.sources);
    }

    /**
     * Returns a new builder.
     *
     * @param period  the reporting period, such as {@code ReportingPeriod.parse("2017")}, not null
     * @return a builder, never null
     */
    public static Builder builder(ReportingPeriod period) {
        return builder(Objects.requireNonNull(period, "period").toString());
    }

    /** A builder for a period as written, {@link ReportingPeriod#toString()}. */
    static Builder builder(String period) {
        return new Builder(Objects.requireNonNull(period, "period"));
    }

    /**
     * Returns the empty table of a period.
     *
     * @param period  the reporting period, not null
     * @return the table, never null
     */
    public static EvidenceTable empty(ReportingPeriod period) {
        return builder(period).build();
    }

    /**
     * Returns a table of records (all of one period).
     *
     * @param period   the reporting period, not null
     * @param records  the records, not null
     * @return the table, never null
     * @throws IllegalArgumentException if a record is of another period
     */
    public static EvidenceTable of(ReportingPeriod period, Collection<EvidenceRecord> records) {
        Builder b = builder(period);
        for (EvidenceRecord r : records) {
            if (!r.getPeriod().equals(period.toString())) {
                throw new IllegalArgumentException("evidence of " + r.getSubject() + " is for period " + r.getPeriod()
                        + " - expected " + period);
            }
            b.putAll(r);
        }
        return b.build();
    }

    /**
     * Reads the lines of an {@code evidence.jsonl} file that belong to a period (the {@code period}
     * text equals the period's); the sources of a value are {@code evidence.jsonl:<line>}. Lines
     * longer than {@link JsonLinesReader#DEFAULT_MAX_LINE_LENGTH} bytes are refused unread.
     *
     * @param file    the file, not null
     * @param period  the period, not null
     * @return the table, never null
     * @throws DatasetReadException at the first line with a problem, naming the file and the line:
     *         {@code LINE_TOO_LONG}, {@code BLANK_LINE}, {@code BOM} (a byte order mark starting any line
     *         but the first), {@code INVALID_UTF8}, {@code MALFORMED_JSON},
     *         {@code LIMIT_EXCEEDED}, {@code UNKNOWN_PROPERTY}, {@code REQUIRED}, {@code WRONG_TYPE},
     *         {@code OUT_OF_RANGE}, {@code INVALID_PERIOD} or a repeated subject ({@code DUPLICATE_ID})
     * @throws UncheckedIOException if the file cannot be read
     */
    public static EvidenceTable read(Path file, ReportingPeriod period) {
        return read(file, period, JsonLinesReader.DEFAULT_MAX_LINE_LENGTH);
    }

    /**
     * Reads the lines of an {@code evidence.jsonl} file that belong to a period, refusing lines
     * longer than a limit without holding them in memory.
     *
     * @param file           the file, not null
     * @param period         the period, not null
     * @param maxLineLength  the longest line accepted, in bytes without the line end, at least 2
     * @return the table, never null
     * @throws DatasetReadException at the first line with a problem, as {@link #read(Path, ReportingPeriod)}
     * @throws IllegalArgumentException if {@code maxLineLength} is below 2
     * @throws UncheckedIOException if the file cannot be read
     */
    public static EvidenceTable read(Path file, ReportingPeriod period, int maxLineLength) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()), period, maxLineLength);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the lines of a UTF-8 evidence stream (not closed) that belong to a period, with the
     * default line limit.
     *
     * @param in        the stream, not null
     * @param fileName  the name used in problems and sources, not null
     * @param period    the period, not null
     * @return the table, never null
     * @throws DatasetReadException at the first line with a problem, as {@link #read(Path, ReportingPeriod)}
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static EvidenceTable read(InputStream in, String fileName, ReportingPeriod period) {
        return read(in, fileName, period, JsonLinesReader.DEFAULT_MAX_LINE_LENGTH);
    }

    /**
     * Reads the lines of a UTF-8 evidence stream (not closed) that belong to a period. The lines
     * are split as {@link JsonLinesReader} splits them: at {@code \n}, never holding more than
     * {@code maxLineLength} bytes of one line; a UTF-8 byte order mark at the start of the stream
     * is skipped. Reading is strict: the first line with a problem ends it with an exception (a
     * grade must not rest on evidence read in part).
     *
     * @param in             the stream, not null
     * @param fileName       the name used in problems and sources, not null
     * @param period         the period, not null
     * @param maxLineLength  the longest line accepted, in bytes without the line end, at least 2
     * @return the table, never null
     * @throws DatasetReadException at the first line with a problem, as {@link #read(Path, ReportingPeriod)}
     * @throws IllegalArgumentException if {@code maxLineLength} is below 2
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static EvidenceTable read(InputStream in, String fileName, ReportingPeriod period, int maxLineLength) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        if (maxLineLength < 2) {
            throw new IllegalArgumentException("maxLineLength must be at least 2 - but was: " + maxLineLength);
        }
        String wanted = period.toString();
        Builder b = builder(wanted);
        LineSplitter lines = new LineSplitter(in, maxLineLength, 1 << 16);
        Map<String, Long> seen = new HashMap<>();
        try {
            while (lines.next()) {
                long n = lines.lineNumber();
                if (lines.tooLongLength() >= 0) {
                    throw problem(fileName, n, null, "", "LINE_TOO_LONG", "line is " + lines.tooLongLength()
                            + " bytes long, more than the limit of " + maxLineLength + " bytes; it was not read");
                }
                byte[] buf = lines.buffer();
                int off = lines.offset();
                int len = lines.length();
                if (TextEncoding.utf8BomLength(buf, off, len) > 0) {
                    if (n > 1) {
                        // Jackson would skip it silently: files joined together
                        throw problem(fileName, n, null, "", "BOM", "the line starts with a UTF-8 byte order mark "
                                + "(EF BB BF), as if files were joined; remove it");
                    }
                    // a leading byte order mark is accepted (data model: every file)
                    off += 3;
                    len -= 3;
                }
                readLine(buf, off, len, n, fileName, period, b, seen);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
        return b.build();
    }

    private static void readLine(byte[] buf, int off, int len, long n, String fileName, ReportingPeriod period,
            Builder b, Map<String, Long> seen) {
        if (ByteRules.isBlankLine(buf, off, len)) {
            throw problem(fileName, n, null, "", "BLANK_LINE", "blank line: every line must hold one JSON object");
        }
        int bad = Utf8.firstInvalid(buf, off, len);
        if (bad >= 0) {
            throw problem(fileName, n, null, "", "INVALID_UTF8", "ill-formed UTF-8 at byte " + (bad - off + 1)
                    + " of the line (0x" + Integer.toHexString(buf[bad] & 0xFF).toUpperCase(java.util.Locale.ROOT) + ")");
        }
        JsonNode node;
        try {
            node = SchemeJson.MAPPER.readTree(buf, off, len);
        } catch (StreamConstraintsException e) {
            throw problem(fileName, n, null, "", "LIMIT_EXCEEDED", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw problem(fileName, n, null, "", "MALFORMED_JSON", e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(fileName, n, null, "", "MALFORMED_JSON", String.valueOf(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw problem(fileName, n, null, "", "WRONG_TYPE", "a line must be a JSON object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("subject") && !name.equals("period") && !name.equals("values")) {
                throw problem(fileName, n, null, name, "UNKNOWN_PROPERTY", "unknown property " + name);
            }
        }
        String subject = text(node, "subject", fileName, n);
        String p = text(node, "period", fileName, n);
        JsonNode vals = node.get("values");
        if (vals == null || !vals.isObject()) {
            throw problem(fileName, n, subject, "values", vals == null ? "REQUIRED" : "WRONG_TYPE",
                    "values must be an object of booleans, numbers and texts");
        }
        ReportingPeriod linePeriod;
        try {
            linePeriod = ReportingPeriod.parse(p);
        } catch (IllegalArgumentException e) {
            throw problem(fileName, n, subject, "period", "INVALID_PERIOD", e.getMessage());
        }
        // the same days, however written: 2017 and 2017-01-01/2017-12-31 are one period
        if (!linePeriod.getStart().equals(period.getStart()) || !linePeriod.getEnd().equals(period.getEnd())) {
            return;
        }
        Long earlier = seen.putIfAbsent(subject, n);
        if (earlier != null) {
            throw problem(fileName, n, subject, "subject", "DUPLICATE_ID",
                    "evidence of " + subject + " for " + p + " is already on line " + earlier);
        }
        List<String> src = List.of(fileName + ":" + n);
        Iterator<Map.Entry<String, JsonNode>> fields = vals.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode v = f.getValue();
            if (!(v.isBoolean() || v.isNumber() || v.isTextual())) {
                throw problem(fileName, n, subject, "values." + f.getKey(), "WRONG_TYPE",
                        "an evidence value must be a boolean, a number or a text - but was: " + v);
            }
            Object value;
            try {
                value = SchemeJson.value(v, "values." + f.getKey());
            } catch (SchemeLoadException e) {
                throw problem(fileName, n, subject, e.getPath(), e.getProblemCode(), e.getMessage());
            }
            b.put(subject, f.getKey(), value, src);
        }
        if (!vals.fields().hasNext()) {
            b.row(subject);
        }
    }

    private static String text(JsonNode node, String name, String file, long line) {
        JsonNode v = node.get(name);
        if (v == null || !v.isTextual()) {
            throw problem(file, line, null, name, v == null ? "REQUIRED" : "WRONG_TYPE", name + " must be a text");
        }
        return v.asText();
    }

    private static DatasetReadException problem(String file, long line, String id, String path, String code, String message) {
        return new DatasetReadException(DatasetProblem.of(file, line, id, path, Severity.ERROR, code, message));
    }

    /**
     * Returns the reporting period, such as {@code 2017}.
     *
     * @return the period text, never null
     */
    public String getPeriod() {
        return period;
    }

    /**
     * Returns the subjects, in the order they were first put.
     *
     * @return the subject ids, never null
     */
    public List<String> getSubjects() {
        return subjects;
    }

    /**
     * Returns the evidence of a subject.
     *
     * @param subject  the subject id, not null
     * @return the record, empty when the table has nothing for it
     */
    public Optional<EvidenceRecord> get(String subject) {
        Integer row = rows.get(subject);
        return row == null ? Optional.empty() : Optional.of(ImmutableEvidenceRecord.of(subject, this, row));
    }

    /**
     * Returns the record of a subject, empty (no values) when the table has nothing for it.
     *
     * @param subject  the subject id, not null
     * @return the record, never null
     */
    public EvidenceRecord getOrEmpty(String subject) {
        Integer row = rows.get(subject);
        return ImmutableEvidenceRecord.of(subject, this, row == null ? -1 : row);
    }

    /**
     * Returns the keys with at least one value.
     *
     * @return the keys, never null
     */
    public java.util.Set<String> getKeys() {
        return values.keySet();
    }

    /**
     * Returns the number of subjects.
     *
     * @return the count, not negative
     */
    public int size() {
        return subjects.size();
    }

    /**
     * Returns this table with another's values added, the other's winning for a key both have
     * (for example values from {@code evidence.jsonl} over derived ones); the period stays this one's.
     *
     * @param other  the other table, not null
     * @return a new table, never null
     */
    public EvidenceTable overriddenBy(EvidenceTable other) {
        Builder b = builder(period);
        for (String s : subjects) {
            b.putAll(getOrEmpty(s));
        }
        for (String s : other.subjects) {
            b.putAll(other.getOrEmpty(s));
        }
        return b.build();
    }

    Object value(int row, String key) {
        Object[] column = values.get(key);
        return column == null || row < 0 || row >= column.length ? null : column[row];
    }

    Object[] column(String key) {
        return values.get(key);
    }

    @SuppressWarnings("unchecked")
    List<String> sources(int row, String key) {
        Object[] column = sources.get(key);
        Object s = column == null || row < 0 || row >= column.length ? null : column[row];
        return s == null ? List.of() : (List<String>) s;
    }

    Map<String, Object> values(int row) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        if (row >= 0) {
            values.forEach((k, col) -> {
                if (row < col.length && col[row] != null) {
                    map.put(k, col[row]);
                }
            });
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Builds an {@link EvidenceTable}; the sink of {@link EvidenceProvider}s. A later value for the
     * same subject and key replaces the earlier one.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {

        private final String period;
        private final Map<String, Integer> rows = new HashMap<>();
        private final List<String> subjects = new ArrayList<>();
        private final Map<String, Object[]> values = new HashMap<>();
        private final Map<String, Object[]> sources = new HashMap<>();

        private Builder(String period) {
            this.period = period;
        }

        /**
         * Returns the period of the table being built.
         *
         * @return the period text, never null
         */
        public String getPeriod() {
            return period;
        }

        /**
         * Adds a subject without values (so that it is listed).
         *
         * @param subject  the subject id, not null
         * @return this builder
         */
        public Builder row(String subject) {
            rowOf(subject);
            return this;
        }

        /**
         * Puts a value.
         *
         * @param subject  the subject id, not null
         * @param key      the evidence key, such as {@code party.activities}, not null
         * @param value    a {@link Boolean}, an exact number ({@link BigDecimal}, {@link Integer},
         *                 {@link Long}, {@link BigInteger}) or a {@link String}; not null
         * @param sourceIds  the ids of the records behind the value, not null
         * @return this builder
         * @throws IllegalArgumentException if the value is of another type
         */
        public Builder put(String subject, String key, Object value, List<String> sourceIds) {
            int row = rowOf(subject);
            Object v = normalize(key, value);
            set(values, key, row, v);
            set(sources, key, row, sourceIds.isEmpty() ? null
                    : sourceIds instanceof ImmutableIds owned ? owned : List.copyOf(sourceIds));
            return this;
        }

        /**
         * Puts every value of a record.
         *
         * @param record  the record, not null
         * @return this builder
         */
        public Builder putAll(EvidenceRecord record) {
            rowOf(record.getSubject());
            for (Map.Entry<String, Object> e : record.getValues().entrySet()) {
                put(record.getSubject(), e.getKey(), e.getValue(), record.getSources(e.getKey()));
            }
            return this;
        }

        private int rowOf(String subject) {
            Integer row = rows.get(Objects.requireNonNull(subject, "subject"));
            if (row == null) {
                row = subjects.size();
                rows.put(subject, row);
                subjects.add(subject);
            }
            return row;
        }

        private void set(Map<String, Object[]> columns, String key, int row, Object v) {
            Object[] column = columns.get(key);
            if (column == null) {
                if (v == null) {
                    return;
                }
                column = new Object[Math.max(16, subjects.size())];
                columns.put(key, column);
            } else if (row >= column.length) {
                column = Arrays.copyOf(column, Math.max(row + 1, column.length * 2));
                columns.put(key, column);
            }
            column[row] = v;
        }

        private static Object normalize(String key, Object value) {
            Objects.requireNonNull(key, "key");
            if (value instanceof BigDecimal d) {
                return Numbers.withoutNegativeScale(d);
            } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
                return BigDecimal.valueOf(((Number) value).longValue());
            } else if (value instanceof BigInteger i) {
                return new BigDecimal(i);
            } else if (value instanceof Boolean || value instanceof String) {
                return value;
            }
            throw new IllegalArgumentException("evidence " + key + " must be a boolean, an exact number or a text - but was: "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }

        /**
         * Builds the table.
         *
         * @return the table, never null
         */
        public EvidenceTable build() {
            return new EvidenceTable(this);
        }

        private static Map<String, Object[]> copy(Map<String, Object[]> columns) {
            Map<String, Object[]> copy = new HashMap<>();
            columns.forEach((k, v) -> copy.put(k, v.clone()));
            return Map.copyOf(copy);
        }
    }
}
