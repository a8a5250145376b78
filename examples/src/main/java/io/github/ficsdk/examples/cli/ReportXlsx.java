package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportValue;
import io.github.ficsdk.tabular.LedgerImport;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.tabular.ReportWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code report --format xlsx --out FILE}: the report as a workbook ({@link ReportWorkbook}): the
 * table with rows by name, a bar chart per indicator of {@code --indicators} (without it, the first
 * {@value #DEFAULT_CHARTS} indicators), in Chinese the narrative, and the lineage; and the
 * checks of {@code --data}/{@code --ledger}/{@code --out}.
 *
 * @since 0.1
 */
public final class ReportXlsx {

    /** The charts of a report without {@code --indicators}. */
    static final int DEFAULT_CHARTS = 6;

    private ReportXlsx() {}

    /**
     * Checks the options: exactly one of {@code --data} and {@code --ledger}; {@code --out} with,
     * and only with, {@code --format xlsx}, naming no folder.
     *
     * @param data    {@code --data}, or null
     * @param ledger  {@code --ledger}, or null
     * @param xlsx    whether {@code --format xlsx} was given
     * @param out     {@code --out}, or null
     * @param lang    the language, not null
     * @throws UsageException if they do not fit
     */
    public static void checkOptions(Path data, Path ledger, boolean xlsx, Path out, Lang lang) {
        DataOrLedger.requireOne(data, ledger, lang);
        if (xlsx && out == null) {
            throw new UsageException(lang.pick("--format xlsx 需要 --out 文件名，例如 --out 报表.xlsx",
                    "--format xlsx needs --out FILE, e.g. --out report.xlsx"));
        }
        if (!xlsx && out != null) {
            throw new UsageException(lang.pick("--out 只用于 --format xlsx", "--out is for --format xlsx only"));
        }
        if (out != null && Files.isDirectory(out)) {
            throw new UsageException(lang.pick("--out：" + out + " 是文件夹，请给出工作簿文件名",
                    "--out: " + out + " is a folder; give the workbook's file name"));
        }
    }

    /**
     * Writes the workbook.
     *
     * @param report      the report, not null
     * @param catalog     the catalog, not null
     * @param dataset     the dataset (for the names of rows), not null
     * @param indicators  the indicators asked for (charted), not null
     * @param out         the workbook, not null
     * @param source      the folder or ledger the report was computed from, not null
     * @param lang        the language, not null
     * @return the empty text (nothing goes to standard output)
     */
    public static String write(Report report, IndicatorCatalog catalog, Dataset dataset, List<String> indicators,
            Path out, Path source, Lang lang) {
        Map<String, String> names = new HashMap<>();
        try (Stream<Federation> f = dataset.federations(p -> { })) {
            f.forEach(x -> names.putIfAbsent(x.getId(), x.getName()));
        }
        try (Stream<Chamber> c = dataset.chambers(p -> { })) {
            c.forEach(x -> names.putIfAbsent(x.getId(), x.getName()));
        }
        List<String> codes = report.getValues().stream().map(ReportValue::getIndicator).distinct().toList();
        List<String> charts = indicators.isEmpty() ? codes.subList(0, Math.min(DEFAULT_CHARTS, codes.size()))
                : codes.stream().filter(indicators::contains).toList();
        String narrative = lang == Lang.ZH ? Narrative.standard().withHeader("FIC-" + report.getPeriod(), report.getScopeName())
                .render(report, catalog) : "";
        ReportWorkbook.of(report, catalog).withRowNames(names).withCharts(charts).withNarrative(narrative)
                .withSources(List.of(source.toString())).write(out);
        return "";
    }

    /**
     * Refuses the figures of a ledger that could not be read as it is — a file that is not a
     * workbook or is encrypted, a sheet without header row, a column given twice, a CSV file cut
     * short: a figure is right or refused. Prints one line per such error on stderr.
     *
     * @param result  the outcome of reading the ledger, not null
     * @param err     standard error, not null
     * @param lang    the language, not null
     * @return true when the figures are refused
     */
    public static boolean refuseUnreadable(LedgerImport.Result result, java.io.PrintWriter err, Lang lang) {
        boolean refused = false;
        for (LedgerProblem p : result.getProblems()) {
            if (p.isError() && (p.getRow() == 0 || p.getProblemCode().equals("MALFORMED_CSV") || p.getProblemCode().equals("DUPLICATE_HEADER"))) {
                err.println(io.github.ficsdk.validation.SafeText.forDisplay(lang.pick("错误：", "error: ")
                        + LedgerOutput.line(p, lang) + lang.pick("；未输出任何数字", "; no figure is printed")));
                refused = true;
            }
        }
        err.flush();
        return refused;
    }

    /**
     * Returns the report with the problems of reading its ledger (located by sheet and row: file
     * {@code 台账.xlsx#活动}, line = row) in place of those of the temporary dataset folder.
     *
     * @param report  the report, not null
     * @param result  the outcome of reading the ledger, not null
     * @param lang    the language of messages, not null
     * @return the report, never null
     */
    public static Report withLedgerProblems(Report report, LedgerImport.Result result, Lang lang) {
        List<DatasetProblem> problems = result.getProblems().stream().map(p -> p.localize(lang.locale()))
                .map(LedgerProblem::toDatasetProblem).toList();
        Map<String, Long> counts = new TreeMap<>();
        problems.forEach(p -> counts.merge(p.getProblemCode(), 1L, Long::sum));
        return report.withProblems(problems, counts);
    }
}
