package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportEngine#withExecutor(Executor)}: the ranges of a dataset report run on the user's executor. */
class ReportEngineExecutorTest {

    static final int LINES = 20_000;

    @TempDir
    static Path folder;

    /** An activities file of about 2.5 MB, so that two threads each read a half. */
    @BeforeAll
    static void writeDataset() throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"),
                "{\"id\":\"F1\",\"name\":\"某工商联\",\"level\":\"CITY\",\"division\":\"330400\"}\n");
        try (Writer w = Files.newBufferedWriter(folder.resolve("activities.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < LINES; i++) {
                w.write(String.format("{\"id\":\"A%05d\",\"kind\":\"X_EXEC\",\"start\":\"2017-03-01\",\"organizers\":[\"F1\"],"
                        + "\"title\":\"%s\"}%n", i, "测试".repeat(20)));
            }
        }
        assertTrue(Files.size(folder.resolve("activities.jsonl")) > 2 << 20);
    }

    /** Counts each activity once and records the name of the thread that measured it. */
    static final class ThreadRecorder extends TestHoursIndicator {
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public String getCode() {
            return "X_EXEC.UNITS";
        }

        @Override
        public boolean selects(Activity activity) {
            return true;
        }

        @Override
        public BigDecimal measure(Activity activity) {
            threads.add(Thread.currentThread().getName());
            return BigDecimal.ONE;
        }
    }

    static ReportQuery query(int threads) {
        return ReportQuery.builder().period(ReportingPeriod.parse("2017")).scope("F1")
                .indicators(List.of("X_EXEC.UNITS")).threads(threads).build();
    }

    @Test
    void theRangesRunOnTheGivenExecutor_whichStaysOpen() throws Exception {
        ThreadRecorder recorder = new ThreadRecorder();
        AtomicInteger submitted = new AtomicInteger();
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> new Thread(r, "mine-" + named.incrementAndGet()));
        try {
            Executor counting = task -> {
                submitted.incrementAndGet();
                pool.execute(task);
            };
            ReportEngine engine = ReportEngine.of(IndicatorCatalog.standard().with(recorder)).withExecutor(counting);
            assertSame(counting, engine.getExecutor().orElseThrow());

            Report report = engine.run(query(2), Dataset.of(folder));

            assertEquals(LINES, report.total("X_EXEC.UNITS").orElseThrow().getValue().intValueExact());
            assertEquals(LINES, report.getRecordsRead());
            assertEquals(2, submitted.get());
            assertFalse(recorder.threads.isEmpty());
            assertTrue(recorder.threads.stream().allMatch(name -> name.startsWith("mine-")), recorder.threads::toString);
            // not shut down by the engine: it still runs tasks
            assertFalse(pool.isShutdown());
            assertEquals("ok", pool.submit(() -> "ok").get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void byDefault_aReportUsesThreadsOfItsOwn_andGivesTheSameFigures() {
        ThreadRecorder recorder = new ThreadRecorder();
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.standard().with(recorder));
        assertTrue(engine.getExecutor().isEmpty());

        Report report = engine.run(query(2), Dataset.of(folder));

        assertEquals(LINES, report.total("X_EXEC.UNITS").orElseThrow().getValue().intValueExact());
        assertEquals(Set.of("fic-report-scan"), recorder.threads);
    }

    @Test
    void oneRange_isReadByTheCallingThread_withoutTheExecutor() {
        ThreadRecorder recorder = new ThreadRecorder();
        AtomicInteger submitted = new AtomicInteger();
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.standard().with(recorder))
                .withExecutor(task -> submitted.incrementAndGet());

        Report report = engine.run(query(1), Dataset.of(folder));

        assertEquals(LINES, report.total("X_EXEC.UNITS").orElseThrow().getValue().intValueExact());
        assertEquals(0, submitted.get());
        assertEquals(Set.of(Thread.currentThread().getName()), recorder.threads);
    }

    @Test
    void anExecutorThatRejects_makesTheReportThrowItsException() {
        RejectedExecutionException rejected = new RejectedExecutionException("full");
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.standard().with(new ThreadRecorder()))
                .withExecutor(task -> {
                    throw rejected;
                });
        assertSame(rejected, assertThrows(RejectedExecutionException.class,
                () -> engine.run(query(2), Dataset.of(folder))));
    }

    @Test
    void withExecutor_keepsTheCatalog_andRefusesNull() {
        ReportEngine engine = ReportEngine.standard();
        assertSame(engine.getCatalog(), engine.withExecutor(Runnable::run).getCatalog());
        assertThrows(NullPointerException.class, () -> engine.withExecutor(null));
    }
}
