package io.github.ficsdk.core.io;

import io.github.ficsdk.core.io.internal.LineParser;
import io.github.ficsdk.core.io.internal.UncheckedIo;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import io.github.ficsdk.validation.FicValidator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the records of one JSON Lines file, one line at a time: each line is parsed on its own,
 * and a line with a problem is reported (with its file, line number, id when readable, path,
 * code and message) and skipped, and reading goes on with the next line.
 *
 * <pre>{@code
 * List<DatasetProblem> problems = new ArrayList<>();
 * try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
 *         Files.newInputStream(path), "activities.jsonl", problems::add)) {
 *     Activity activity;
 *     while ((activity = reader.read()) != null) {
 *         // use activity, read on line reader.getLineNumber()
 *     }
 * }
 * }</pre>
 *
 * <p>Lines end at {@code \n} (a {@code \r} before it is white space). A line longer than the
 * maximum ({@link #DEFAULT_MAX_LINE_LENGTH} bytes by default) is skipped without being held in
 * memory ({@code LINE_TOO_LONG}). A UTF-8 byte order mark at the very start of the stream is
 * skipped (Excel and WPS write one). Blank lines ({@code BLANK_LINE}), a byte order mark at the
 * start of any other line ({@code BOM}), ill-formed UTF-8 ({@code INVALID_UTF8}) and anything
 * after the object ({@code TRAILING_CONTENT}) are problems of their line, never skipped silently
 * or replaced.
 *
 * <p>Before the first record, the reader looks at the first {@link TextEncoding#SNIFF_LENGTH}
 * bytes: a stream that is not UTF-8 (UTF-16, GB18030/GBK, see {@link TextEncoding}) is one
 * problem, {@code ENCODING} at line 0, and no record of it is read.
 * Records are checked at construction only; Bean Validation is left to {@link Dataset#validate()}.
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @param <T> the record type
 * @since 0.1
 */
public final class JsonLinesReader<T> implements Closeable {

    /** The default maximum length of a line: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_LENGTH = 1 << 20;

    private static final int BUFFER_SIZE = 1 << 16;

    private final InputStream in;
    private final String fileName;
    private final int maxLineLength;
    private final Consumer<? super DatasetProblem> problems;
    private final LineParser<T> parser;
    private final Runnable atEnd;
    private final DatasetFile<T> file;
    private final FicValidator validator;
    private LineSplitter lines;
    private boolean started;
    private boolean ended;
    private long recordLine;
    private long linesRead;
    private long rejected;

    private JsonLinesReader(DatasetFile<T> file, InputStream in, String fileName, int maxLineLength,
            Consumer<? super DatasetProblem> problems, Runnable atEnd, FicValidator validator) {
        this.file = file;
        this.validator = validator;
        this.in = in;
        this.fileName = fileName;
        this.maxLineLength = maxLineLength;
        this.problems = problems;
        this.parser = new LineParser<>(file.codec(), file.hasId(), fileName, problems);
        this.atEnd = atEnd;
    }

    /**
     * Opens a reader with the default maximum line length.
     *
     * @param <T>       the record type
     * @param file      the kind of file, not null
     * @param in        the bytes, not null; closed by {@link #close()}
     * @param fileName  the file name used in problems, not null
     * @param problems  receives every problem, not null
     * @return the reader, never null
     */
    public static <T> JsonLinesReader<T> open(DatasetFile<T> file, InputStream in, String fileName,
            Consumer<? super DatasetProblem> problems) {
        return open(file, in, fileName, DEFAULT_MAX_LINE_LENGTH, problems);
    }

    /**
     * Opens a reader.
     *
     * @param <T>            the record type
     * @param file           the kind of file, not null
     * @param in             the bytes, not null; closed by {@link #close()}
     * @param fileName       the file name used in problems, not null
     * @param maxLineLength  the longest line accepted, in bytes without the line end, at least 2
     * @param problems       receives every problem, not null
     * @return the reader, never null
     * @throws IllegalArgumentException if {@code maxLineLength} is below 2
     */
    public static <T> JsonLinesReader<T> open(DatasetFile<T> file, InputStream in, String fileName,
            int maxLineLength, Consumer<? super DatasetProblem> problems) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(problems, "problems");
        if (maxLineLength < 2) {
            throw new IllegalArgumentException("maxLineLength must be at least 2 - but was: " + maxLineLength);
        }
        return new JsonLinesReader<>(file, in, fileName, maxLineLength, problems, null, null);
    }

    /** Opens a reader that runs {@code atEnd} once, when the end of the stream is reached (for {@link Dataset}). */
    static <T> JsonLinesReader<T> open(DatasetFile<T> file, InputStream in, String fileName, int maxLineLength,
            Consumer<? super DatasetProblem> problems, Runnable atEnd) {
        return new JsonLinesReader<>(file, in, fileName, maxLineLength, problems, atEnd, null);
    }

    /**
     * Opens a reader that runs {@code atEnd} once at the end and, when {@code validator} is not
     * null, rejects the records with an error of Bean Validation (for {@link Dataset}).
     */
    static <T> JsonLinesReader<T> open(DatasetFile<T> file, InputStream in, String fileName, int maxLineLength,
            Consumer<? super DatasetProblem> problems, Runnable atEnd, FicValidator validator) {
        return new JsonLinesReader<>(file, in, fileName, maxLineLength, problems, atEnd, validator);
    }

    /**
     * Reads the next record, reporting and skipping every line with a problem on the way.
     *
     * @return the next record, or null at the end of the file
     * @throws UncheckedIOException if the stream cannot be read
     */
    public T read() {
        try {
            if (!started) {
                started = true;
                start();
            }
            while (lines != null && lines.next()) {
                T record = parseLine();
                if (record != null) {
                    recordLine = lines.lineNumber();
                    return record;
                }
            }
            if (!ended) {
                ended = true;
                if (atEnd != null && lines != null) {
                    // the whole file was read (not one refused for its encoding): check it is still the same
                    atEnd.run();
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** Looks at the start of the stream: a stream that is not UTF-8 is one problem and has no lines. */
    private void start() throws IOException {
        byte[] head = new byte[TextEncoding.SNIFF_LENGTH];
        int n = in.readNBytes(head, 0, head.length);
        java.util.Optional<DatasetProblem> unreadable = TextEncoding.startProblem(head, 0, n, n < head.length, fileName);
        if (unreadable.isPresent()) {
            problems.accept(unreadable.get());
            return;
        }
        InputStream rest = n < head.length ? new ByteArrayInputStream(head, 0, n)
                : new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in);
        lines = new LineSplitter(rest, maxLineLength, BUFFER_SIZE);
    }

    /**
     * Returns the line number of the record last returned by {@link #read()}.
     *
     * @return the 1-based line number, 0 before the first record
     */
    public long getLineNumber() {
        return recordLine;
    }

    /**
     * Returns the number of non-blank lines read so far, each holding one record or its problem.
     *
     * @return the count, not negative
     */
    public long getRecordsRead() {
        return linesRead;
    }

    /**
     * Returns the number of lines rejected so far (including blank lines).
     *
     * @return the count, not negative
     */
    public long getRecordsRejected() {
        return rejected;
    }

    /**
     * Returns the remaining records as a lazy, sequential stream; close it to close the reader.
     *
     * @return the stream, never null
     */
    public Stream<T> stream() {
        Spliterator<T> spliterator = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                T record = read();
                if (record == null) {
                    return false;
                }
                action.accept(record);
                return true;
            }
        };
        return StreamSupport.stream(spliterator, false).onClose(this::closeUnchecked);
    }

    private void closeUnchecked() {
        close();
    }

    /**
     * Closes the underlying stream. Like {@link #read()}, it throws no checked exception: every
     * I/O error of the dataset readers and writers is an {@link UncheckedIOException}.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        UncheckedIo.run(in::close);
    }

    private T parseLine() {
        long line = lines.lineNumber();
        if (lines.tooLongLength() >= 0) {
            linesRead++;
            rejected++;
            parser.tooLong(line, lines.tooLongLength());
            return null;
        }
        T record = parser.parse(lines.buffer(), lines.offset(), lines.length(), line);
        if (parser.outcome() != LineParser.Outcome.BLANK) {
            linesRead++;
        }
        if (record != null && validator != null
                && io.github.ficsdk.core.io.internal.BeanValidationErrors.reject(validator, file, fileName, line, record, problems)) {
            record = null;
        }
        if (record == null) {
            rejected++;
        }
        return record;
    }
}
