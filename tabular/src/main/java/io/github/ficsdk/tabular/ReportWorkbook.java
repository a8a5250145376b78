package io.github.ficsdk.tabular;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorInfo;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportValue;
import io.github.ficsdk.tabular.internal.WorkbookFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook a federation hands on: a sheet {@value #TABLE_SHEET} with the
 * report table (one row per row of the report, by name; one column per indicator, with its unit;
 * the exact value in every cell, amounts shown in 万元 or 亿元 by a number format), a native Excel
 * bar chart per chosen indicator by row (an XDDF chart object, which Excel, WPS and LibreOffice
 * draw with their own fonts), the narrative on a sheet {@value #NARRATIVE_SHEET}, and the query
 * and data lineage (sources, records read, problems) on a last sheet {@value #LINEAGE_SHEET}.
 *
 * <pre>{@code
 * ReportWorkbook.of(report, IndicatorCatalog.standard())
 *         .withRowNames(Map.of("F330481", "海宁市工商联"))
 *         .withCharts(List.of("VISIT.TARGETS.CHAMBER"))
 *         .withNarrative(Narrative.standard().render(report, catalog))
 *         .withSources(List.of("data/jiaxing"))
 *         .write(Path.of("报表.xlsx"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReportWorkbook {

    /** The name of the sheet of the table and charts. */
    public static final String TABLE_SHEET = "报表";
    /** The name of the sheet of the narrative. */
    public static final String NARRATIVE_SHEET = "文字说明";
    /** The name of the sheet of the query and data lineage. */
    public static final String LINEAGE_SHEET = "查询与来源";

    private final Report report;
    private final IndicatorCatalog catalog;
    private final Map<String, String> rowNames;
    private final List<String> charts;
    private final String narrative;
    private final List<String> sources;

    private ReportWorkbook(Report report, IndicatorCatalog catalog, Map<String, String> rowNames, List<String> charts,
            String narrative, List<String> sources) {
        this.report = report;
        this.catalog = catalog;
        this.rowNames = rowNames;
        this.charts = charts;
        this.narrative = narrative;
        this.sources = sources;
    }

    /**
     * Returns the workbook of a report, charting its first indicator, without narrative.
     *
     * @param report   the report, not null; a refused report has no figures to write
     * @param catalog  the catalog naming the indicators, not null
     * @return the workbook, never null
     */
    public static ReportWorkbook of(Report report, IndicatorCatalog catalog) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalog, "catalog");
        List<String> codes = indicators(report);
        return new ReportWorkbook(report, catalog, Map.of(), codes.isEmpty() ? List.of() : List.of(codes.get(0)), "",
                List.of());
    }

    private static List<String> indicators(Report report) {
        return report.getValues().stream().map(ReportValue::getIndicator).distinct().toList();
    }

    /**
     * Returns this workbook naming rows by these names (organisation ids to names); a row without a
     * name shows its key.
     *
     * @param names  the names by row key, not null
     * @return the workbook, never null
     */
    public ReportWorkbook withRowNames(Map<String, String> names) {
        return new ReportWorkbook(report, catalog, Map.copyOf(names), charts, narrative, sources);
    }

    /**
     * Returns this workbook with a bar chart for each of these indicators (codes of the report).
     *
     * @param indicators  the indicator codes, not null
     * @return the workbook, never null
     * @throws IllegalArgumentException if the report has no such indicator
     */
    public ReportWorkbook withCharts(List<String> indicators) {
        List<String> known = indicators(report);
        for (String code : indicators) {
            if (!known.contains(code)) {
                throw new IllegalArgumentException("the report has no indicator " + code);
            }
        }
        return new ReportWorkbook(report, catalog, rowNames, List.copyOf(indicators), narrative, sources);
    }

    /**
     * Returns this workbook with a narrative (one paragraph per line on its sheet).
     *
     * @param text  the narrative, not null
     * @return the workbook, never null
     */
    public ReportWorkbook withNarrative(String text) {
        return new ReportWorkbook(report, catalog, rowNames, charts, Objects.requireNonNull(text, "text"), sources);
    }

    /**
     * Returns this workbook naming the data it was computed from (folders, ledgers, files).
     *
     * @param names  the sources, not null
     * @return the workbook, never null
     */
    public ReportWorkbook withSources(List<String> names) {
        return new ReportWorkbook(report, catalog, rowNames, charts, narrative, List.copyOf(names));
    }

    /**
     * Writes the workbook (into a temporary file renamed into place).
     *
     * @param out  the file, not null; replaced when it exists
     * @throws UncheckedIOException if it cannot be written
     */
    public void write(Path out) {
        Path target = out.toAbsolutePath().normalize();
        try (XSSFWorkbook wb = build()) {
            WorkbookFiles.replace(wb, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + target + ": " + e.getMessage(), e);
        }
    }

    private String rowName(String row) {
        if (row.equals(report.getScope())) {
            return report.getScopeName() + "（合计）";
        }
        return rowNames.getOrDefault(row, row);
    }

    /** Builds the workbook in memory (a report is small). */
    XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle headerStyle = wb.createCellStyle();
        headerStyle.setFont(bold);
        headerStyle.setWrapText(true);
        XSSFSheet table = wb.createSheet(TABLE_SHEET);
        List<String> codes = indicators(report);
        table.createRow(0).createCell(0).setCellValue(report.getScopeName() + " " + report.getPeriod() + " 统计报表");
        table.getRow(0).getCell(0).setCellStyle(headerStyle);
        Row header = table.createRow(1);
        header.createCell(0).setCellValue("单位");
        header.getCell(0).setCellStyle(headerStyle);
        Map<String, CellStyle> formats = new LinkedHashMap<>();
        List<CellStyle> columnStyles = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            IndicatorInfo info = catalog.info(codes.get(i));
            String unit = info.getUnit();
            Cell cell = header.createCell(i + 1);
            cell.setCellValue(info.getName() + "（" + unit + "）");
            cell.setCellStyle(headerStyle);
            String format = unit.equals("万元") ? "0\\.0," : unit.equals("亿元") ? "0\\.00,," : "0";
            columnStyles.add(formats.computeIfAbsent(format, f -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(f));
                return s;
            }));
            table.setColumnWidth(i + 1, 14 * 256);
        }
        table.setColumnWidth(0, 24 * 256);
        table.createFreezePane(1, 2);
        List<String> rows = new ArrayList<>(report.getRows());
        // the total first in the report; children after it: the table lists children, then the total
        if (rows.size() > 1 && rows.get(0).equals(report.getScope())) {
            rows.add(rows.remove(0));
        }
        int r = 2;
        for (String row : rows) {
            Row line = table.createRow(r++);
            line.createCell(0).setCellValue(rowName(row));
            for (int i = 0; i < codes.size(); i++) {
                ReportValue v = report.value(row, codes.get(i)).orElse(null);
                if (v != null) {
                    Cell cell = line.createCell(i + 1);
                    BigDecimal value = v.getValue();
                    if (value.stripTrailingZeros().precision() <= 15) {
                        cell.setCellValue(value.doubleValue());
                    } else {
                        cell.setCellValue(value.toPlainString());
                    }
                    cell.setCellStyle(columnStyles.get(i));
                }
            }
        }
        int children = rows.size() > 1 ? rows.size() - 1 : 1;
        XSSFDrawing drawing = table.createDrawingPatriarch();
        int top = r + 1;
        for (int k = 0; k < charts.size(); k++) {
            int column = codes.indexOf(charts.get(k)) + 1;
            IndicatorInfo info = catalog.info(charts.get(k));
            int col1 = (k % 2) * 8;
            int row1 = top + (k / 2) * 18;
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, col1, row1, col1 + 8, row1 + 17);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(info.getName() + "（" + info.getUnit() + "）");
            chart.setTitleOverlay(false);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(table,
                    new CellRangeAddress(2, 2 + children - 1, 0, 0));
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(table,
                    new CellRangeAddress(2, 2 + children - 1, column, column));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
            data.setBarDirection(BarDirection.COL);
            data.setVaryColors(false);
            XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, values);
            series.setTitle(info.getName(), null);
            chart.plot(data);
        }
        XSSFSheet text = wb.createSheet(NARRATIVE_SHEET);
        text.setColumnWidth(0, 120 * 256);
        int n = 0;
        for (String line : narrative.split("\n", -1)) {
            if (!line.isBlank() || n > 0) {
                text.createRow(n++).createCell(0).setCellValue(line);
            }
        }
        XSSFSheet lineage = wb.createSheet(LINEAGE_SHEET);
        lineage.setColumnWidth(0, 18 * 256);
        lineage.setColumnWidth(1, 100 * 256);
        int l = 0;
        l = pair(lineage, l, "统计期", report.getPeriod());
        l = pair(lineage, l, "范围", report.getScope() + " " + report.getScopeName());
        l = pair(lineage, l, "分组", report.getBreakdown().name());
        l = pair(lineage, l, "指标", String.join(", ", codes));
        for (String source : sources) {
            l = pair(lineage, l, "数据来源", source);
        }
        l = pair(lineage, l, "读取活动记录", String.valueOf(report.getRecordsRead()));
        long total = report.getProblemCounts().values().stream().mapToLong(Long::longValue).sum();
        l = pair(lineage, l, "问题数", String.valueOf(total));
        for (Map.Entry<String, Long> e : report.getProblemCounts().entrySet()) {
            l = pair(lineage, l, "问题代码", e.getKey() + " " + e.getValue());
        }
        for (DatasetProblem p : report.getProblems()) {
            l = pair(lineage, l, "问题", p.getFile() + ":" + p.getLine() + (p.getId().orElse(null) == null ? "" : " " + p.getId().orElse(null))
                    + (p.getProblemPath().isEmpty() ? "" : " " + p.getProblemPath()) + " " + p.getProblemCode() + " " + p.getMessage());
        }
        return wb;
    }

    private static int pair(XSSFSheet sheet, int row, String key, String value) {
        Row r = sheet.createRow(row);
        r.createCell(0).setCellValue(key);
        r.createCell(1).setCellValue(value);
        return row + 1;
    }
}
