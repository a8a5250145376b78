package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rare case of {@link ActivityFileScan}: the records whose id hash occurs more than once,
 * left aside by the second scan, are told apart by their ids themselves, in file order; the first
 * occurrence of each id is counted and every other one is a {@code DUPLICATE_ID} problem. Memory
 * grows with the number of records left aside (about 40 bytes each, and one text of each id that
 * repeats), not with the problems: they go in line order to a {@link ProblemCollector}, which
 * lists the first and counts all. Each record left aside is read once more from the file, never
 * past the size the file had when the scan began.
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
     * @param size         the size of the file when the scan began: nothing past it is read
     * @param maxProblems  the number of problems listed (all are counted)
     * @return the DUPLICATE_ID problems, given in line order: the first listed, all counted
     */
    static ProblemCollector resolve(FileChannel channel, long size, List<ActivityFileScan.Chunk> chunks,
            List<Aggregation> total, List<Plan> plans, ActivityFileScan.SlowPath slow,
            int maxLineLength, int maxProblems) throws IOException {
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
        ActivityFileScan.LineDecoder decoder = new ActivityFileScan.LineDecoder(plans, slow);
        LineReader reader = new LineReader(channel, size, maxLineLength);
        // of each repeat: the line of the first occurrence and the id (one text shared by the repeats of an id)
        long[] earlier = new long[n];
        String[] repeatedId = new String[n];
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
                if (b == null || !decoder.decode(b, reader.offset, reader.offset + reader.length, line[i], position[i] == 0)) {
                    // the file changed under us: the line is no longer a record
                    continue;
                }
                ScannedActivity a = decoder.activity;
                String id = new String(a.buf, a.idOff, a.idLen, StandardCharsets.UTF_8);
                int seen = ids.indexOf(id);
                if (seen >= 0) {
                    earlier[i] = firstLines.get(seen);
                    repeatedId[i] = ids.get(seen);
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
        // the candidates are in file order: the problems are made (and dropped once counted) in line order
        ProblemCollector problems = new ProblemCollector(maxProblems);
        String file = DatasetFile.ACTIVITIES.getFileName();
        for (int i = 0; i < n; i++) {
            if (repeatedId[i] != null) {
                problems.accept(StrictLineReader.duplicateId(file, line[i], repeatedId[i], earlier[i]));
                repeatedId[i] = null;
            }
        }
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

    /** Reads single lines at file positions, never past a size. */
    private static final class LineReader {
        final FileChannel channel;
        final long size;
        final int maxLineLength;
        int offset;
        int length;

        LineReader(FileChannel channel, long size, int maxLineLength) {
            this.channel = channel;
            this.size = size;
            this.maxLineLength = maxLineLength;
        }

        /**
         * The line at a position (without its line feed), from {@link #offset} for {@link #length}
         * bytes of the array returned; null at the end of the file or for a line that is too long.
         */
        byte[] read(long at) throws IOException {
            LineSplitter line = LineSplitter.range(channel, at, size, maxLineLength, 1 << 12);
            if (!line.next() || line.tooLongLength() >= 0) {
                return null;
            }
            offset = line.offset();
            length = line.length();
            return line.buffer();
        }
    }
}
