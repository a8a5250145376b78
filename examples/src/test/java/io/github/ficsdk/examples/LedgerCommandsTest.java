package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ficsdk.examples.samples.HainingLedger;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger commands of the app: import, template, validate --ledger, report --ledger, report --format xlsx. */
class LedgerCommandsTest {

    @TempDir
    static Path dir;
    static Path ledger;
    static Path seed;

    @BeforeAll
    static void setUp() throws Exception {
        SeedDataset data = SeedDataset.generate();
        ledger = HainingLedger.write(data, dir.resolve("海宁台账.xlsx"));
        seed = dir.resolve("seed");
        data.writeTo(seed);
    }

    @Test
    void import_writesTheDatasetFolder_andListsTheTotalRow() throws Exception {
        Path out = dir.resolve("imported");
        Run run = Run.of("import", "--ledger", ledger.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.err()); // a warning: the 合计 row
        String[] lines = run.out().split("\n");
        JsonNode problem = FicAppTest.JSON.readTree(lines[0]);
        assertEquals("TOTAL_ROW", problem.get("code").asText());
        assertEquals("活动", problem.get("sheet").asText());
        assertEquals("A", problem.get("column").asText());
        assertTrue(problem.get("row").asLong() > 3);
        JsonNode counts = FicAppTest.JSON.readTree(lines[lines.length - 1]);
        assertTrue(counts.get("written").asBoolean());
        assertEquals(0, counts.get("errors").asInt());
        assertTrue(Files.exists(out.resolve("activities.jsonl")));
    }

    @Test
    void import_withAnError_writesNothing_textFormatInEnglish() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var sheet = wb.createSheet("活动");
            var h = sheet.createRow(0);
            String[] headers = {"编号", "类型", "开始日期", "主办单位"};
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            var r = sheet.createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue("走访");
            r.createCell(2).setCellValue("2017-02-30");
            r.createCell(3).setCellValue("F1");
            try (var o = Files.newOutputStream(bad)) {
                wb.write(o);
            }
        }
        Path out = dir.resolve("never");
        Run run = Run.of("import", "--ledger", bad.toString(), "--out", out.toString(), "--format", "text",
                "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.out().startsWith("bad.xlsx 活动!C2 开始日期 A1 start ERROR INVALID_DATE"), run.out());
        assertTrue(run.out().contains("was not written"), run.out());
        assertFalse(Files.exists(out));
    }

    @Test
    void import_missingLedger_isUsage() {
        assertEquals(2, Run.of("import", "--ledger", dir.resolve("none.xlsx").toString(), "--out", "x").status());
    }

    @Test
    void template_writesTheWorkbook() throws Exception {
        Path out = dir.resolve("模板.xlsx");
        Run run = Run.of("template", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals("编号", wb.getSheet("活动").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void validate_ledger_printsSheetRowColumn() throws Exception {
        Run run = Run.of("validate", "--ledger", ledger.toString(), "--format", "text");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("活动!A"), run.out());
        assertTrue(run.out().contains("TOTAL_ROW"), run.out());
        assertEquals(2, Run.of("validate", "--ledger", ledger.toString(), "--data", seed.toString()).status());
    }

    @Test
    void report_fromTheLedger_equalsTheReportFromTheDataset() throws Exception {
        Path imported = dir.resolve("for-report");
        Run.of("import", "--ledger", ledger.toString(), "--out", imported.toString());
        List<String> common = List.of("--period", "2017", "--scope", HainingLedger.COUNTY, "--by", "month");
        Run fromLedger = run("report", "--ledger", ledger.toString(), common);
        Run fromData = run("report", "--data", imported.toString(), common);
        assertEquals(0, fromLedger.status(), fromLedger.err());
        assertEquals(FicAppTest.JSON.readTree(fromData.out()).get("values"),
                FicAppTest.JSON.readTree(fromLedger.out()).get("values"));
    }

    @Test
    void report_xlsx_writesAWorkbookWithCharts() throws Exception {
        Path out = dir.resolve("报表.xlsx");
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", SeedDataset.CITY,
                "--by", "child", "--indicators", "VISIT.TARGETS.CHAMBER,CHARITY.AMOUNT", "--format", "xlsx", "--out",
                out.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("", run.out());
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var table = wb.getSheet("报表");
            assertEquals(2, table.getDrawingPatriarch().getCharts().size());
            String first = table.getRow(2).getCell(0).getStringCellValue();
            assertTrue(first.contains("工商") && !first.startsWith("F330"), "a name, not an id: " + first);
            assertTrue(wb.getSheet("文字说明").getRow(0) != null);
        }
        assertEquals(2, Run.of("report", "--data", seed.toString(), "--period", "2017", "--scope", "F1", "--format",
                "xlsx").status(), "xlsx needs --out");
    }

    @Test
    void report_fromAnUnreadableLedger_isRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("not.xlsx"), "hello");
        Run run = Run.of("report", "--ledger", text.toString(), "--period", "2017", "--scope", "F1");
        assertEquals(1, run.status());
        assertEquals("", run.out());
        assertTrue(run.err().contains("NOT_A_WORKBOOK"), run.err());
    }

    private static Run run(String command, String option, String value, List<String> rest) {
        List<String> args = new java.util.ArrayList<>(List.of(command, option, value));
        args.addAll(rest);
        return Run.of(args.toArray(String[]::new));
    }
}
