package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.schema.Column;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.core.schema.ValueKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateTest {

    @TempDir
    Path dir;

    @Test
    void template_hasEverySheet_headersWithComments_dropDowns_dateFormats_frozenHeader() throws IOException {
        Path xlsx = dir.resolve("模板.xlsx");
        LedgerWriter.writeTemplate(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (RecordSchema<?> schema : RecordSchemas.all()) {
                XSSFSheet sheet = wb.getSheet(schema.getSheetName().get());
                assertNotNull(sheet, schema.getName());
                assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), schema.getName());
                XSSFRow header = sheet.getRow(0);
                List<? extends Column<?>> columns = schema.getColumns();
                List<DataValidation> validations = new ArrayList<>(sheet.getDataValidations());
                for (int c = 0; c < columns.size(); c++) {
                    Column<?> column = columns.get(c);
                    XSSFCell cell = header.getCell(c);
                    assertEquals(column.getHeader(), cell.getStringCellValue());
                    assertNotNull(cell.getCellComment(), column.getHeader());
                    assertTrue(cell.getCellComment().getString().getString().startsWith(column.getHeader()));
                    ValueKind kind = column.getProperty().getType().getKind();
                    int col = c;
                    boolean dropDown = validations.stream().anyMatch(v -> covers(v, col));
                    assertEquals(kind == ValueKind.CODE || kind == ValueKind.ACTIVITY_KIND, dropDown,
                            schema.getName() + " " + column.getHeader());
                    if (kind == ValueKind.DATE) {
                        assertTrue(DateUtil.isADateFormat(sheet.getColumnStyle(c).getDataFormat(),
                                sheet.getColumnStyle(c).getDataFormatString()), column.getHeader());
                    }
                }
            }
            // the drop-down of activity kinds lists the Chinese labels, on the hidden lists sheet
            XSSFSheet activities = wb.getSheet("活动");
            DataValidation kinds = activities.getDataValidations().stream().filter(v -> covers(v, 1)).findFirst().get();
            String name = kinds.getValidationConstraint().getFormula1();
            String ref = wb.getName(name).getRefersToFormula();
            XSSFSheet lists = wb.getSheet("代码表");
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(lists)));
            assertTrue(ref.startsWith("'代码表'!"), ref);
            CellRangeAddress range = CellRangeAddress.valueOf(ref.substring(ref.indexOf('!') + 1));
            List<String> labels = new ArrayList<>();
            for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                labels.add(lists.getRow(r).getCell(range.getFirstColumn()).getStringCellValue());
            }
            assertEquals(21, labels.size());
            assertEquals("走访", labels.get(0));
            assertTrue(labels.contains("光彩事业和社会公益"));
        }
        assertEquals(List.of(), Ledger.of(xlsx).readAll().getProblems());
    }

    private static int at(XSSFSheet sheet, String header) {
        for (org.apache.poi.ss.usermodel.Cell cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(header);
    }

    private static boolean covers(DataValidation v, int column) {
        for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
            if (r.getFirstColumn() <= column && column <= r.getLastColumn() && r.getFirstRow() == 1) {
                return true;
            }
        }
        return false;
    }

    @Test
    void filledTemplate_readsBackWithoutAProblem() throws IOException {
        Path xlsx = dir.resolve("模板.xlsx");
        LedgerWriter.writeTemplate(xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheet("活动");
            XSSFRow row = sheet.createRow(1);
            row.createCell(0).setCellValue("A1");
            row.createCell(1).setCellValue("银企对接");
            XSSFCell start = row.createCell(2);
            start.setCellValue(LocalDate.of(2017, 5, 4));
            start.setCellStyle(sheet.getColumnStyle(2));
            row.createCell(3).setCellValue("F330481、C1");
            XSSFSheet chambers = wb.getSheet("商会");
            XSSFRow c = chambers.createRow(1);
            c.createCell(at(chambers, "编号")).setCellValue("C1");
            c.createCell(at(chambers, "名称")).setCellValue("海宁市纺织行业商会");
            c.createCell(at(chambers, "类型")).setCellValue("行业商会");
            c.createCell(at(chambers, "所属工商联")).setCellValue("F330481");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertEquals(List.of(), content.getProblems());
        assertEquals(LocalDate.of(2017, 5, 4), content.records(RecordSchemas.ACTIVITY).get(0).getStart());
        assertEquals(List.of("F330481", "C1"), content.records(RecordSchemas.ACTIVITY).get(0).getOrganizers());
        assertEquals(1, content.records(RecordSchemas.CHAMBER).size());
    }
}
