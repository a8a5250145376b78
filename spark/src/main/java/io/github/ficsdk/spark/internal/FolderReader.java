package io.github.ficsdk.spark.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FileStamp;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.TextEncoding;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import io.github.ficsdk.report.ActivityFileReader;
import io.github.ficsdk.report.ReportAccumulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Reads {@code activities.jsonl} with Spark for the report engine: the driver checks the head of
 * the file as the local engine does (encoding, line endings), cuts the file into byte ranges at
 * line starts, and each Spark task reads one range ({@link RangeScan}); the partial results are
 * merged by Spark, the problems are moved to file line numbers in range order. Ids that repeat are
 * found as the local engine finds them: the hashes of the ids, counted by Spark; when one occurs
 * twice, a second pass leaves those records aside and the driver counts the first occurrence of
 * each id in file order. A file that changed while it was read is a {@code FILE_CHANGED} problem.
 *
 * <p>The problems found but not listed are counted in {@link #unlisted()}, which the caller adds
 * to the report's counts.
 */
public final class FolderReader implements ActivityFileReader {

    /** The size of a range when the number of ranges is not given: 32 MiB. */
    private static final long AUTO_RANGE = 32L << 20;

    private final JavaSparkContext spark;
    private final QuerySpecFactory specs;
    private final int ranges;
    private final long minRange;
    private final Map<String, Long> unlisted = new TreeMap<>();

    /** Makes the description of the query for the executors from the dataset's settings. */
    @FunctionalInterface
    public interface QuerySpecFactory {
        /**
         * Makes the description.
         *
         * @param dataset  the dataset
         * @return the description
         */
        QuerySpec of(Dataset dataset);
    }

    /**
     * Creates the reader.
     *
     * @param spark     the Spark context
     * @param specs     makes the description of the query
     * @param ranges    the number of ranges wanted (fewer for a small file), or 0 for one per 32 MiB
     *                  and at least the default parallelism
     * @param minRange  the smallest range, in bytes
     */
    public FolderReader(JavaSparkContext spark, QuerySpecFactory specs, int ranges, long minRange) {
        this.spark = spark;
        this.specs = specs;
        this.ranges = ranges;
        this.minRange = minRange;
    }

    /**
     * Returns the problems of each code found but not listed.
     *
     * @return the counts
     */
    public Map<String, Long> unlisted() {
        return unlisted;
    }

    @Override
    public long read(Path file, Dataset dataset, ReportAccumulator accumulator, ProblemCollector problems) {
        String name = DatasetFile.ACTIVITIES.getFileName();
        FileStamp stamp;
        long[] bounds;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            stamp = FileStamp.of(file);
            long size = Math.min(channel.size(), stamp.getSize());
            Optional<DatasetProblem> fileProblem = TextEncoding.startProblem(channel, size, name);
            if (fileProblem.isPresent()) {
                problems.accept(fileProblem.get());
                return 0;
            }
            long wanted = ranges > 0 ? ranges
                    : Math.max(spark.defaultParallelism(), (size + AUTO_RANGE - 1) / AUTO_RANGE);
            int parts = (int) Math.max(1, Math.min(wanted, size / Math.max(1, minRange)));
            bounds = LineSplitter.rangeBounds(channel, size, parts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        QuerySpec spec = specs.of(dataset);
        String path = file.toAbsolutePath().toString();
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.length; i++) {
            indexes.add(i);
        }
        long[] b = bounds;
        JavaRDD<byte[]> first = spark.parallelize(indexes, indexes.size())
                .map(i -> RangeScan.run(spec, path, i, b[i], b[i + 1], null))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            // the hashes that occur more than once: each range sends its hashes in buckets, one bucket per task
            int buckets = indexes.size();
            long[] candidates = first.flatMapToPair(r -> {
                long[] hashes = RangeScan.Result.decode(r).hashes();
                int[] sizes = new int[buckets];
                for (long h : hashes) {
                    sizes[Math.floorMod(h, buckets)]++;
                }
                long[][] split = new long[buckets][];
                for (int k = 0; k < buckets; k++) {
                    split[k] = new long[sizes[k]];
                }
                int[] at = new int[buckets];
                for (long h : hashes) {
                    int k = Math.floorMod(h, buckets);
                    split[k][at[k]++] = h;
                }
                List<Tuple2<Integer, long[]>> out = new ArrayList<>(buckets);
                for (int k = 0; k < buckets; k++) {
                    out.add(new Tuple2<>(k, split[k]));
                }
                return out.iterator();
            }).groupByKey(buckets).flatMap(bucket -> {
                int n = 0;
                for (long[] part : bucket._2()) {
                    n += part.length;
                }
                long[] all = new long[n];
                int k = 0;
                for (long[] part : bucket._2()) {
                    System.arraycopy(part, 0, all, k, part.length);
                    k += part.length;
                }
                Arrays.sort(all);
                List<Long> repeated = new ArrayList<>();
                for (int i = 1; i < n; i++) {
                    if (all[i] == all[i - 1] && (repeated.isEmpty() || repeated.get(repeated.size() - 1) != all[i])) {
                        repeated.add(all[i]);
                    }
                }
                return repeated.iterator();
            }).collect().stream().mapToLong(Long::longValue).sorted().toArray();
            JavaRDD<byte[]> results = first;
            if (candidates.length > 0) {
                results = spark.parallelize(indexes, indexes.size())
                        .map(i -> RangeScan.run(spec, path, i, b[i], b[i + 1], candidates))
                        .persist(StorageLevel.MEMORY_AND_DISK());
            }
            long lines = collect(results, file, dataset, accumulator, problems, stamp, spec);
            if (results != first) {
                results.unpersist(false);
            }
            return lines;
        } finally {
            first.unpersist(false);
            spec.release();
        }
    }

    /** Merges the partial results (in Spark), then the problems and the records left aside (here). */
    private long collect(JavaRDD<byte[]> results, Path file, Dataset dataset, ReportAccumulator accumulator,
            ProblemCollector problems, FileStamp stamp, QuerySpec spec) {
        byte[] merged = results.map(r -> RangeScan.Result.decode(r).state())
                .reduce((x, y) -> spec.newAccumulator().mergeBytes(x).mergeBytes(y).toBytes());
        accumulator.mergeBytes(merged);
        List<RangeScan.Result> meta = new ArrayList<>(results.map(r -> {
            RangeScan.Result x = RangeScan.Result.decode(r);
            return new RangeScan.Result(x.index(), x.lines(), x.bytesRead(), x.problems(), new byte[0], new long[0],
                    x.asideLines(), x.asideBytes()).encode();
        }).collect().stream().map(RangeScan.Result::decode).toList());
        meta.sort(Comparator.comparingInt(RangeScan.Result::index));
        String name = DatasetFile.ACTIVITIES.getFileName();
        ProblemCollector lineProblems = new ProblemCollector(dataset.getMaxProblemsPerFile());
        long lines = 0;
        long bytesRead = 0;
        List<long[]> asideOrder = new ArrayList<>();
        List<byte[]> asideBytes = new ArrayList<>();
        for (RangeScan.Result r : meta) {
            for (DatasetProblem p : r.problems().listed()) {
                lineProblems.accept(lines == 0 || p.getLine() == 0 ? p : DatasetProblem.of(p.getFile(), p.getLine() + lines,
                        p.getId().orElse(null), p.getProblemPath(), p.getSeverity(), p.getProblemCode(), p.getMessage()));
            }
            r.problems().unlisted().forEach((code, n) -> unlisted.merge(code, n, Long::sum));
            for (int i = 0; i < r.asideLines().length; i++) {
                asideOrder.add(new long[] {r.asideLines()[i] + lines, asideBytes.size()});
                asideBytes.add(r.asideBytes().get(i));
            }
            lines += r.lines();
            bytesRead += r.bytesRead();
        }
        if (!asideOrder.isEmpty()) {
            // the first occurrence of each id, in file order, counts; every other one is a repeat
            ProblemCollector repeats = new ProblemCollector(dataset.getMaxProblemsPerFile());
            StrictLineReader<Activity> parser = StrictLineReader.validating(DatasetFile.ACTIVITIES,
                    new ProblemCollector(0), spec.validator());
            Map<String, Long> firstLines = new HashMap<>();
            for (long[] o : asideOrder) {
                byte[] line = asideBytes.get((int) o[1]);
                Activity a = parser.parse(line, 0, line.length, o[0], o[0] == 1);
                Long earlier = firstLines.putIfAbsent(a.getId(), o[0]);
                if (earlier == null) {
                    accumulator.add(a);
                } else {
                    repeats.accept(StrictLineReader.duplicateId(name, o[0], a.getId(), earlier));
                }
            }
            repeats.merge(lineProblems);
            lineProblems = repeats;
        }
        problems.addAll(lineProblems, 0);
        stamp.check(file, name, bytesRead).ifPresent(problems);
        return lines;
    }

}
