package io.github.ficsdk.report.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class IdHashesTest {

    /**
     * Enough hashes for two threads: the repeated ones found on two threads are those found on one,
     * in the same (signed) order, whatever runs the other half; and they are the ones repeated.
     */
    @Test
    void repeated_onTwoThreads_findsWhatOneThreadFinds() throws Exception {
        Random random = new Random(7);
        List<IdHashes> ranges = List.of(new IdHashes(), new IdHashes(), new IdHashes());
        int n = (int) IdHashes.PARALLEL_FROM + 1000;
        long[] all = new long[n];
        for (int i = 0; i < n; i++) {
            // a few hashes again (in any range), in both halves of the buckets (either sign)
            long h = i % 997 == 0 && i > 0 ? all[random.nextInt(i)] : random.nextLong() | 1;
            all[i] = h;
            ranges.get(random.nextInt(3)).add(h);
        }
        Arrays.sort(all);
        long[] repeated = new long[n];
        int count = 0;
        for (int i = 1; i < n; i++) {
            if (all[i] == all[i - 1] && (count == 0 || repeated[count - 1] != all[i])) {
                repeated[count++] = all[i];
            }
        }
        long[] expected = Arrays.copyOf(repeated, count);
        assertTrue(expected.length > 100 && expected[0] < 0 && expected[expected.length - 1] > 0);
        assertArrayEquals(expected, IdHashes.repeated(ranges));
        assertArrayEquals(expected, IdHashes.repeated(ranges, null));
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            assertArrayEquals(expected, IdHashes.repeated(ranges, pool));
        } finally {
            pool.shutdownNow();
        }
    }
}
