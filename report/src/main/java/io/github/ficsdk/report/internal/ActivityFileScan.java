package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FileStamp;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.TextEncoding;
import io.github.ficsdk.core.io.bytes.LineSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Runs a plan over an {@code activities.jsonl} file: splits it into byte ranges at line starts,
 * scans each range on its own thread with the allocation-free {@link ActivityLineScanner}, hands
 * every line the scanner is not certain of to the strict reader, and merges the partial results.
 *
 * <p>Like the readers of {@code fic-core}: a file that is not UTF-8 is one {@code ENCODING}
 * problem and is not scanned; a UTF-8 byte order mark at its start is skipped; no range reads past
 * the size the file had when it was opened, and a file whose size or time changed by the end of
 * the scan (or that ended early) is a {@code FILE_CHANGED} problem.
 */
public final class ActivityFileScan {

    /** The strict reader of one range, for the lines the scanner leaves to it; one per thread. */
    public interface SlowPath {
        /**
         * Parses one line strictly, reporting its problems.
         *
         * @param b           the bytes
         * @param from        the first byte of the line
         * @param to          one past its last byte (the line feed excluded)
         * @param lineNumber  the line's number in its range, 1-based (shifted by the caller later)
         * @param firstLine   whether this is the first line of the file
         * @return the activity, or null when the line is not a valid activity
         */
        Activity parse(byte[] b, int from, int to, long lineNumber, boolean firstLine);

        /**
         * Reports the targets that the scanner found repeated within an activity it read
         * ({@code DUPLICATE_TARGET} warnings, as the strict reader words them).
         *
         * @param lineNumber  the line's number in its range, 1-based
         * @param activity    the activity, with its repeats noted
         */
        void repeatedTargets(long lineNumber, ScannedActivity activity);

        /**
         * Reports a line longer than the limit, which is skipped without being held in memory.
         *
         * @param lineNumber  the line's number in its range, 1-based
         * @param length      the line's length in bytes
         */
        void lineTooLong(long lineNumber, long length);

        /**
         * Returns the problems reported so far, with range line numbers.
         *
         * @return the problems, the first of the range listed and all counted
         */
        ProblemCollector problems();
    }

    /**
     * The merged result.
     *
     * @param aggregations the merged partial results, one per plan
     * @param problems     the problems, in line order, with file line numbers (the first listed, all counted),
     *                     then the problem of the whole file if any
     * @param lines        the number of lines read
     * @param fallbacks    the number of lines the strict reader parsed
     */
    public record Result(List<Aggregation> aggregations, ProblemCollector problems, long lines, long fallbacks) {}

    private static final int BUFFER = 1 << 18;

    private ActivityFileScan() {}

    /**
     * Runs a plan over a file.
     *
     * @param file           the file
     * @param plans          the plans, fed in the same pass (this period's, last year's …)
     * @param threads        the number of threads (at least 1)
     * @param trackSources   whether to keep the activity ids behind each value
     * @param slowPaths      makes the strict reader of each range
     * @param maxLineLength  the longest line accepted, in bytes
     * @param linesRead      receives the number of lines read as the scan goes, not null
     * @param maxProblems    the number of problems listed (all are counted)
     * @return the result
     */
    public static Result run(Path file, List<Plan> plans, int threads, boolean trackSources,
            Supplier<SlowPath> slowPaths, int maxLineLength, LongAdder linesRead, int maxProblems) {
        return run(file, plans, threads, trackSources, slowPaths, maxLineLength, linesRead, maxProblems,
                1 << 20, IdHashes::hash, null);
    }

    /**
     * Runs a plan over a file, as {@link #run(Path, List, int, boolean, Supplier, int, LongAdder, int)},
     * the ranges read by the tasks of {@code executor} (null: a pool of daemon threads of its own,
     * shut down at the end).
     *
     * @param file           the file
     * @param plans          the plans, fed in the same pass (this period's, last year's …)
     * @param threads        the number of ranges (at least 1)
     * @param trackSources   whether to keep the activity ids behind each value
     * @param slowPaths      makes the strict reader of each range
     * @param maxLineLength  the longest line accepted, in bytes
     * @param linesRead      receives the number of lines read as the scan goes, not null
     * @param maxProblems    the number of problems listed (all are counted)
     * @param executor       runs the ranges, or null for a pool of its own
     * @return the result
     */
    public static Result run(Path file, List<Plan> plans, int threads, boolean trackSources,
            Supplier<SlowPath> slowPaths, int maxLineLength, LongAdder linesRead, int maxProblems,
            Executor executor) {
        return run(file, plans, threads, trackSources, slowPaths, maxLineLength, linesRead, maxProblems,
                1 << 20, IdHashes::hash, executor);
    }

    /**
     * Runs a plan over a file, giving each thread a range of at least {@code minRange} bytes and
     * hashing the ids with {@code idHash} (tests give small ranges and a hash that collides).
     *
     * <p>An activity whose id repeats an earlier one counts once, by its first occurrence in file
     * order, and every repeat is a {@code DUPLICATE_ID} problem naming the first line, whatever the
     * ranges: each range keeps a 64-bit hash of the id of each of its records; when no hash occurs
     * twice over the file (the common case) the scan stands. Otherwise the file is scanned once
     * more, leaving aside the records whose hash occurs twice; their ids are then compared exactly
     * (a hash shared by different ids drops nothing) and the first occurrence of each is counted.
     * The repeats go through the same {@link ProblemCollector} as the other problems: the first
     * {@code maxProblems} of the file are listed (in line order), all are counted. The second scan
     * reads no further than the first (the size the file had when it was opened), and a file that
     * changed by the end of either is a {@code FILE_CHANGED} problem.
     *
     * @param file           the file
     * @param plans          the plans, fed in the same pass (this period's, last year's …)
     * @param threads        the number of threads (at least 1)
     * @param trackSources   whether to keep the activity ids behind each value
     * @param slowPaths      makes the strict reader of each range
     * @param maxLineLength  the longest line accepted, in bytes
     * @param linesRead      receives the number of lines read as the scan goes, not null
     * @param maxProblems    the number of problems listed (all are counted)
     * @param minRange       the smallest range a thread is given, in bytes (at least 1)
     * @param idHash         the hash of the ids
     * @return the result
     */
    public static Result run(Path file, List<Plan> plans, int threads, boolean trackSources,
            Supplier<SlowPath> slowPaths, int maxLineLength, LongAdder linesRead, int maxProblems, long minRange,
            IdHashes.Hash idHash) {
        return run(file, plans, threads, trackSources, slowPaths, maxLineLength, linesRead, maxProblems, minRange,
                idHash, null);
    }

    /**
     * Runs a plan over a file with small ranges and a hash of one's own, as the overload without an
     * executor, the ranges read by the tasks of {@code executor} (null: a pool of its own).
     *
     * @param file           the file
     * @param plans          the plans, fed in the same pass (this period's, last year's …)
     * @param threads        the number of ranges (at least 1)
     * @param trackSources   whether to keep the activity ids behind each value
     * @param slowPaths      makes the strict reader of each range
     * @param maxLineLength  the longest line accepted, in bytes
     * @param linesRead      receives the number of lines read as the scan goes, not null
     * @param maxProblems    the number of problems listed (all are counted)
     * @param minRange       the smallest range a thread is given, in bytes (at least 1)
     * @param idHash         the hash of the ids
     * @param executor       runs the ranges, or null for a pool of its own
     * @return the result
     */
    public static Result run(Path file, List<Plan> plans, int threads, boolean trackSources,
            Supplier<SlowPath> slowPaths, int maxLineLength, LongAdder linesRead, int maxProblems, long minRange,
            IdHashes.Hash idHash, Executor executor) {
        String name = DatasetFile.ACTIVITIES.getFileName();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileStamp stamp = FileStamp.of(file);
            long size = Math.min(channel.size(), stamp.getSize());
            java.util.Optional<DatasetProblem> fileProblem = TextEncoding.startProblem(channel, size, name);
            if (fileProblem.isPresent()) {
                ProblemCollector problems = new ProblemCollector(maxProblems);
                problems.accept(fileProblem.get());
                List<Aggregation> none = new ArrayList<>();
                for (Plan plan : plans) {
                    none.add(new Aggregation(plan, trackSources));
                }
                return new Result(none, problems, 0, 0);
            }
            int parts = (int) Math.max(1, Math.min(threads, size / Math.max(1, minRange)));
            long[] bounds = LineSplitter.rangeBounds(channel, size, parts);
            Scan first = scan(file, channel, bounds, plans, trackSources, slowPaths, maxLineLength, linesRead,
                    null, idHash, maxProblems, executor);
            Optional<DatasetProblem> changed = stamp.check(file, name, first.bytesRead);
            List<IdHashes> hashes = new ArrayList<>();
            for (Chunk chunk : first.chunks) {
                hashes.add(chunk.hashes);
            }
            // (with one range the calling thread does it all, as it read the range)
            long[] candidates = changed.isPresent() ? new long[0]
                    : parts > 1 ? IdHashes.repeated(hashes, executor) : IdHashes.repeated(hashes);
            if (candidates.length == 0) {
                // the common case (or a file that changed: no figure of it is given, so no second scan)
                return first.result(null, changed);
            }
            first = null;
            hashes = null;
            // the rare case: scan again, leaving the candidates aside, then count the first of each id
            Scan second = scan(file, channel, bounds, plans, trackSources, slowPaths, maxLineLength,
                    new LongAdder(), candidates, idHash, maxProblems, executor);
            ProblemCollector repeats = Repeats.resolve(channel, size, second.chunks, second.total, plans,
                    slowPaths.get(), maxLineLength, maxProblems);
            return second.result(repeats, stamp.check(file, name, second.bytesRead));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The merged outcome of one pass over every range. */
    private static final class Scan {
        final List<Chunk> chunks;
        final List<Aggregation> total;
        final ProblemCollector problems;
        final long lines;
        final long fallbacks;
        final long bytesRead;

        Scan(List<Chunk> chunks, List<Aggregation> total, ProblemCollector problems, long lines, long fallbacks,
                long bytesRead) {
            this.chunks = chunks;
            this.total = total;
            this.problems = problems;
            this.lines = lines;
            this.fallbacks = fallbacks;
            this.bytesRead = bytesRead;
        }

        /**
         * The result, with the problems of repeated ids (or null) merged in line order (each before
         * the others of its line), then the problem of the whole file if any.
         */
        Result result(ProblemCollector repeats, Optional<DatasetProblem> changed) {
            ProblemCollector all = problems;
            if (repeats != null) {
                repeats.merge(problems);
                all = repeats;
            }
            changed.ifPresent(all);
            return new Result(total, all, lines, fallbacks);
        }
    }

    private static Scan scan(Path file, FileChannel channel, long[] bounds, List<Plan> plans,
            boolean trackSources, Supplier<SlowPath> slowPaths, int maxLineLength, LongAdder linesRead,
            long[] candidates, IdHashes.Hash idHash, int maxProblems, Executor executor) {
        int parts = bounds.length - 1;
        List<Chunk> chunks = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            chunks.add(new Chunk(channel, bounds[i], bounds[i + 1], plans, trackSources, slowPaths.get(),
                    maxLineLength, linesRead, candidates, idHash));
        }
        if (parts == 1) {
            chunks.get(0).run();
        } else {
            // the caller's executor when one is given (it is not shut down), else a pool of our own
            ExecutorService pool = executor != null ? null : Executors.newFixedThreadPool(parts, r -> {
                Thread t = new Thread(r, "fic-report-scan");
                t.setDaemon(true);
                return t;
            });
            CompletionService<Object> done = new ExecutorCompletionService<>(executor != null ? executor : pool);
            List<Future<Object>> futures = new ArrayList<>();
            try {
                for (Chunk chunk : chunks) {
                    futures.add(done.submit(chunk, null));
                }
                // in the order they finish: the first failure ends the scan at once, whatever
                // the other threads are doing (one stuck in a long range, or thrashing for memory)
                for (int i = 0; i < futures.size(); i++) {
                    done.take().get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + file, e);
            } catch (ExecutionException e) {
                throw rethrow(e.getCause(), file);
            } finally {
                for (Future<Object> future : futures) {
                    future.cancel(true);
                }
                // interrupts the others (a read of the channel then fails); the threads are daemons,
                // so one that ignores the interrupt never keeps the JVM alive
                if (pool != null) {
                    pool.shutdownNow();
                }
            }
        }
        List<Aggregation> total = chunks.get(0).aggregations;
        ProblemCollector problems = new ProblemCollector(maxProblems);
        problems.addAll(chunks.get(0).slow.problems(), 0);
        long lines = chunks.get(0).lines;
        long fallbacks = chunks.get(0).fallbacks;
        long bytesRead = chunks.get(0).bytesRead;
        for (int i = 1; i < parts; i++) {
            Chunk chunk = chunks.get(i);
            chunk.firstLine = lines;
            for (int k = 0; k < total.size(); k++) {
                total.get(k).merge(chunk.aggregations.get(k));
            }
            problems.addAll(chunk.slow.problems(), lines);
            lines += chunk.lines;
            fallbacks += chunk.fallbacks;
            bytesRead += chunk.bytesRead;
        }
        return new Scan(chunks, total, problems, lines, fallbacks, bytesRead);
    }

    /**
     * Rethrows what a reading thread threw: an unchecked exception or an {@link Error} (such as
     * {@link OutOfMemoryError}) as it is, so the caller sees the real cause; anything else wrapped.
     */
    private static RuntimeException rethrow(Throwable cause, Path file) {
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException("cannot read " + file + ": " + cause, cause);
    }

    /** One byte range, scanned on one thread. */
    static final class Chunk implements Runnable {
        final FileChannel channel;
        final long start;
        final long end;
        final LineDecoder decoder;
        final ScannedActivity activity;
        final List<Aggregation> aggregations = new ArrayList<>();
        /** The same, as an array for the loop of every line. */
        final Aggregation[] aggregationArray;
        final SlowPath slow;
        final int maxLineLength;
        final LongAdder linesRead;
        /** First pass: the hashes of the ids of the records of this range. */
        final IdHashes hashes;
        /** Second pass: the hashes whose records are left aside, sorted; else null. */
        final long[] candidates;
        /** Second pass: the records left aside: hash, file position of the line, line in this range. */
        final Repeats.Candidates aside;
        final IdHashes.Hash idHash;
        long lines;
        long reported;
        long fallbacks;
        long bytesRead;
        /** The number of lines before this range, known once every range is scanned. */
        long firstLine;

        Chunk(FileChannel channel, long start, long end, List<Plan> plans, boolean trackSources,
                SlowPath slow, int maxLineLength, LongAdder linesRead, long[] candidates, IdHashes.Hash idHash) {
            this.channel = channel;
            this.linesRead = linesRead;
            this.start = start;
            this.end = end;
            for (Plan plan : plans) {
                aggregations.add(new Aggregation(plan, trackSources));
            }
            this.aggregationArray = aggregations.toArray(new Aggregation[0]);
            this.decoder = new LineDecoder(plans, slow);
            this.activity = decoder.activity;
            this.slow = slow;
            this.maxLineLength = maxLineLength;
            this.candidates = candidates;
            this.hashes = candidates == null ? new IdHashes() : null;
            this.aside = candidates == null ? null : new Repeats.Candidates();
            this.idHash = idHash;
        }

        @Override
        public void run() {
            try {
                scan();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                report();
            }
        }

        /** Adds the lines read since the last call to the shared counter (once per buffer, not per line). */
        private void report() {
            linesRead.add(lines - reported);
            reported = lines;
        }

        private void scan() throws IOException {
            if (start >= end) {
                return;
            }
            // never past the end of the range: what is appended to the file meanwhile is not read
            LineSplitter splitter = LineSplitter.range(channel, start, end, maxLineLength, BUFFER);
            long readTo = start;
            // the scanner finds each line's end as it reads the line; a line it is not certain of
            // (and the first of the file, which may start with a byte order mark, and the first of
            // each buffer) is found by the splitter and read the usual way
            ActivityLineScanner scanner = decoder.alwaysStrict ? null : decoder.scanner;
            while (true) {
                if (scanner != null && (lines != 0 || start != 0)) {
                    int from = splitter.unreadOffset();
                    int lineFeed = from < splitter.unreadLimit()
                            ? scanner.scanLine(splitter.readBuffer(), from, splitter.unreadLimit(), activity)
                            : -1;
                    if (lineFeed >= 0 && lineFeed - from <= maxLineLength) {
                        splitter.takeLine(lineFeed);
                        lines++;
                        decoder.full = null;
                        read(splitter.linePosition());
                        continue;
                    }
                }
                if (!splitter.next()) {
                    break;
                }
                if (splitter.readPosition() != readTo) {
                    // a buffer was read: count it (once per buffer, not per line)
                    bytesRead += splitter.readPosition() - readTo;
                    readTo = splitter.readPosition();
                    report();
                }
                if (splitter.tooLongLength() >= 0) {
                    lines++;
                    slow.lineTooLong(lines, splitter.tooLongLength());
                } else {
                    int from = splitter.offset();
                    line(splitter.buffer(), from, from + splitter.length(), splitter.linePosition());
                }
            }
            bytesRead += splitter.readPosition() - readTo;
        }

        private void line(byte[] buf, int from, int to, long position) {
            lines++;
            if (!decoder.decode(buf, from, to, lines, start == 0 && lines == 1)) {
                fallbacks++;
                return;
            }
            read(position);
        }

        /** Counts the activity just decoded, which starts at {@code position} of the file. */
        private void read(long position) {
            if (decoder.full != null) {
                fallbacks++;
            } else if (activity.repeatCount > 0) {
                slow.repeatedTargets(lines, activity);
            }
            long h = idHash.of(activity.buf, activity.idOff, activity.idLen);
            if (h == 0) {
                h = 1; // 0 marks an empty slot of the table of hashes
            }
            if (candidates == null) {
                hashes.add(h);
            } else if (java.util.Arrays.binarySearch(candidates, h) >= 0) {
                aside.add(h, position, lines);
                return;
            }
            // by index over an array: no iterator per line (C1, which compiles a short run, does not elide it)
            for (Aggregation aggregation : aggregationArray) {
                aggregation.add(activity, decoder.full);
            }
        }
    }

    /**
     * Reads one line into an activity: the scanner when it is certain, else the strict reader.
     * Not thread-safe: one per thread.
     */
    static final class LineDecoder {
        final ActivityLineScanner scanner;
        final ScannedActivity activity = new ScannedActivity();
        final ActivityEncoder encoder = new ActivityEncoder();
        final boolean alwaysStrict;
        final SlowPath slow;
        /** The activity as a value when the strict reader read it, else null. */
        Activity full;

        LineDecoder(List<Plan> plans, SlowPath slow) {
            this.scanner = new ActivityLineScanner();
            boolean custom = false;
            for (Plan plan : plans) {
                custom |= plan.hasCustom();
            }
            this.alwaysStrict = custom;
            this.slow = slow;
        }

        /**
         * Reads a line; false when it is no valid activity (the strict reader reported why). A byte
         * order mark at the start of the file is skipped, as the strict reader does.
         */
        boolean decode(byte[] buf, int from, int to, long lineNumber, boolean firstLine) {
            full = null;
            int scanFrom = firstLine ? from + TextEncoding.utf8BomLength(buf, from, to - from) : from;
            if (!alwaysStrict && scanner.scan(buf, scanFrom, to, activity)) {
                return true;
            }
            full = slow.parse(buf, from, to, lineNumber, firstLine);
            if (full == null) {
                return false;
            }
            encoder.encode(full, activity);
            return true;
        }
    }
}
