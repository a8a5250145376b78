package io.github.ficsdk.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on stderr, shown only when stderr is a terminal: while it runs, the
 * records read so far (when the run counts them as it goes), records per second and the elapsed
 * time; at the end, the records read, records per second and elapsed time. Quiet otherwise, so that
 * scripts and pipes see only the result.
 *
 * @since 0.1
 */
public final class Progress {

    /** ANSI: erase to the end of the line (progress is only shown on a terminal). */
    private static final String CLEAR_TO_END = "\u001B[K";

    private final boolean shown;
    private final PrintWriter err;
    private final Lang lang;
    private final String what;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private final LongSupplier records;

    private Progress(boolean shown, PrintWriter err, Lang lang, String what, LongSupplier records) {
        this.records = records;
        this.shown = shown;
        this.err = err;
        this.lang = lang;
        this.what = what;
        if (shown) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "fic-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 500, 500, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /**
     * Starts the display.
     *
     * @param shown  true to show it (stderr is a terminal)
     * @param err    standard error, not null
     * @param lang   the language, not null
     * @param what   what is being read, not null
     * @return the progress, never null
     */
    public static Progress start(boolean shown, PrintWriter err, Lang lang, String what) {
        return new Progress(shown, err, lang, what, null);
    }

    /**
     * Starts the display of a run that counts its records as it goes.
     *
     * @param shown    true to show it (stderr is a terminal)
     * @param err      standard error, not null
     * @param lang     the language, not null
     * @param what     what is being read, not null
     * @param records  the records read so far, read from the display's thread, not null
     * @return the progress, never null
     */
    public static Progress start(boolean shown, PrintWriter err, Lang lang, String what, LongSupplier records) {
        return new Progress(shown, err, lang, what, java.util.Objects.requireNonNull(records, "records"));
    }

    private synchronized void tick() {
        if (records == null) {
            err.print("\r" + what + lang.pick(" … 已用 ", " … ") + seconds() + lang.pick(" 秒", " s elapsed") + CLEAR_TO_END);
        } else {
            err.print("\r" + what + " … " + line(records.getAsLong()) + CLEAR_TO_END);
        }
        err.flush();
    }

    private String line(long count) {
        double elapsed = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        long rate = Math.round(count / elapsed);
        return lang.pick("读取 " + count + " 条记录，" + rate + " 条/秒，用时 " + seconds() + " 秒",
                Units.count(count, "record") + " read, " + rate + " records/s, " + seconds() + " s elapsed");
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /**
     * Ends the display with the number of records read.
     *
     * @param count  the records read
     */
    public synchronized void done(long count) {
        if (!shown) {
            return;
        }
        ticker.shutdownNow();
        err.println("\r" + what + lang.pick("：", ": ") + line(count) + CLEAR_TO_END);
        err.flush();
    }

    /** Stops the display without a summary (the run failed). */
    public synchronized void cancel() {
        if (shown) {
            ticker.shutdownNow();
            err.println();
            err.flush();
        }
    }
}
