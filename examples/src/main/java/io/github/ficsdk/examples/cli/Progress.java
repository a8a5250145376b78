package io.github.ficsdk.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a long run on stderr, shown only when stderr is a terminal: the elapsed time while
 * it runs, then the records read, records per second and elapsed time. Quiet otherwise, so that
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

    private Progress(boolean shown, PrintWriter err, Lang lang, String what) {
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
        return new Progress(shown, err, lang, what);
    }

    private synchronized void tick() {
        err.print("\r" + what + lang.pick(" … 已用 ", " … ") + seconds() + lang.pick(" 秒", " s elapsed") + CLEAR_TO_END);
        err.flush();
    }

    private String seconds() {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startNanos) / 1e9);
    }

    /**
     * Ends the display with the number of records read.
     *
     * @param records  the records read
     */
    public synchronized void done(long records) {
        if (!shown) {
            return;
        }
        ticker.shutdownNow();
        double elapsed = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
        long rate = Math.round(records / elapsed);
        err.println("\r" + what + lang.pick("：读取 " + records + " 条记录，" + rate + " 条/秒，用时 " + seconds() + " 秒",
                ": " + records + " records read, " + rate + " records/s, " + seconds() + " s elapsed") + CLEAR_TO_END);
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
