package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a reading thread of the parallel scan throws (an {@link Error} too) ends the run at
 * once, even while another thread is stuck, and reaches the caller as it is.
 */
class ScanFailureTest {

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
                w.write(String.format("{\"id\":\"A%05d\",\"kind\":\"X_FAIL\",\"start\":\"2017-03-01\",\"organizers\":[\"F1\"],"
                        + "\"title\":\"%s\"}%n", i, "测试".repeat(20)));
            }
        }
        assertTrue(Files.size(folder.resolve("activities.jsonl")) > 2 << 20);
    }

    /** A custom indicator whose measure does what it is told for an activity number. */
    static CustomIndicator indicator(Function<Integer, BigDecimal> measure) {
        return new TestHoursIndicator() {
            @Override
            public String getCode() {
                return "X_FAIL.UNITS";
            }

            @Override
            public boolean selects(Activity activity) {
                return true;
            }

            @Override
            public BigDecimal measure(Activity activity) {
                return measure.apply(Integer.parseInt(activity.getId().substring(1)));
            }
        };
    }

    static Report run(CustomIndicator indicator) {
        ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017")).scope("F1")
                .indicators(List.of("X_FAIL.UNITS")).threads(2).build();
        return ReportEngine.of(IndicatorCatalog.standard().with(indicator)).run(query, Dataset.of(folder));
    }

    @Test
    void bothHalves_areCounted() {
        Report report = run(indicator(i -> BigDecimal.ONE));
        assertEquals(LINES, report.total("X_FAIL.UNITS").orElseThrow().getValue().intValueExact());
        assertEquals(LINES, report.getRecordsRead());
    }

    /**
     * The second half runs out of memory while the first half's thread is stuck (ignoring
     * interrupts): the run ends at once with the {@link OutOfMemoryError} itself, and the stuck
     * thread is a daemon, which never keeps the JVM alive.
     */
    @Test
    void anErrorInOneThread_endsTheRunWhileAnotherIsStuck() {
        AtomicBoolean release = new AtomicBoolean();
        AtomicBoolean stuckIsDaemon = new AtomicBoolean();
        OutOfMemoryError injected = new OutOfMemoryError("injected: Java heap space");
        try {
            CustomIndicator failing = indicator(i -> {
                if (i == 0) {
                    stuckIsDaemon.set(Thread.currentThread().isDaemon());
                    while (!release.get()) {
                        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5)); // deaf to interrupts
                    }
                }
                if (i == LINES - 1) {
                    throw injected;
                }
                return BigDecimal.ONE;
            });
            OutOfMemoryError e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(OutOfMemoryError.class, () -> run(failing)));
            assertEquals(injected, e);
            assertTrue(stuckIsDaemon.get(), "the reading threads are daemons");
        } finally {
            release.set(true);
        }
    }

    /** A {@link StackOverflowError} in a custom indicator is an error naming the indicator and the activity. */
    @Test
    void aStackOverflowInAThread_namesTheIndicatorAndTheActivity() {
        IllegalStateException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(IllegalStateException.class, () -> run(indicator(i -> {
                    if (i == LINES - 2) {
                        throw new StackOverflowError();
                    }
                    return BigDecimal.ONE;
                }))));
        assertTrue(e.getMessage().contains("X_FAIL.UNITS") && e.getMessage().contains("A" + (LINES - 2))
                && e.getMessage().contains("StackOverflowError"), e.getMessage());
    }
}
