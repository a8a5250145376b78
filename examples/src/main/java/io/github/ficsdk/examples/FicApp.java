package io.github.ficsdk.examples;

import io.github.ficsdk.examples.cli.AbstractCommand;
import io.github.ficsdk.examples.cli.AppraiseCommand;
import io.github.ficsdk.examples.cli.CheckedWriter;
import io.github.ficsdk.examples.cli.DemoCommand;
import io.github.ficsdk.examples.cli.ImportCommand;
import io.github.ficsdk.examples.cli.Lang;
import io.github.ficsdk.examples.cli.PicocliMessages;
import io.github.ficsdk.examples.cli.ReportCommand;
import io.github.ficsdk.examples.cli.TemplateCommand;
import io.github.ficsdk.examples.cli.UsageException;
import io.github.ficsdk.examples.cli.ValidateCommand;
import io.github.ficsdk.validation.SafeText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The reference command-line app of the FIC SDK ({@code java -jar fic-examples.jar <command>}):
 * {@code report}, {@code validate}, {@code appraise}, {@code demo}, {@code import} and {@code template}, as the
 * data model's "Command line" says.
 *
 * <pre>{@code
 * java -jar examples/target/fic-examples.jar demo
 * java -jar examples/target/fic-examples.jar validate --data data/330481 --format text
 * java -jar examples/target/fic-examples.jar report --data data/jiaxing --period 2017-H1 --scope F330400 --by child
 * java -jar examples/target/fic-examples.jar appraise --data data/jiaxing --scheme FOUR_GOOD_CHAMBER --period 2017
 * }</pre>
 *
 * <p>Exit status 0 on success, 1 when problems were found (validate), figures do not match
 * (demo), the appraisal cannot finish (appraise), the data cannot be used, the output cannot be
 * written (a full disk, {@code ulimit -f}, a closed pipe) or an {@link Error} such as
 * {@link OutOfMemoryError} ends the run, 2 on unusable arguments. Errors are one line on stderr that says what to fix; {@code --verbose} adds the stack trace.
 * Whatever an error line or a stack trace quotes (an argument, a value from the data, a plug-in's
 * message) is shown through {@link SafeText#forDisplay(String)}: ID-card and mobile numbers masked,
 * control characters as visible escapes. Output is UTF-8. Adding a
 * command is one subclass of {@link AbstractCommand} listed in {@code COMMANDS} below.
 *
 * @since 0.1
 */
@Command(name = "fic-examples", mixinStandardHelpOptions = true, versionProvider = FicApp.BuildVersion.class,
        description = "The reference app of the FIC SDK: standardized statistics, data quality and appraisal of "
                + "Federations of Industry and Commerce datasets.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:problems found, figures not matching, an appraisal that cannot finish, unusable data, "
                + "output that cannot be written, or an error such as running out of memory",
            "2:unusable arguments"})
public final class FicApp implements Runnable {

    @Spec
    CommandSpec spec;

    /** The top-level {@code --lang}: the language of every command that has no {@code --lang} of its own. */
    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang",
            description = "Language of messages and rendered text: zh (default) or en.")
    Lang lang;

    /**
     * The subcommands, in the order the help lists them. They are added by {@link #commandLine}
     * rather than named in the annotation, so that a run of one command builds picocli's model of
     * that one only (the model of all six is about 50 ms of reflection, a tenth of a short report).
     */
    private static final Map<String, Supplier<AbstractCommand>> COMMANDS = commands();

    private static Map<String, Supplier<AbstractCommand>> commands() {
        Map<String, Supplier<AbstractCommand>> commands = new LinkedHashMap<>();
        commands.put("report", ReportCommand::new);
        commands.put("validate", ValidateCommand::new);
        commands.put("appraise", AppraiseCommand::new);
        commands.put("demo", DemoCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("template", TemplateCommand::new);
        return commands;
    }

    /** The base name of the help texts ({@code Messages_zh.properties}: Chinese; English is in the annotations). */
    static final String MESSAGES = "io.github.ficsdk.examples.cli.Messages";

    /**
     * The version {@code -V} prints: the build's ({@code build.properties}, filled in by Maven
     * resource filtering), not a number written in the code.
     */
    public static final class BuildVersion implements CommandLine.IVersionProvider {

        /** Creates the provider (picocli calls this). */
        public BuildVersion() {}

        /**
         * Returns the version of this build, such as {@code 0.1.0-SNAPSHOT}.
         *
         * @return the version, never null
         * @throws IllegalStateException if the jar lacks its build.properties
         */
        public static String get() {
            try (java.io.InputStream in = FicApp.class.getResourceAsStream("build.properties")) {
                java.util.Properties p = new java.util.Properties();
                if (in != null) {
                    p.load(in);
                }
                String version = p.getProperty("version", "");
                if (version.isBlank() || version.contains("${")) {
                    throw new IllegalStateException("fic-examples is incomplete: build.properties has no version");
                }
                return version.trim();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public String[] getVersion() {
            return new String[] {"FIC SDK reference app " + get()};
        }
    }

    /** Creates the top-level command (picocli fills it in). */
    public FicApp() {}

    /**
     * Without a command: tells what to type.
     *
     * @throws ParameterException always
     */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), getLang().pick("缺少命令：report、validate、appraise、demo、import 或 template",
                "missing command: report, validate, appraise, demo, import or template"));
    }

    /**
     * Returns the top-level language ({@code fic-examples --lang en …}).
     *
     * @return the language, Chinese when not given, never null
     */
    public Lang getLang() {
        return lang != null ? lang : Lang.ZH;
    }

    /**
     * Runs the app and exits with its status.
     *
     * @param args  the command line, not null
     */
    public static void main(String[] args) {
        // Apache POI (ledgers) logs through the Log4j API: without a backend it complains on stderr
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // not System.out: a PrintStream swallows a failed write (a full disk, ulimit -f, a closed pipe)
        CheckedWriter out = new CheckedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        preload(named(args));
        System.exit(execute(out, err, stderrIsTerminal(), args));
    }

    /**
     * For {@code report} and {@code validate}: loads, on a daemon thread, the tables such a run
     * needs first (the record schemas, the indicator catalogue, the division codes: some 30 ms)
     * while this thread builds picocli's model of the command line, so a run of about a second
     * starts reading its data sooner. The command waits for it before it runs
     * ({@link AbstractCommand#runAfter}), so the two threads never initialise classes of the SDK
     * at the same time. Nothing is reported here: these tables are in the jar, and a jar that
     * cannot give them (a broken build) fails again on the main thread, which reports it (as a
     * {@link NoClassDefFoundError} of the class that could not be initialised).
     */
    private static void preload(String command) {
        if (!"report".equals(command) && !"validate".equals(command)) {
            return;
        }
        Thread preload = new Thread(() -> {
            try {
                io.github.ficsdk.core.schema.RecordSchemas.ACTIVITY.getPropertyNames();
                io.github.ficsdk.validation.DivisionCode.isKnown("110000");
                if (command.equals("report")) {
                    io.github.ficsdk.report.IndicatorCatalog.standard();
                }
            } catch (Throwable e) {
                // nothing: see above
            }
        }, "fic-preload");
        preload.setDaemon(true);
        preload.start();
        AbstractCommand.runAfter(preload);
    }

    /**
     * Tells whether stderr is a terminal: on Linux from {@code /proc/self/fd/2}, elsewhere from
     * {@link System#console()} (which needs stdin and stdout to be the terminal).
     *
     * @return true when progress should be shown
     */
    public static boolean stderrIsTerminal() {
        try {
            java.nio.file.Path fd = java.nio.file.Path.of("/proc/self/fd/2");
            if (java.nio.file.Files.isSymbolicLink(fd)) {
                String target = java.nio.file.Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux, or not allowed: fall back
        }
        return System.console() != null;
    }

    /**
     * Runs the app in-process: the same as {@link #main(String[])} without exiting. When writing
     * to {@code out} fails, says so in one line on {@code err} (with the cause when {@code out} is a
     * {@link CheckedWriter}) and returns 1 (2 stays 2); an {@link Error} anywhere ends the run with
     * one line and 1.
     *
     * @param out          standard output, not null
     * @param err          standard error, not null
     * @param interactive  true when stderr is a terminal (progress is shown)
     * @param args         the command line, not null
     * @return the exit status
     */
    public static int execute(Writer out, Writer err, boolean interactive, String... args) {
        PrintWriter o = out instanceof PrintWriter p ? p : new PrintWriter(out, true);
        PrintWriter e = err instanceof PrintWriter p ? p : new PrintWriter(err, true);
        Lang lang = lang(Arrays.asList(args));
        int status;
        try {
            status = commandLine(o, e, interactive, lang, named(args)).execute(args);
        } catch (RuntimeException | Error t) {
            // a command ends its own errors (AbstractCommand); this is for anything outside one
            e.println(AbstractCommand.errorLine(t, lang));
            if (Arrays.asList(args).contains("--verbose")) {
                AbstractCommand.printTrace(t, e);
            }
            status = AbstractCommand.PROBLEMS;
        }
        if (o.checkError()) { // flushes; true when any write or flush of the output failed
            java.io.IOException cause = out instanceof CheckedWriter c ? c.failure() : null;
            String why = cause == null || cause.getMessage() == null ? lang.pick("写入失败", "a write failed")
                    : oneLine(cause.getMessage());
            e.println(lang.pick("错误：无法写出到标准输出（" + why + "），输出不完整",
                    "error: cannot write to standard output (" + why + "); the output is incomplete"));
            status = status == AbstractCommand.USAGE ? status : AbstractCommand.PROBLEMS;
        }
        e.flush();
        return status;
    }

    /**
     * The command a command line names first, after the top-level {@code --lang} options only;
     * null when it starts otherwise (help, version, an unknown word: the whole app is built then).
     */
    private static String named(String[] args) {
        int i = 0;
        while (i < args.length) {
            if (args[i].equals("--lang")) {
                i += 2;
            } else if (args[i].startsWith("--lang=")) {
                i++;
            } else {
                break;
            }
        }
        return i < args.length && COMMANDS.containsKey(args[i]) ? args[i] : null;
    }

    /** The language of a command line before picocli parses it: the last {@code --lang} given, else Chinese. */
    private static Lang lang(List<String> args) {
        Lang lang = Lang.ZH;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String value = arg.startsWith("--lang=") ? arg.substring("--lang=".length())
                    : arg.equals("--lang") && i + 1 < args.size() ? args.get(i + 1) : null;
            if (value != null) {
                lang = value.equalsIgnoreCase("en") ? Lang.EN : value.equalsIgnoreCase("zh") ? Lang.ZH : lang;
            }
        }
        return lang;
    }

    /**
     * Builds the picocli command line of the app with its error handling.
     *
     * @param out          standard output, not null
     * @param err          standard error, not null
     * @param interactive  true when stderr is a terminal (progress is shown)
     * @return the command line, never null
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
        return commandLine(out, err, interactive, Lang.ZH);
    }

    /**
     * Builds the picocli command line of the app with its error handling, its help in a language.
     *
     * @param out          standard output, not null
     * @param err          standard error, not null
     * @param interactive  true when stderr is a terminal (progress is shown)
     * @param help         the language of the help and of picocli's messages, not null
     * @return the command line, never null
     */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive, Lang help) {
        return commandLine(out, err, interactive, help, null);
    }

    /** The command line with every subcommand, or with the one named ({@code only}) when not null. */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive, Lang help,
            String only) {
        FicApp app = new FicApp();
        CommandLine cl = new CommandLine(app);
        // before the settings below, which apply to the subcommands already added
        for (Map.Entry<String, Supplier<AbstractCommand>> command : COMMANDS.entrySet()) {
            if (only == null || only.equals(command.getKey())) {
                cl.addSubcommand(command.getKey(), command.getValue().get());
            }
        }
        cl.setResourceBundle(java.util.ResourceBundle.getBundle(MESSAGES, help.locale(),
                FicApp.class.getClassLoader(), java.util.ResourceBundle.Control.getNoFallbackControl(
                        java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExitCodeExceptionMapper(t -> t instanceof UsageException || t instanceof ParameterException
                ? AbstractCommand.USAGE : AbstractCommand.PROBLEMS);
        cl.setParameterExceptionHandler((ex, args) -> {
            List<String> list = Arrays.asList(args);
            Lang lang = lang(list);
            String command = ex.getCommandLine().getCommandSpec().qualifiedName();
            ex.getCommandLine().getErr().println(lang.pick("参数错误：", "error: ")
                    + oneLine(PicocliMessages.translate(ex.getMessage(), lang))
                    + lang.pick("（用法见 " + command + " --help）", " (see " + command + " --help)"));
            if (list.contains("--verbose")) {
                AbstractCommand.printTrace(ex, ex.getCommandLine().getErr());
            }
            return AbstractCommand.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Object command = commandLine.getCommand();
            boolean verbose = command instanceof AbstractCommand c && c.common().isVerbose();
            Lang lang = command instanceof AbstractCommand c ? c.common().getLang() : app.getLang();
            PrintWriter w = commandLine.getErr();
            int status;
            if (ex instanceof UsageException) {
                w.println(lang.pick("参数错误：", "error: ") + oneLine(ex.getMessage()));
                status = AbstractCommand.USAGE;
            } else {
                w.println(lang.pick("错误：", "error: ") + describe(ex)
                        + (verbose ? "" : lang.pick("（加 --verbose 查看堆栈）", " (add --verbose for the stack trace)")));
                status = AbstractCommand.PROBLEMS;
            }
            if (verbose) {
                AbstractCommand.printTrace(ex, w);
            }
            w.flush();
            return status;
        });
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommand() instanceof AbstractCommand c) {
                c.setInteractive(interactive);
                c.common().inheritLang(app::getLang);
            }
            // a command's own -V/--version prints the app's version (else it printed nothing)
            sub.getCommandSpec().versionProvider(new BuildVersion());
        }
        return cl;
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName()
                : t.getClass().getSimpleName() + ": " + oneLine(message);
    }

    private static String oneLine(String message) {
        return message == null ? "" : SafeText.forDisplay(message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
    }
}
