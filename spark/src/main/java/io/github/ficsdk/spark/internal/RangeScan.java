package io.github.ficsdk.spark.internal;

import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import io.github.ficsdk.report.ActivityLineReader;
import io.github.ficsdk.report.ReportAccumulator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Reads one byte range of {@code activities.jsonl} on an executor, line by line, as a reading
 * thread of the local engine does ({@link ActivityLineReader}: its scanner when certain, else the
 * strict reader of {@code fic-core}, with Bean Validation when asked): every
 * valid activity goes into a partial result of the query, every problem into a collector with
 * the range's own line numbers (the driver moves them once it knows how many lines come before).
 *
 * <p>First pass: every activity counts, and the 64-bit hash of its id is kept, so that the driver
 * can find the hashes that occur more than once over the file. Second pass (only when some do):
 * the activities whose hash is a candidate are left aside with their line, for the driver to
 * count the first occurrence of each id.
 */
public final class RangeScan {

    private static final int BUFFER = 1 << 20;

    private RangeScan() {}

    /**
     * What one range gave.
     *
     * @param index       the range's index
     * @param lines       the lines read
     * @param bytesRead   the bytes read
     * @param problems    the problems, with the range's line numbers
     * @param state       the encoded partial result
     * @param hashes      the hashes of the ids of the activities counted, sorted (first pass), else empty
     * @param asideLines  the range line of each activity left aside (second pass)
     * @param asideBytes  the bytes of each line left aside (second pass)
     */
    public record Result(int index, long lines, long bytesRead, Problems problems, byte[] state, long[] hashes,
            long[] asideLines, List<byte[]> asideBytes) {

        /**
         * Encodes the result to travel to the driver.
         *
         * @return the bytes
         */
        public byte[] encode() {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(bytes);
                out.writeInt(index);
                out.writeLong(lines);
                out.writeLong(bytesRead);
                Problems.write(out, problems);
                out.writeInt(state.length);
                out.write(state);
                out.writeInt(hashes.length);
                for (long h : hashes) {
                    out.writeLong(h);
                }
                out.writeInt(asideLines.length);
                for (int i = 0; i < asideLines.length; i++) {
                    out.writeLong(asideLines[i]);
                    out.writeInt(asideBytes.get(i).length);
                    out.write(asideBytes.get(i));
                }
                out.flush();
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * Decodes a result.
         *
         * @param b  the bytes of {@link #encode()}
         * @return the result
         */
        public static Result decode(byte[] b) {
            try {
                DataInputStream in = new DataInputStream(new ByteArrayInputStream(b));
                int index = in.readInt();
                long lines = in.readLong();
                long bytesRead = in.readLong();
                Problems problems = Problems.read(in);
                byte[] state = new byte[in.readInt()];
                in.readFully(state);
                long[] hashes = new long[in.readInt()];
                for (int i = 0; i < hashes.length; i++) {
                    hashes[i] = in.readLong();
                }
                int n = in.readInt();
                long[] asideLines = new long[n];
                List<byte[]> asideBytes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    asideLines[i] = in.readLong();
                    byte[] line = new byte[in.readInt()];
                    in.readFully(line);
                    asideBytes.add(line);
                }
                return new Result(index, lines, bytesRead, problems, state, hashes, asideLines, asideBytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a range.
     *
     * @param spec        the query
     * @param file        the file, as a path every executor sees
     * @param index       the range's index
     * @param start       the first byte (a line start)
     * @param end         one past the last byte (a line start or the size of the file)
     * @param candidates  the sorted hashes whose activities are left aside (second pass), or null (first pass)
     * @return the result, encoded
     */
    public static byte[] run(QuerySpec spec, String file, int index, long start, long end, long[] candidates) {
        ReportAccumulator accumulator = spec.newAccumulator();
        ActivityLineReader reader = ActivityLineReader.of(accumulator, spec.maxProblems(), spec.validator());
        LongStream.Builder hashes = LongStream.builder();
        List<Long> asideLines = new ArrayList<>();
        List<byte[]> asideBytes = new ArrayList<>();
        long lines = 0;
        long bytesRead;
        try (FileChannel channel = FileChannel.open(Path.of(file), StandardOpenOption.READ)) {
            LineSplitter splitter = LineSplitter.range(channel, start, end, spec.maxLineLength(), BUFFER);
            while (splitter.next()) {
                lines++;
                if (splitter.tooLongLength() >= 0) {
                    reader.lineTooLong(lines, splitter.tooLongLength());
                    continue;
                }
                byte[] b = splitter.buffer();
                int from = splitter.offset();
                int to = from + splitter.length();
                if (!reader.read(b, from, to, lines, start == 0 && lines == 1)) {
                    continue;
                }
                long h = reader.idHash();
                if (candidates == null) {
                    hashes.add(h);
                } else if (Arrays.binarySearch(candidates, h) >= 0) {
                    asideLines.add(lines);
                    asideBytes.add(Arrays.copyOfRange(b, from, to));
                    continue;
                }
                reader.count();
            }
            bytesRead = splitter.readPosition() - start;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ProblemCollector problems = reader.problems();
        long[] aside = asideLines.stream().mapToLong(Long::longValue).toArray();
        return new Result(index, lines, bytesRead, Problems.of(problems), accumulator.toBytes(),
                candidates == null ? hashes.build().sorted().toArray() : new long[0], aside, asideBytes).encode();
    }
}
