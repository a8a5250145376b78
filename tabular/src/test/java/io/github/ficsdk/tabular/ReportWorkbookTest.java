package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportValue;
import io.github.ficsdk.validation.Severity;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWorkbookTest {

    @TempDir
    Path dir;

    private static ReportValue value(String indicator, String scope, String value, String unit, String name) {
        return ReportValue.of(indicator, scope, "2017-H1", null, new BigDecimal(value), unit, name, null, null, List.of());
    }

    static Report report() {
        List<ReportValue> values = List.of(
                value("VISIT.TARGETS.CHAMBER", "F330400", "196", "家次", "走访商会协会"),
                value("CHARITY.AMOUNT", "F330400", "37250000.00", "元", "光彩事业捐赠"),
                value("VISIT.TARGETS.CHAMBER", "F330481", "37", "家次", "走访商会协会"),
                value("CHARITY.AMOUNT", "F330481", "12345678.91", "元", "光彩事业捐赠"),
                value("VISIT.TARGETS.CHAMBER", "F330424", "21", "家次", "走访商会协会"),
                value("CHARITY.AMOUNT", "F330424", "0.01", "元", "光彩事业捐赠"));
        return Report.of("2017-H1", "F330400", "嘉兴市工商联", Breakdown.CHILD, List.of("F330400", "F330481", "F330424"),
                values, List.of(DatasetProblem.of("活动", 17, "A17", "start", Severity.ERROR, "INVALID_DATE", "bad")), 120);
    }

    private Path write() {
        Path xlsx = dir.resolve("报表.xlsx");
        ReportWorkbook.of(report(), IndicatorCatalog.standard())
                .withRowNames(Map.of("F330481", "海宁市工商联", "F330424", "海盐县工商联"))
                .withCharts(List.of("VISIT.TARGETS.CHAMBER", "CHARITY.AMOUNT"))
                .withNarrative("2017年上半年，全市工商联系统累计走访商会协会196家次。\n第二段。")
                .withSources(List.of("data/jiaxing"))
                .write(xlsx);
        return xlsx;
    }

    @Test
    void workbook_hasTheTableWithExactValues_chartsPerIndicator_narrative_lineage() throws IOException {
        Path xlsx = write();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(List.of("报表", "文字说明", "查询与来源"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            XSSFSheet table = wb.getSheet("报表");
            assertEquals("海宁市工商联", table.getRow(2).getCell(0).getStringCellValue());
            assertEquals("海盐县工商联", table.getRow(3).getCell(0).getStringCellValue());
            assertEquals("嘉兴市工商联（合计）", table.getRow(4).getCell(0).getStringCellValue());
            assertEquals(12345678.91, table.getRow(2).getCell(2).getNumericCellValue());
            assertEquals("0\\.0,", table.getRow(2).getCell(2).getCellStyle().getDataFormatString());
            assertTrue(table.getRow(1).getCell(2).getStringCellValue().contains("万元"));
            List<XSSFChart> charts = table.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            XSSFChart chart = charts.get(0);
            assertEquals("走访商会协会（家次）", chart.getTitleText().getString());
            XDDFChartData data = chart.getChartSeries().get(0);
            assertTrue(data instanceof XDDFBarChartData);
            XDDFChartData.Series series = data.getSeries(0);
            assertEquals(2, series.getCategoryData().getPointCount(), "the children, not the total");
            assertEquals("报表!$A$3:$A$4", series.getCategoryData().getDataRangeReference());
            assertEquals("报表!$B$3:$B$4", series.getValuesData().getDataRangeReference());
            assertTrue(wb.getSheet("文字说明").getRow(0).getCell(0).getStringCellValue().contains("196家次"));
            XSSFSheet lineage = wb.getSheet("查询与来源");
            assertEquals("2017-H1", lineage.getRow(0).getCell(1).getStringCellValue());
            StringBuilder all = new StringBuilder();
            lineage.forEach(r -> all.append(r.getCell(1).getStringCellValue()).append('\n'));
            assertTrue(all.toString().contains("data/jiaxing"), all.toString());
            assertTrue(all.toString().contains("INVALID_DATE 1"), all.toString());
        }
    }

    @Test
    void workbook_opensInLibreOffice() throws Exception {
        String soffice = findSoffice();
        assumeTrue(soffice != null, "soffice (LibreOffice) is not installed");
        Path xlsx = write();
        Path out = Files.createDirectories(dir.resolve("pdf"));
        Path profile = dir.resolve("lo-profile");
        Process p = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        Path pdf = out.resolve("报表.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));
        assertTrue(Files.size(pdf) > 1000);
        assertEquals("%PDF", new String(Files.readAllBytes(pdf), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    }

    static String findSoffice() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path p = Path.of(dirName, name);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }
}
