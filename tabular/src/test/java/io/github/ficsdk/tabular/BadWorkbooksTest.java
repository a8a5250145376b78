package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad workbooks, generated here: each gives its problem with sheet, row and column
 * (or the whole file), never a stack trace, and the good rows are still read.
 */
class BadWorkbooksTest {

    @TempDir
    Path dir;

    private static final Object[] HEADERS = {"编号", "类型", "开始日期", "主办单位", "场次"};

    private static LedgerProblem the(String code, LedgerContent content) {
        List<LedgerProblem> found = content.getProblems().stream().filter(p -> p.getProblemCode().equals(code)).toList();
        assertEquals(1, found.size(), content.getProblems().toString());
        return found.get(0);
    }

    @Test
    void wrongHeader_noHeaderRow_isAnErrorOfTheSheet_otherSheetsRead() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, "ID", "Kind", "Start").row(2, "A1", "VISIT", "2017-03-05")
                .sheet("商会").row(1, "编号", "名称", "类型", "所属工商联").row(2, "C1", "商会", "行业商会", "F1")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem p = the("NO_HEADER_ROW", content);
        assertEquals("活动", p.getSheet().orElse(null));
        assertEquals(0, p.getRow());
        assertTrue(p.isError());
        assertEquals(1, content.records(RecordSchemas.CHAMBER).size());
    }

    @Test
    void textInANumberColumn_isWrongType() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, HEADERS).row(2, "A1", "VISIT", "2017-03-05", "F1", "三场")
                .row(3, "A2", "VISIT", "2017-03-05", "F1", 3).write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem p = the("WRONG_TYPE", content);
        assertEquals(List.of("活动", 2L, "E", "场次", "A1", "sessions"), List.of(p.getSheet().orElse(null), p.getRow(), p.getColumn().orElse(null),
                p.getHeader().orElse(null), p.getId().orElse(null), p.getProblemPath()));
        assertEquals(1, content.records(RecordSchemas.ACTIVITY).size());
    }

    @Test
    void impossibleDate_isInvalidDate() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, HEADERS).row(2, "A1", "VISIT", "2017年13月1日", "F1")
                .write(dir.resolve("t.xlsx"));
        LedgerProblem p = the("INVALID_DATE", Ledger.of(xlsx).readAll());
        assertEquals(List.of(2L, "C", "开始日期"), List.of(p.getRow(), p.getColumn().orElse(null), p.getHeader().orElse(null)));
    }

    @Test
    void mergedCellOverData_isNoted_andTheRowsBelowLackTheValue() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, HEADERS)
                .row(2, "A1", "VISIT", "2017-03-05", "F1").row(3, "A2", "VISIT", "2017-03-06", null)
                .merge("D2:D3").write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem merged = the("MERGED_CELL", content);
        assertEquals(List.of(2L, "D", "主办单位", Severity.WARNING), List.of(merged.getRow(), merged.getColumn().orElse(null),
                merged.getHeader().orElse(null), merged.getSeverity()));
        LedgerProblem required = the("REQUIRED", content);
        assertEquals(List.of(3L, "organizers"), List.of(required.getRow(), required.getProblemPath()));
    }

    @Test
    void formulaCell_readsItsCachedValue_andSaysSo() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, HEADERS)
                .row(2, "A1", "VISIT", "2017-03-05", "F1", new Workbooks.Formula("1+2", 3))
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem p = the("FORMULA_CELL", content);
        assertEquals(List.of(2L, "E", "场次", Severity.WARNING), List.of(p.getRow(), p.getColumn().orElse(null), p.getHeader().orElse(null), p.getSeverity()));
        assertEquals(3, content.records(RecordSchemas.ACTIVITY).get(0).getSessions());
    }

    @Test
    void emptySheet_isAWarning() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").sheet("说明").row(1, "填表说明").write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertEquals("活动", the("EMPTY_SHEET", content).getSheet().orElse(null));
        assertEquals("说明", the("UNKNOWN_SHEET", content).getSheet().orElse(null));
    }

    @Test
    void passwordProtectedWorkbook_isWorkbookEncrypted() throws Exception {
        Path plain = new Workbooks().sheet("活动").row(1, HEADERS).write(dir.resolve("plain.xlsx"));
        Path xlsx = dir.resolve("加密.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                    OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                fs.writeFilesystem(out);
            }
        }
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem p = only(content);
        assertEquals(List.of("WORKBOOK_ENCRYPTED", "加密.xlsx", 0L), List.of(p.getProblemCode(), p.getFile(), p.getRow()));
    }

    @Test
    void notAWorkbook_andAnOldXls_areNotAWorkbook() throws IOException {
        Path text = Files.writeString(dir.resolve("台账.xlsx"), "编号,类型\nA1,VISIT\n");
        assertEquals("NOT_A_WORKBOOK", only(Ledger.of(text).readAll()).getProblemCode());
        Path xls = dir.resolve("old.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            wb.createSheet("活动");
            wb.write(out);
        }
        LedgerProblem p = only(Ledger.of(xls).readAll());
        assertEquals("NOT_A_WORKBOOK", p.getProblemCode());
        assertTrue(p.getMessage().contains(".xls"), p.getMessage());
        Path zip = dir.resolve("broken.xlsx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
        assertEquals("NOT_A_WORKBOOK", only(Ledger.of(zip).readAll()).getProblemCode());
        assertEquals("NOT_A_WORKBOOK", only(Ledger.of(dir.resolve("missing.xlsx")).readAll()).getProblemCode());
    }

    @Test
    void sheetXmlCutShort_isNotAWorkbook_withTheRowsBeforeKept() throws IOException {
        Path good = new Workbooks().sheet("活动").row(1, HEADERS).row(2, "A1", "VISIT", "2017-03-05", "F1")
                .write(dir.resolve("good.xlsx"));
        Path cut = dir.resolve("cut.xlsx");
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(good));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(cut))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
                    bytes = xml.substring(0, xml.indexOf("</row>", xml.indexOf("<row r=\"2\"")) + 6)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        LedgerContent content = Ledger.of(cut).readAll();
        assertEquals("NOT_A_WORKBOOK", the("NOT_A_WORKBOOK", content).getProblemCode());
        assertEquals(1, content.records(RecordSchemas.ACTIVITY).size());
    }

    @Test
    void workbookWithoutLedgerSheets_isNoLedgerSheets() throws IOException {
        Path xlsx = new Workbooks().sheet("Sheet1").row(1, "a").write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertTrue(the("NO_LEDGER_SHEETS", content).isError());
    }

    @Test
    void duplicateHeader_isAnError_theFirstColumnCounts() throws IOException {
        Path xlsx = new Workbooks().sheet("活动").row(1, "编号", "类型", "开始日期", "主办单位", "金额（元）", "金额（万元）")
                .row(2, "A1", "VISIT", "2017-03-05", "F1", 100, 1).write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        LedgerProblem p = the("DUPLICATE_HEADER", content);
        assertEquals(List.of(1L, "F"), List.of(p.getRow(), p.getColumn().orElse(null)));
        assertEquals("100.00", content.records(RecordSchemas.ACTIVITY).get(0).getAmountYuan().get().toString());
    }

    @Test
    void malformedCsv_isAProblemOfItsRow() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("csv"));
        Files.writeString(folder.resolve("activities.csv"), "编号,类型,开始日期,主办单位\nA1,VISIT,2017-03-05,F1\n"
                + "A2,VISIT,\"2017-03-05,F1\n");
        LedgerContent content = Ledger.of(folder).readAll();
        assertEquals(1, content.records(RecordSchemas.ACTIVITY).size());
        assertEquals(3, the("MALFORMED_CSV", content).getRow());
    }

    private static LedgerProblem only(LedgerContent content) {
        assertEquals(1, content.getProblems().size(), content.getProblems().toString());
        return content.getProblems().get(0);
    }
}
