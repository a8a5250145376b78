package io.github.ficsdk.examples.cli;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Reaches the package-private seam of {@link ReportCommand} from tests in other packages. */
public final class ReportCommandSeam {

    private ReportCommandSeam() {}

    /**
     * Gives the {@code report} command of a command line the counter the engine feeds as it scans
     * {@code activities.jsonl} (a test's counter can change the file at a chosen moment).
     *
     * @param app      the app's command line, from {@code FicApp.commandLine}
     * @param counter  makes the counter
     */
    public static void setLineCounter(CommandLine app, Supplier<LongAdder> counter) {
        ((ReportCommand) app.getSubcommands().get("report").getCommand()).lineCounter = counter;
    }
}
