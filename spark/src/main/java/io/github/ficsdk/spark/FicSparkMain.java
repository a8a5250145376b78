package io.github.ficsdk.spark;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.FigureOutOfRangeException;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.QueryTooLargeException;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportRenderers;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.SafeText;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * The command line of {@code spark/bin/fic-spark} (and of {@code spark-submit --class
 * io.github.ficsdk.spark.FicSparkMain}):
 * {@code report --data DIR --period P --scope ID [--by child|month|kind] [--indicators C1,C2]
 * [--format json] [--master local[2]] [--ranges N] [--lang zh|en]}. It prints exactly the document
 * the reference app's {@code report --format json} prints for the same folder (same values, same
 * order, the same writer: {@link ReportRenderers#json(Report, Narrative.Text)}), computed with Spark.
 *
 * <p>Exit status as the app's: 0 when the report was computed (problems are listed in the JSON
 * and summed up on stderr), 1 when the figures are refused (a whole file could not be read as it
 * is; one line per such error on stderr, nothing on stdout), when a figure is beyond exact
 * counting, or on an unexpected error, 2 on unusable arguments. Without {@code --master} the
 * master is Spark's (as {@code spark-submit} sets it), else {@code local[*]}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FicSparkMain {

    private static final String USAGE = "usage: fic-spark report --data DIR --period P --scope ID [--by child|month|kind]"
            + " [--indicators C1,C2] [--format json] [--master URL] [--ranges N] [--lang zh|en]";

    private FicSparkMain() {}

    /**
     * Runs the command and exits with its status.
     *
     * @param args  the arguments, not null
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int status;
        try {
            status = run(args, out, err);
        } catch (RuntimeException | Error e) {
            err.println("error: " + SafeText.forDisplay(String.valueOf(e)));
            status = 1;
        }
        out.flush();
        if (out.checkError()) {
            err.println("error: the output cannot be written");
            status = 1;
        }
        System.exit(status);
    }

    /** A wrong argument: exit status 2. */
    private static final class Usage extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    /**
     * Runs the command.
     *
     * @param args  the arguments, not null
     * @param out   receives the report, not null
     * @param err   receives messages, not null
     * @return the exit status: 0, 1 or 2
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            return report(args, out, err);
        } catch (Usage e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
    }

    private static int report(String[] args, PrintStream out, PrintStream err) {
        List<String> a = new ArrayList<>(Arrays.asList(args));
        if (a.isEmpty() || !a.get(0).equals("report")) {
            throw new Usage("the only command is report");
        }
        String data = null;
        String period = null;
        String scope = null;
        String by = null;
        String master = null;
        String format = "json";
        String lang = "zh";
        int ranges = 0;
        List<String> indicators = new ArrayList<>();
        for (int i = 1; i < a.size(); i++) {
            String option = a.get(i);
            String value;
            int eq = option.indexOf('=');
            if (option.startsWith("--") && eq > 0) {
                value = option.substring(eq + 1);
                option = option.substring(0, eq);
            } else {
                if (i + 1 >= a.size()) {
                    throw new Usage(option + ": missing value");
                }
                value = a.get(++i);
            }
            switch (option) {
                case "--data" -> data = value;
                case "--period" -> period = value;
                case "--scope" -> scope = value;
                case "--by" -> by = value;
                case "--indicators" -> indicators.addAll(Arrays.asList(value.split(",")));
                case "--format" -> format = value;
                case "--master" -> master = value;
                case "--lang" -> lang = value;
                case "--ranges" -> {
                    try {
                        ranges = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        ranges = -1;
                    }
                    if (ranges < 1) {
                        throw new Usage("--ranges: a number of at least 1, not '" + SafeText.forDisplay(value) + "'");
                    }
                }
                default -> throw new Usage("unknown option " + SafeText.forDisplay(option));
            }
        }
        if (data == null || period == null || scope == null) {
            throw new Usage("--data, --period and --scope are required");
        }
        if (!format.equals("json")) {
            throw new Usage("--format: only json (the other formats are the app's: java -jar fic-examples.jar report)");
        }
        if (!lang.equals("zh") && !lang.equals("en")) {
            throw new Usage("--lang: zh or en");
        }
        Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        Path folder = Path.of(data);
        if (!Files.isDirectory(folder)) {
            throw new Usage("--data: " + SafeText.forDisplay(data) + " is not a folder; give the dataset's folder");
        }
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(period);
        } catch (IllegalArgumentException e) {
            throw new Usage("--period: cannot read '" + SafeText.forDisplay(period)
                    + "'; write 2017, 2017-H1, 2017-Q3, 2017-05 or 2017-01-01/2017-06-30");
        }
        Breakdown breakdown = Breakdown.NONE;
        if (by != null) {
            try {
                breakdown = Breakdown.valueOf(by.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                breakdown = null;
            }
            if (breakdown == null || breakdown == Breakdown.NONE) {
                throw new Usage("--by: child, month or kind");
            }
        }
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        for (String code : indicators) {
            try {
                catalog.info(code);
            } catch (IllegalArgumentException e) {
                throw new Usage("--indicators: unknown indicator code '" + SafeText.forDisplay(code)
                        + "'; write KIND.MEASURE[.TARGET_TYPE], e.g. VISIT.TARGETS.CHAMBER");
            }
        }
        ReportQuery query = ReportQuery.builder().period(p).scope(scope).breakdown(breakdown).indicators(indicators)
                .build();
        Dataset dataset = Dataset.of(folder).withValidator(lang.equals("zh") ? FicValidator.chinese()
                : FicValidator.english());
        SparkSession.Builder builder = SparkSession.builder().appName("fic-spark report")
                .config("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            builder.master(master);
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        Report report;
        try {
            SparkSource source = SparkSource.folder(dataset);
            report = FicSpark.report(spark, query, ranges > 0 ? source.withRanges(ranges) : source);
        } catch (FigureOutOfRangeException e) {
            err.println(SafeText.forDisplay("error: " + e.getIndicator() + " of " + e.getRow() + " (" + e.getPeriod()
                    + ") is beyond exact counting and is refused; check the records that feed it"));
            return 1;
        } catch (QueryTooLargeException e) {
            throw new Usage("--by/--indicators: " + e.getRows() + " rows × " + e.getIndicators() + " indicators = "
                    + e.getValues() + " values, more than the limit of " + e.getLimit() + " values per report");
        } finally {
            spark.stop();
        }
        report = report.withProblems(report.getProblems().stream().map(pr -> ProblemMessages.localize(pr, locale))
                .toList());
        if (report.isRefused()) {
            for (DatasetProblem e : report.getFileErrors()) {
                err.println(SafeText.forDisplay("error: " + (e.getFile().equals(".") ? "" : e.getFile() + ": ")
                        + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ") + " (" + e.getProblemCode()
                        + "); no figure is printed"));
            }
            return 1;
        }
        out.print(ReportRenderers.json(report, Narrative.standard().compose(report, catalog)));
        out.flush();
        if (!report.getProblemCounts().isEmpty()) {
            long total = report.getProblemCounts().values().stream().mapToLong(Long::longValue).sum();
            err.println(SafeText.forDisplay("note: " + total + " problems " + report.getProblemCounts()
                    + ", the lines with errors are not counted and repeated records count once"));
        }
        return 0;
    }
}
