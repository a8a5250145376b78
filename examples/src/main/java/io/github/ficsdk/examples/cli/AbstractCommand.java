package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of the app's commands: the common options, the output and error writers, whether
 * stderr is a terminal (progress), and the exit codes. A new command is one subclass annotated
 * with {@code @Command}, listed in {@link io.github.ficsdk.examples.FicApp}'s subcommands.
 *
 * <pre>{@code
 * @Command(name = "hello", mixinStandardHelpOptions = true, description = "Says hello.")
 * public final class HelloCommand extends AbstractCommand {
 *     protected int execute() {
 *         out().println(lang().pick("你好", "hello"));
 *         return OK;
 *     }
 * }
 * }</pre>
 *
 * @since 0.1
 */
public abstract class AbstractCommand implements Callable<Integer> {

    /** Exit status of a run without problems. */
    public static final int OK = 0;
    /**
     * Exit status when problems were found (validate), figures do not match (demo), the data is
     * unusable, the output cannot be written, or an error (such as running out of memory) ended the run.
     */
    public static final int PROBLEMS = 1;
    /** Exit status on unusable arguments. */
    public static final int USAGE = 2;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Spec
    CommandSpec spec;

    private boolean interactive;

    /** A thread started before the arguments were parsed, that every command waits for before it runs. */
    private static volatile Thread before;

    /** Creates the command (picocli fills in the options). */
    protected AbstractCommand() {}

    /**
     * Makes every command wait, before it runs, for a thread started before picocli parsed the
     * arguments (the app's loading of the tables a report needs): while picocli works the two
     * threads touch different classes, and no class is then initialised from two ends at once.
     *
     * @param thread  the thread, or null for none
     */
    public static void runAfter(Thread thread) {
        before = thread;
    }

    /**
     * Runs the command. Any {@link Error} (such as {@link OutOfMemoryError} or
     * {@link StackOverflowError}, also one a reading thread threw) ends the run with one line on
     * stderr ({@link #errorLine(Throwable, Lang)}; the stack trace with {@code --verbose}) and
     * exit status 1, never a bare stack trace or a hang.
     *
     * @return the exit status
     * @throws Exception if the command fails; {@link UsageException} means exit status 2
     */
    @Override
    public final Integer call() throws Exception {
        Thread first = before;
        if (first != null) {
            first.join();
        }
        try {
            return execute();
        } catch (Error e) {
            err().println(errorLine(e, lang()));
            if (common.isVerbose()) {
                printTrace(e, err());
            }
            err().flush();
            return PROBLEMS;
        }
    }

    /**
     * Describes an error that ends a run in one line: for {@link OutOfMemoryError}, what to do
     * ({@code 错误：内存不足（OutOfMemoryError: Java heap space）；请给 Java 更多内存后重新运行，例如 java -Xmx4g -jar …});
     * otherwise the error's class and message, shown through {@link SafeText#forDisplay(String)}.
     *
     * @param error  the error, not null
     * @param lang   the language, not null
     * @return the line, without line feed, never null
     */
    public static String errorLine(Throwable error, Lang lang) {
        String message = error.getMessage() == null ? ""
                : SafeText.forDisplay(error.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
        String what = error.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        if (error instanceof OutOfMemoryError) {
            return lang.pick("错误：内存不足（" + what + "）；请给 Java 更多内存后重新运行，例如 java -Xmx4g -jar fic-examples.jar …",
                    "error: out of memory (" + what + "); run again with more memory, e.g. java -Xmx4g -jar fic-examples.jar …");
        }
        return lang.pick("错误：", "error: ") + what + lang.pick("（加 --verbose 查看堆栈）", " (add --verbose for the stack trace)");
    }

    /**
     * Does the command's work.
     *
     * @return the exit status: {@link #OK}, {@link #PROBLEMS} or {@link #USAGE}
     * @throws Exception if the command fails; {@link UsageException} means exit status 2
     */
    protected abstract int execute() throws Exception;

    /**
     * Tells the command whether stderr is a terminal, so that it shows progress.
     *
     * @param interactive  true when stderr is a terminal
     */
    public void setInteractive(boolean interactive) {
        this.interactive = interactive;
    }

    /**
     * Returns the common options.
     *
     * @return the options, never null
     */
    public CommonOptions common() {
        return common;
    }

    /**
     * Returns the language of messages.
     *
     * @return the language, never null
     */
    protected Lang lang() {
        return common.getLang();
    }

    /**
     * Returns standard output.
     *
     * @return the writer, never null
     */
    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * Returns standard error.
     *
     * @return the writer, never null
     */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Prints a stack trace ({@code --verbose}) with every line made safe to show: the messages in it
     * (a plug-in's own exception, a parser's) may quote the data, so each line goes through
     * {@link SafeText#forDisplay(String)}, keeping its leading tabs.
     *
     * @param t    the throwable, not null
     * @param err  where to print, not null
     */
    public static void printTrace(Throwable t, PrintWriter err) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        trace.toString().lines().forEach(line -> {
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == '\t') {
                indent++;
            }
            err.println(line.substring(0, indent) + SafeText.forDisplay(line.substring(indent)));
        });
        err.flush();
    }

    /**
     * Starts the progress display of a long run: shown on stderr only when it is a terminal.
     *
     * @param what  what is being read, such as 读取数据集, not null
     * @return the progress, to be closed with the number of records read; never null
     */
    protected Progress progress(String what) {
        return Progress.start(interactive, err(), lang(), what);
    }

    /**
     * Starts the progress display of a run that counts its records as it goes.
     *
     * @param what     what is being read, not null
     * @param records  the records read so far, not null
     * @return the progress, never null
     */
    protected Progress progress(String what, java.util.function.LongSupplier records) {
        return Progress.start(interactive, err(), lang(), what, records);
    }

    /**
     * Checks that {@code --data} names an existing folder.
     *
     * @param folder  the folder, not null
     * @return the folder, never null
     * @throws UsageException if it does not exist or is not a folder
     */
    protected Path requireFolder(Path folder) {
        if (!Files.exists(folder)) {
            throw new UsageException(lang().pick("--data：文件夹 " + folder + " 不存在，请给出数据集所在的文件夹",
                    "--data: folder " + folder + " does not exist; give the folder that holds the dataset"));
        }
        if (!Files.isDirectory(folder)) {
            throw new UsageException(lang().pick("--data：" + folder + " 不是文件夹，请给出数据集所在的文件夹（不是单个文件）",
                    "--data: " + folder + " is not a folder; give the dataset's folder, not one of its files"));
        }
        return folder;
    }

    /**
     * Reads {@code --period}.
     *
     * @param period  the text given, such as {@code 2017-H1}, not null
     * @return the period, never null
     * @throws UsageException if it is not a period, with the forms accepted
     */
    protected ReportingPeriod requirePeriod(String period) {
        try {
            return ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new UsageException(lang().pick("--period：无法识别 '" + period
                    + "'，请写成 2017、2017-H1、2017-Q3、2017-05 或 2017-01-01/2017-06-30",
                    "--period: cannot read '" + period + "'; write 2017, 2017-H1, 2017-Q3, 2017-05 or 2017-01-01/2017-06-30"), e);
        }
    }
}
