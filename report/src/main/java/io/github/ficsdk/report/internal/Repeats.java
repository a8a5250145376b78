package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.internal.RecordRepeats;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rare case of {@link ActivityFileScan}: the records whose id hash occurs more than once,
 * left aside by the second scan, are told apart by their ids themselves, in file order; the first
 * occurrence of each id is counted and every other one is a {@code DUPLICATE_ID} problem. Memory
 * grows with the number of records left aside (24 bytes each), and each of them is read once more
 * from the file.
 */
final class Repeats {

    private Repeats() {}

    /** The records left aside by one range: primitives only. Not thread-safe. */
    static final class Candidates {
        long[] hash = new long[16];
        long[] position = new long[16];
        long[] line = new long[16];
        int size;

        void clear() {
            hash = new long[0];
            position = new long[0];
            line = new long[0];
            size = 0;
        }

        void add(long h, long filePosition, long rangeLine) {
            if (size == hash.length) {
                int n = Math.max(16, size * 2);
                hash = Arrays.copyOf(hash, n);
                position = Arrays.copyOf(position, n);
                line = Arrays.copyOf(line, n);
            }
            hash[size] = h;
            position[size] = filePosition;
            line[size++] = rangeLine;
        }
    }

    /**
     * Counts the first occurrence of every id left aside into the totals and returns the problems
     * of the others.
     *
     * @return the DUPLICATE_ID problems, in line order
     */
    static List<DatasetProblem> resolve(FileChannel channel, List<ActivityFileScan.Chunk> chunks,
            List<Aggregation> total, List<Plan> plans, KindCodes kinds, ActivityFileScan.SlowPath slow,
            int maxLineLength) throws IOException {
        int n = 0;
        for (ActivityFileScan.Chunk c : chunks) {
            n += c.aside.size;
        }
        long[] hash = new long[n];
        long[] position = new long[n];
        long[] line = new long[n];
        int k = 0;
        for (ActivityFileScan.Chunk c : chunks) {
            Candidates a = c.aside;
            System.arraycopy(a.hash, 0, hash, k, a.size);
            System.arraycopy(a.position, 0, position, k, a.size);
            for (int i = 0; i < a.size; i++) {
                line[k + i] = a.line[i] + c.firstLine;
            }
            k += a.size;
            a.clear(); // held once, here
        }
        // file order within equal hashes: the ranges are in file order, and a stable sort by hash keeps it
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        sortByHash(order, hash);
        ActivityFileScan.LineDecoder decoder = new ActivityFileScan.LineDecoder(plans, kinds, slow);
        LineReader reader = new LineReader(channel, maxLineLength);
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<Long> firstLines = new ArrayList<>();
        for (int from = 0; from < n; ) {
            int to = from + 1;
            while (to < n && hash[order[to]] == hash[order[from]]) {
                to++;
            }
            ids.clear();
            firstLines.clear();
            for (int g = from; g < to; g++) {
                int i = order[g];
                byte[] b = reader.read(position[i]);
                if (b == null || !decoder.decode(b, 0, reader.length, line[i], position[i] == 0)) {
                    // the file changed under us: the line is no longer a record
                    continue;
                }
                ScannedActivity a = decoder.activity;
                String id = new String(a.buf, a.idOff, a.idLen, StandardCharsets.UTF_8);
                int seen = ids.indexOf(id);
                if (seen >= 0) {
                    problems.add(RecordRepeats.duplicateId(DatasetFile.ACTIVITIES.getFileName(), line[i], id,
                            firstLines.get(seen)));
                    continue;
                }
                ids.add(id);
                firstLines.add(line[i]);
                for (Aggregation aggregation : total) {
                    aggregation.add(a, decoder.full);
                }
            }
            from = to;
        }
        problems.sort(java.util.Comparator.comparingLong(DatasetProblem::line));
        return problems;
    }

    /** A stable merge sort of indexes by their hash. */
    private static void sortByHash(int[] order, long[] hash) {
        int[] tmp = new int[order.length];
        for (int width = 1; width < order.length; width *= 2) {
            for (int lo = 0; lo < order.length - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, order.length);
                int i = lo;
                int j = mid;
                int t = lo;
                while (i < mid && j < hi) {
                    tmp[t++] = hash[order[j]] < hash[order[i]] ? order[j++] : order[i++];
                }
                while (i < mid) {
                    tmp[t++] = order[i++];
                }
                while (j < hi) {
                    tmp[t++] = order[j++];
                }
                System.arraycopy(tmp, lo, order, lo, hi - lo);
            }
        }
    }

    /** Reads single lines at file positions. */
    private static final class LineReader {
        final FileChannel channel;
        final int maxLineLength;
        byte[] buf = new byte[1 << 12];
        int length;

        LineReader(FileChannel channel, int maxLineLength) {
            this.channel = channel;
            this.maxLineLength = maxLineLength;
        }

        /** The line at a position (without its line feed) in {@link #buf}, its length in {@link #length}. */
        byte[] read(long at) throws IOException {
            int filled = 0;
            while (true) {
                int n = channel.read(ByteBuffer.wrap(buf, filled, buf.length - filled), at + filled);
                if (n <= 0) {
                    length = filled;
                    return filled == 0 ? null : buf;
                }
                for (int i = filled; i < filled + n; i++) {
                    if (buf[i] == '\n') {
                        length = i;
                        return buf;
                    }
                }
                filled += n;
                if (filled > maxLineLength) {
                    return null;
                }
                if (filled == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
            }
        }
    }
}
