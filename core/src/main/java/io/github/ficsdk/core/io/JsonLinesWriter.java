package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ficsdk.core.io.internal.Factories;
import io.github.ficsdk.core.io.internal.RecordCodec;
import io.github.ficsdk.core.io.internal.UncheckedIo;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Writes records as JSON Lines: one compact UTF-8 JSON object per line, each ended by {@code \n},
 * with the property names of the data model; absent optional properties and defaults
 * ({@code end} = {@code start}, {@code sessions} = 1, {@code status} = ACTIVE, empty lists and
 * extensions) are left out. Reading the output back gives equal records.
 *
 * <pre>{@code
 * try (JsonLinesWriter<Activity> writer = JsonLinesWriter.open(DatasetFile.ACTIVITIES, out)) {
 *     writer.write(activity);
 * }
 * }</pre>
 *
 * <p>This class is mutable and not thread-safe.
 *
 * @param <T> the record type
 * @since 0.1
 */
public final class JsonLinesWriter<T> implements Closeable, Flushable {

    private final RecordCodec<T, ?> codec;
    private final JsonGenerator generator;

    private JsonLinesWriter(RecordCodec<T, ?> codec, JsonGenerator generator) {
        this.codec = codec;
        this.generator = generator;
    }

    /**
     * Opens a writer.
     *
     * @param <T>   the record type
     * @param file  the kind of file, not null
     * @param out   the stream to write to, not null; closed by {@link #close()}
     * @return the writer, never null
     * @throws UncheckedIOException if the generator cannot be created
     */
    public static <T> JsonLinesWriter<T> open(DatasetFile<T> file, OutputStream out) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(out, "out");
        try {
            com.fasterxml.jackson.core.JsonGenerator generator = Factories.RECORDS.createGenerator(out, JsonEncoding.UTF8);
            generator.setRootValueSeparator(null); // the line feed separates records; no space before them
            return new JsonLinesWriter<>(file.codec(), generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes one record as one line.
     *
     * @param record  the record, not null
     * @throws UncheckedIOException if writing fails
     */
    public void write(T record) {
        Objects.requireNonNull(record, "record");
        try {
            codec.write(generator, record);
            generator.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every record, one per line.
     *
     * @param records  the records, not null
     * @throws UncheckedIOException if writing fails
     */
    public void writeAll(Iterable<? extends T> records) {
        for (T record : records) {
            write(record);
        }
    }

    /**
     * Flushes buffered output. Like {@link #write(Object)}, it throws no checked exception: every
     * I/O error of the dataset readers and writers is an {@link UncheckedIOException}.
     *
     * @throws UncheckedIOException if flushing fails
     */
    @Override
    public void flush() {
        UncheckedIo.run(generator::flush);
    }

    /**
     * Flushes and closes the underlying stream.
     *
     * @throws UncheckedIOException if closing fails
     */
    @Override
    public void close() {
        UncheckedIo.run(generator::close);
    }
}
