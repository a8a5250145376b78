package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.FigureOutOfRangeException;
import io.github.ficsdk.report.CustomIndicator;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorInfo;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.QueryTooLargeException;
import io.github.ficsdk.report.ReportCharts;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportRenderers;
import io.github.ficsdk.report.ReportValue;
import io.github.ficsdk.validation.SafeText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code report --data DIR|--ledger FILE|DIR --period P --scope ID [--by child|month|kind] [--indicators C1,C2]
 * [--format json|csv|markdown|text|echarts|xlsx] [--out FILE] [--compare target,last-year]}: the
 * standardized statistics of a dataset folder (or of a spreadsheet ledger); {@code --format xlsx --out FILE}
 * writes a workbook ({@link ReportXlsx}).
 *
 * <p>{@code --compare target} adds to every value its annual target ({@code targets.jsonl}) and
 * the completion percentage, {@code --compare last-year} the same period of the previous year
 * and the change; every format shows them (JSON and CSV as properties and columns, Markdown and
 * text as a second table, the narrative as "（同比增长 12.3%，完成全年目标的 65.7%）", ECharts as
 * more series). JSON also carries the narrative and the items it left out, and why
 * ({@link ReportRenderers#json(Report, Narrative.Text)}). {@code --format echarts} prints one
 * ECharts option document per indicator ({@link ReportCharts}); Markdown and text follow
 * {@code --lang}.
 *
 * <p>Exit status 0 when the report was computed (lines that could not be read, and
 * organisations that do not fit in the tree, are skipped or kept as roots of their own; a record
 * whose id repeats an earlier one counts once, by its first occurrence, and a target repeated
 * within an activity once; all listed in the JSON's {@code problems} and the text format's last
 * lines, counted by code in the JSON's {@code problemCounts}, and summed up in one line on
 * stderr), 1 when the figures are refused because a whole file or the folder could not be read
 * as it is ({@link Report#isRefused()}: no dataset file in the folder, a file that is not UTF-8,
 * cannot be read or changed while it was read; nothing is printed on stdout, and stderr has one
 * line per such error naming the file and the code), when a figure is beyond exact counting (a
 * sum above 9223372036854775807, or that many fen: one line on stderr names the indicator and the
 * row), when the output cannot be written or on an unexpected error (such as running out of
 * memory), 2 on unusable arguments (a missing folder, a malformed period, an unknown indicator
 * code, a breakdown of more than {@link io.github.ficsdk.report.ReportQuery#MAX_VALUES} values).
 * A scope that no file defines is not an error: it is its own subtree.
 *
 * @since 0.1
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Computes the standardized statistics of a dataset folder for a period and a scope.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the report was computed (problems are skipped and counted on stderr)",
            "1:the figures are refused (no dataset file, a file not UTF-8, unreadable or changed while read),"
                    + " a figure is beyond exact counting, the output cannot be written, or an unexpected error"
                    + " (such as running out of memory)",
            "2:unusable arguments (also a report of more than 50000 values: rows × indicators)"})
public final class ReportCommand extends AbstractCommand {

    /** A breakdown of the rows. */
    public enum By {
        /** One row per direct child federation, plus the total. */
        CHILD,
        /** One row per month, plus the total. */
        MONTH,
        /** One row per activity kind, plus the total. */
        KIND
    }

    /** An output format. */
    public enum Format {
        /** The interchange JSON of the data model. */
        JSON,
        /** CSV, UTF-8 with a byte-order mark. */
        CSV,
        /** A Markdown table. */
        MARKDOWN,
        /** A table for people and, in Chinese, the narrative. */
        TEXT,
        /** ECharts option documents, one bar chart per indicator. */
        ECHARTS,
        /** An Excel workbook written to {@code --out FILE}: the table, bar charts, the narrative, the lineage. */
        XLSX
    }

    /** A comparison asked with {@code --compare}. */
    public enum Compare {
        /** The annual target and the completion percentage. */
        TARGET,
        /** The same period of the previous year and the change. */
        LAST_YEAR
    }

    @Mixin
    DataOrLedger input = new DataOrLedger();

    @Option(names = "--out", paramLabel = "FILE", description = "The workbook of --format xlsx.")
    Path outFile;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "The period: 2017, 2017-H1, 2017-Q3, 2017-05 or 2017-01-01/2017-06-30.")
    String period;

    @Option(names = "--scope", required = true, paramLabel = "ID",
            description = "The organisation id whose subtree is counted, such as F330400.")
    String scope;

    @Option(names = "--by", paramLabel = "child|month|kind",
            description = "Adds a row per child federation, per month or per activity kind.")
    By by;

    @Option(names = "--indicators", split = ",", paramLabel = "C1,C2",
            description = "Indicator codes (default: the standard catalog).")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|csv|markdown|text|echarts|xlsx", defaultValue = "json",
            description = "Output format (default: json).")
    Format format = Format.JSON;

    @Option(names = "--compare", split = ",", paramLabel = "target,last-year",
            converter = CompareConverter.class,
            description = "Adds the annual target and completion %%, and/or the same period last year and the change.")
    List<Compare> compare = new ArrayList<>();

    /** Reads {@code target} and {@code last-year}. */
    static final class CompareConverter implements picocli.CommandLine.ITypeConverter<Compare> {
        @Override
        public Compare convert(String value) {
            return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "target", "targets" -> Compare.TARGET;
                case "last-year", "last_year", "lastyear" -> Compare.LAST_YEAR;
                default -> throw new picocli.CommandLine.TypeConversionException("'" + value
                        + "' is not a comparison: use target, last-year or both (target,last-year)");
            };
        }
    }

    /** Makes the counter of the lines read that the engine feeds as it scans; a seam for tests. */
    java.util.function.Supplier<java.util.concurrent.atomic.LongAdder> lineCounter =
            java.util.concurrent.atomic.LongAdder::new;

    /** Creates the command (picocli fills in the options). */
    public ReportCommand() {}

    @Override
    protected int execute() {
        ReportXlsx.checkOptions(input.data, input.ledger, format == Format.XLSX, outFile, lang());
        if (input.ledger != null) {
            try (LedgerSource source = LedgerSource.open(input.ledger, lang())) {
                return ReportXlsx.refuseUnreadable(source.result(), err(), lang()) ? PROBLEMS
                        : report(source.folder(), source);
            }
        }
        return report(requireFolder(input.data), null);
    }

    private int report(Path folder, LedgerSource source) {
        Dataset dataset = Dataset.of(folder)
                .withValidator(lang() == Lang.ZH ? FicValidator.chinese() : FicValidator.english());
        ReportingPeriod p = requirePeriod(period);
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        for (String code : indicators) {
            try {
                catalog.info(code);
            } catch (IllegalArgumentException e) {
                if (code.startsWith("X_")) {
                    List<String> registered = catalog.getCustomIndicators().stream().map(CustomIndicator::getCode)
                            .sorted().toList();
                    String list = registered.isEmpty() ? lang().pick("无", "none") : String.join(", ", registered);
                    throw new UsageException(SafeText.forDisplay(lang().pick("--indicators：自定义指标 '" + code
                            + "' 未注册；请把它的插件（META-INF/services/" + CustomIndicator.class.getName()
                            + "）放到类路径上。已注册的自定义指标：" + list,
                            "--indicators: no custom indicator '" + code + "' is registered; put its plug-in (META-INF/services/"
                                    + CustomIndicator.class.getName() + ") on the class path. Custom indicators registered: "
                                    + list)), e);
                }
                throw new UsageException(lang().pick("--indicators：未知的指标代码 '" + code
                        + "'，请写成 KIND.MEASURE[.TARGET_TYPE]，例如 VISIT.TARGETS.CHAMBER",
                        "--indicators: unknown indicator code '" + code
                                + "'; write KIND.MEASURE[.TARGET_TYPE], e.g. VISIT.TARGETS.CHAMBER"), e);
            }
        }
        ReportQuery query = ReportQuery.builder().period(p).scope(scope)
                .breakdown(by == null ? Breakdown.NONE : Breakdown.valueOf(by.name()))
                .indicators(indicators).compareWithTargets(compare.contains(Compare.TARGET))
                .compareWithLastYear(compare.contains(Compare.LAST_YEAR)).build();
        java.util.concurrent.atomic.LongAdder lines = lineCounter.get();
        Progress progress = progress(lang().pick("统计", "Reporting"), lines::sum);
        Report report;
        try {
            report = ReportEngine.of(catalog).run(query, dataset, lines);
        } catch (FigureOutOfRangeException e) {
            progress.cancel();
            err().println(SafeText.forDisplay(lang().pick("错误：" + e.getIndicator() + "（" + e.getRow() + "，"
                    + e.getPeriod() + "）超出可精确计算的范围，不能给出；请检查计入该指标的记录（如 participants、amountYuan 是否误填）",
                    "error: " + e.getIndicator() + " of " + e.getRow() + " (" + e.getPeriod()
                            + ") is beyond exact counting and is refused; check the records that feed it"
                            + " (a mistyped participants or amountYuan)")));
            return PROBLEMS;
        } catch (QueryTooLargeException e) {
            progress.cancel();
            String option = by == null ? "--indicators" : "--by " + by.name().toLowerCase(java.util.Locale.ROOT);
            throw new UsageException(lang().pick(option + "：" + p + " 共 " + e.getRows() + " 行 × " + e.getIndicators()
                    + " 个指标 = " + e.getValues() + " 个数值，超过每次统计 " + e.getLimit()
                    + " 个数值的上限；请缩短 --period、减少 --indicators 或换一种 --by",
                    option + ": " + p + " gives " + e.getRows() + " rows × " + e.getIndicators() + " indicators = "
                            + e.getValues() + " values, more than the limit of " + e.getLimit()
                            + " values per report; shorten --period, give fewer --indicators or another --by"), e);
        } catch (RuntimeException | Error e) {
            progress.cancel();
            throw e;
        }
        progress.done(report.getRecordsRead());
        report = report.withProblems(report.getProblems().stream()
                .map(pr -> ProblemMessages.localize(pr, lang().locale())).toList());
        report = source == null ? report : ReportXlsx.withLedgerProblems(report, source.result(), lang());
        if (report.isRefused()) {
            // a figure is right or refused: print none, and say which file could not be read as it is
            for (DatasetProblem e : report.getFileErrors()) {
                err().println(SafeText.forDisplay(lang().pick("错误：", "error: ")
                        + (e.getFile().equals(".") ? "" : e.getFile() + lang().pick("：", ": "))
                        + e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ") + lang().pick("（", " (") + e.getProblemCode()
                        + lang().pick("）；未输出任何数字", "); no figure is printed")));
            }
            return PROBLEMS;
        }
        out().print(switch (format) {
            case JSON -> ReportRenderers.json(report, Narrative.standard().compose(report, catalog));
            case CSV -> ReportRenderers.csv(report);
            case MARKDOWN -> ReportRenderers.markdown(report, catalog, lang().locale());
            case TEXT -> text(report, catalog, lang());
            case ECHARTS -> ReportCharts.echarts(report, catalog, lang().locale());
            case XLSX -> ReportXlsx.write(report, catalog, dataset, indicators, outFile, input.path(), lang());
        });
        out().flush();
        if (!report.getProblemCounts().isEmpty()) {
            long total = report.getProblemCounts().values().stream().mapToLong(Long::longValue).sum();
            String byCode = report.getProblemCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "));
            long notListed = report.getProblemsNotListed();
            err().println(SafeText.forDisplay(lang().pick("注意：" + total + " 个问题（" + byCode + "）"
                    + (notListed > 0 ? "，其中 " + notListed + " 个未列出（每个文件最多列出 "
                            + dataset.getMaxProblemsPerFile() + " 个）" : "")
                    + "，有问题的行未计入，重复的记录只计一次；运行 validate "
                    + input.given() + " 查看详情",
                    "note: " + Units.count(total, "problem") + " (" + byCode + ")"
                    + (notListed > 0 ? ", " + notListed + " of them not listed (at most "
                            + dataset.getMaxProblemsPerFile() + " per file)" : "")
                    + ", the lines with errors are not counted and repeated records count once; run validate "
                    + input.given() + " for details")));
        }
        return OK;
    }

    /**
     * Renders a report as a table for people (one column per row of the report), in Chinese the
     * narrative of its total, then the problems listed while reading, one per line as
     * {@code validate} prints them (with how many more were counted but not listed); names and ids
     * are shown through {@link SafeText#forDisplay(String)}.
     *
     * @param report   the report, not null
     * @param catalog  the catalog, not null
     * @param lang     the language, not null
     * @return the text, never null
     */
    public static String text(Report report, IndicatorCatalog catalog, Lang lang) {
        return textTable(report, catalog, lang);
    }

    /**
     * The comparisons of a report as a table for people: per value with a comparison, last year's
     * figure, the change and its percentage, the annual target and the completion percentage (in
     * the catalog's display unit); empty when the report has none.
     */
    static String comparisons(Report report, IndicatorCatalog catalog, Lang lang) {
        if (report.getValues().stream().noneMatch(v -> v.getLastYear().orElse(null) != null || v.getTarget().orElse(null) != null)) {
            return "";
        }
        TextTable table = new TextTable(new boolean[] {false, false, true, true, true, true, true, true},
                lang.pick("指标", "indicator"), lang.pick("行", "row"), lang.pick("本期", "value"),
                lang.pick("上年同期", "last year"), lang.pick("增减", "change"), lang.pick("增减%", "change %"),
                lang.pick("全年目标", "target"), lang.pick("完成%", "completion %"));
        for (ReportValue v : report.getValues()) {
            if (v.getLastYear().orElse(null) == null && v.getTarget().orElse(null) == null) {
                continue;
            }
            IndicatorInfo info = catalog.info(v.getIndicator());
            String row = v.getKind().orElse(null) != null ? v.getKind().orElse(null) : !v.getPeriod().equals(report.getPeriod()) ? v.getPeriod()
                    : report.rowName(v.getScope());
            table.add(lang.pick(info.getName(), info.getEnglishName()), row, Units.display(v, info),
                    v.getLastYear().orElse(null) == null ? "" : Units.display(v, info, v.getLastYear().orElse(null)),
                    v.getChange().map(c -> Units.display(v, info, c)).orElse(""),
                    v.getChangePercent().map(java.math.BigDecimal::toPlainString).orElse(""),
                    v.getTarget().orElse(null) == null ? "" : Units.display(v, info, v.getTarget().orElse(null)),
                    v.getCompletionPercent().map(java.math.BigDecimal::toPlainString).orElse(""));
        }
        return table.render();
    }

    private static String textTable(Report report, IndicatorCatalog catalog, Lang lang) {
        List<String> header = new ArrayList<>(List.of(lang.pick("指标", "indicator"), lang.pick("代码", "code"),
                lang.pick("单位", "unit")));
        for (String row : report.getRows()) {
            header.add(row.equals(report.getScope()) ? report.getScopeName() + lang.pick("（合计）", " (total)")
                    : report.rowName(row));
        }
        boolean[] right = new boolean[header.size()];
        for (int i = 3; i < right.length; i++) {
            right[i] = true;
        }
        TextTable table = new TextTable(right, header.toArray(String[]::new));
        List<String> codes = report.getValues().stream().map(ReportValue::getIndicator).distinct().toList();
        for (String code : codes) {
            IndicatorInfo info = catalog.info(code);
            List<String> cells = new ArrayList<>();
            cells.add(lang.pick(info.getName(), info.getEnglishName()));
            cells.add(code);
            String unit = null;
            for (String row : report.getRows()) {
                ReportValue v = report.value(row, code).orElse(null);
                cells.add(v == null ? "" : Units.display(v, info));
                if (v != null && unit == null) {
                    unit = Units.displayUnit(v, info);
                }
            }
            cells.add(2, Units.unit(unit == null ? info.getUnit() : unit, lang));
            table.add(cells.toArray(String[]::new));
        }
        StringBuilder out = new StringBuilder();
        out.append(SafeText.forDisplay(lang.pick(report.getScopeName() + " " + Narrative.periodInChinese(report.getPeriod()),
                report.getScopeName() + " " + report.getPeriod()))).append('\n');
        out.append(table.render());
        String comparisons = comparisons(report, catalog, lang);
        if (!comparisons.isEmpty()) {
            out.append('\n').append(comparisons);
        }
        if (lang == Lang.ZH) {
            String narrative = Narrative.standard().withHeader("FIC-" + report.getPeriod(), report.getScopeName())
                    .render(report, catalog);
            out.append('\n').append(narrative);
        }
        if (!report.getProblems().isEmpty()) {
            long notListed = report.getProblemsNotListed();
            out.append('\n').append(lang.pick("问题（" + report.getProblems().size() + " 个"
                    + (notListed > 0 ? "，另有 " + notListed + " 个未列出" : "") + "）：",
                    "problems (" + report.getProblems().size() + (notListed > 0 ? ", " + notListed + " more not listed" : "")
                            + "):")).append('\n');
            for (DatasetProblem p : report.getProblems()) {
                out.append(SafeText.forDisplay(ValidateCommand.line(p, lang))).append('\n');
            }
        }
        return out.toString();
    }
}
