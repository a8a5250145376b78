package io.github.ficsdk.report.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The 64-bit hashes of the ids of the records of one byte range, kept as primitives (8 bytes a
 * record, no object per record) in 256 buckets by their top byte, so that finding the hashes
 * that occur more than once over every range of a file is one linear pass over small, cache-sized
 * tables. Equal hashes are only candidates: the caller compares the ids themselves, so a collision
 * between different ids never drops a record. Not thread-safe: one per range.
 */
public final class IdHashes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final int BUCKETS = 256;
    private static final int BLOCK_BITS = 10;
    private static final int BLOCK = 1 << BLOCK_BITS;

    /** A 64-bit hash of an id's bytes. */
    @FunctionalInterface
    public interface Hash {
        /**
         * Hashes an id.
         *
         * @param b    the bytes
         * @param off  the first byte of the id
         * @param len  its length
         * @return the hash
         */
        long of(byte[] b, int off, int len);
    }

    private final long[][][] blocks = new long[BUCKETS][][];
    private final int[] sizes = new int[BUCKETS];

    /**
     * Hashes an id: a 64-bit hash, never 0.
     *
     * @param b    the bytes
     * @param off  the first byte of the id
     * @param len  its length
     * @return the hash, not 0
     */
    public static long hash(byte[] b, int off, int len) {
        long h = 0x9E3779B97F4A7C15L;
        int i = off;
        int end = off + len;
        for (; i + 8 <= end; i += 8) {
            h ^= (long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL;
            h = Long.rotateLeft(h, 29) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        for (int shift = 0; i < end; i++, shift += 8) {
            tail |= (b[i] & 0xFFL) << shift;
        }
        h ^= tail * 0xC2B2AE3D27D4EB4FL;
        h = mix(h ^ len);
        return h == 0 ? 1 : h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Adds the hash of one record's id.
     *
     * @param h  the hash, from {@link #hash}
     */
    public void add(long h) {
        int bucket = (int) (h >>> 56);
        int n = sizes[bucket];
        long[][] list = blocks[bucket];
        if (list == null) {
            list = new long[4][];
            list[0] = new long[16];
            blocks[bucket] = list;
        }
        int block = n >>> BLOCK_BITS;
        int at = n & (BLOCK - 1);
        if (block == 0) {
            if (at == list[0].length) {
                list[0] = Arrays.copyOf(list[0], at * 2);
            }
        } else {
            if (block == list.length) {
                list = Arrays.copyOf(list, block * 2);
                blocks[bucket] = list;
            }
            if (list[block] == null) {
                list[block] = new long[BLOCK];
            }
        }
        list[block][at] = h;
        sizes[bucket] = n + 1;
    }

    /**
     * Returns the hashes that occur more than once over some ranges.
     *
     * @param ranges  the hashes of every range of a file
     * @return the repeated hashes, sorted, without repeats; empty in the common case
     */
    public static long[] repeated(List<IdHashes> ranges) {
        return repeated(ranges, 0, BUCKETS);
    }

    /**
     * Returns the hashes that occur more than once over some ranges, as {@link #repeated(List)};
     * when there are many (the last step of a scan, which the other threads would only wait for),
     * the upper half of the buckets is looked at by a task of {@code executor} meanwhile.
     *
     * @param ranges    the hashes of every range of a file
     * @param executor  runs the other half, or null for a thread of its own (started and ended here)
     * @return the repeated hashes, sorted, without repeats; empty in the common case
     */
    public static long[] repeated(List<IdHashes> ranges, java.util.concurrent.Executor executor) {
        long total = 0;
        for (IdHashes r : ranges) {
            for (int size : r.sizes) {
                total += size;
            }
        }
        if (total < PARALLEL_FROM) {
            return repeated(ranges, 0, BUCKETS);
        }
        java.util.concurrent.Executor runner = executor != null ? executor : task -> {
            Thread t = new Thread(task, "fic-report-ids");
            t.setDaemon(true);
            t.start();
        };
        java.util.concurrent.CompletableFuture<long[]> upper = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> repeated(ranges, BUCKETS / 2, BUCKETS), runner);
        long[] lower = repeated(ranges, 0, BUCKETS / 2);
        long[] high;
        try {
            high = upper.join();
        } catch (java.util.concurrent.CompletionException e) {
            // what the other thread threw, as it is (an OutOfMemoryError stays one)
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
        // the buckets are the top byte of the hash: sorted as signed numbers, the upper half
        // (top bit set, negative) comes before the lower
        long[] all = Arrays.copyOf(high, high.length + lower.length);
        System.arraycopy(lower, 0, all, high.length, lower.length);
        return all;
    }

    /**
     * The number of hashes from which {@link #repeated(List, java.util.concurrent.Executor)} uses
     * two threads (a quarter of a million: some 2 ms of work on one).
     */
    static final long PARALLEL_FROM = 1 << 18;

    private static long[] repeated(List<IdHashes> ranges, int fromBucket, int toBucket) {
        long[] table = new long[0];
        long[] found = new long[0];
        int foundCount = 0;
        for (int bucket = fromBucket; bucket < toBucket; bucket++) {
            long total = 0;
            for (IdHashes r : ranges) {
                total += r.sizes[bucket];
            }
            if (total < 2) {
                continue;
            }
            int capacity = Integer.highestOneBit((int) Math.min(1 << 30, total * 2 - 1)) << 1;
            if (table.length < capacity) {
                table = new long[capacity];
            } else {
                Arrays.fill(table, 0, capacity, 0L);
            }
            int mask = capacity - 1;
            for (IdHashes r : ranges) {
                int n = r.sizes[bucket];
                long[][] list = r.blocks[bucket];
                for (int i = 0; i < n; i++) {
                    long h = list[i >>> BLOCK_BITS][i & (BLOCK - 1)];
                    int s = (int) h & mask;
                    while (true) {
                        long t = table[s];
                        if (t == 0) {
                            table[s] = h;
                            break;
                        }
                        if (t == h) {
                            if (foundCount == found.length) {
                                found = Arrays.copyOf(found, Math.max(16, foundCount * 2));
                            }
                            found[foundCount++] = h;
                            break;
                        }
                        s = (s + 1) & mask;
                    }
                }
            }
        }
        if (foundCount == 0) {
            return found;
        }
        long[] sorted = Arrays.copyOf(found, foundCount);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
