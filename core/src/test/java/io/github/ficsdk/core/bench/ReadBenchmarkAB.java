package io.github.ficsdk.core.bench;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.JsonLinesReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares the reading speed of two builds of core in one JVM: each build in its own class loader,
 * the same activities file read by both in alternating rounds, each round timed by the reading
 * thread's CPU time, so that other load on a shared machine weighs on both alike. Prints each
 * round and the medians of the warm rounds. Not run by {@code mvn verify}; see
 * {@code core/scripts/bench-read-ab.sh}.
 */
public final class ReadBenchmarkAB {

    private ReadBenchmarkAB() {}

    /** One round of reading, loaded into each build's class loader. */
    public static final class Round {

        private Round() {}

        /**
         * Reads the file.
         *
         * @param file  the activities file
         * @return the thread's CPU time in nanoseconds and a checksum
         * @throws IOException if reading fails
         */
        public static long[] read(String file) throws IOException {
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long start = mx.getCurrentThreadCpuTime();
            long checksum = 0;
            long[] problems = new long[1];
            try (InputStream in = Files.newInputStream(Path.of(file));
                    JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES, in,
                            "activities.jsonl", p -> problems[0]++)) {
                Activity a;
                while ((a = reader.read()) != null) {
                    checksum += a.getSessions() + a.getAmountFen() + a.getTargetCount();
                }
            }
            return new long[] {mx.getCurrentThreadCpuTime() - start, checksum + 1_000_003L * problems[0]};
        }
    }

    /** A build's classes, with this benchmark's {@link Round} defined over them. */
    private static final class Build extends URLClassLoader {
        Build(Path root) throws IOException {
            super(urls(root), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] urls(Path root) throws IOException {
            List<URL> urls = new ArrayList<>();
            for (String dir : List.of("core/target/test-classes/", "core/target/classes/", "validation/target/classes/")) {
                urls.add(root.resolve(dir).toUri().toURL());
            }
            for (String jar : Files.readString(root.resolve("core/target/bench-classpath.txt")).trim().split(File.pathSeparator)) {
                urls.add(new File(jar).toURI().toURL());
            }
            return urls.toArray(new URL[0]);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(Round.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try (InputStream in = ReadBenchmarkAB.class.getResourceAsStream("ReadBenchmarkAB$Round.class")) {
                        byte[] bytes = in.readAllBytes();
                        c = defineClass(name, bytes, 0, bytes.length);
                    } catch (IOException e) {
                        throw new ClassNotFoundException(name, e);
                    }
                }
                return c;
            }
        }
    }

    /**
     * Runs the comparison.
     *
     * @param args  the root of build A (the base), the root of build B, the number of records
     *              (default 1,000,000) and of rounds (default 14)
     * @throws Exception if a build cannot be loaded or the file not written
     */
    public static void main(String[] args) throws Exception {
        Path[] roots = {Path.of(args[0]), Path.of(args[1])};
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 1_000_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 14;
        Method[] read = new Method[2];
        Build[] builds = new Build[2];
        for (int i = 0; i < 2; i++) {
            builds[i] = new Build(roots[i]);
            read[i] = builds[i].loadClass(Round.class.getName()).getMethod("read", String.class);
        }
        Path file = Files.createTempFile("activities", ".jsonl");
        try {
            // written by a third copy of build B, so that neither A's nor B's classes run (and are
            // profiled by the JIT) but for reading
            Method generate = new Build(roots[1]).loadClass(ReadActivitiesBenchmark.class.getName())
                    .getDeclaredMethod("generate", Path.class, int.class);
            generate.setAccessible(true);
            generate.invoke(null, file, n);
            long bytes = Files.size(file);
            System.out.printf("file: %,d records, %,d bytes; A = %s, B = %s%n", n, bytes, roots[0], roots[1]);
            double[][] speed = new double[2][rounds];
            long[] checksums = new long[2];
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < 2; k++) {
                    int i = r % 2 == 0 ? k : 1 - k;
                    long[] result = (long[]) read[i].invoke(null, file.toString());
                    speed[i][r] = bytes / 1e6 / (result[0] / 1e9);
                    checksums[i] = result[1];
                }
                System.out.printf("round %2d: A %6.1f MB/s, B %6.1f MB/s (CPU time)%n", r + 1, speed[0][r], speed[1][r]);
            }
            if (checksums[0] != checksums[1]) {
                throw new AssertionError("the builds read different values");
            }
            int warm = Math.min(3, rounds - 1);
            for (int i = 0; i < 2; i++) {
                double[] s = Arrays.copyOfRange(speed[i], warm, rounds);
                Arrays.sort(s);
                System.out.printf("%s: median of rounds %d-%d: %.1f MB/s (CPU time)%n", i == 0 ? "A" : "B", warm + 1,
                        rounds, s[s.length / 2]);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
