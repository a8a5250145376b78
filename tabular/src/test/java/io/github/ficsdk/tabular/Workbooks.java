package io.github.ficsdk.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small test workbooks as a staffer would type them. */
final class Workbooks {

    /** A formula cell: its formula and cached value. */
    record Formula(String formula, double cached) {}

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle date;
    private XSSFSheet sheet;

    Workbooks() {
        date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
    }

    Workbooks sheet(String name) {
        sheet = wb.createSheet(name);
        return this;
    }

    /** Adds a row at a 1-based row number: strings are text, numbers numeric, dates date cells, null skipped. */
    Workbooks row(int excelRow, Object... cells) {
        Row row = sheet.createRow(excelRow - 1);
        for (int i = 0; i < cells.length; i++) {
            Object v = cells[i];
            if (v == null) {
                continue;
            }
            Cell c = row.createCell(i);
            if (v instanceof String s) {
                c.setCellValue(s);
            } else if (v instanceof BigDecimal d) {
                c.setCellValue(d.doubleValue());
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
            } else if (v instanceof Boolean b) {
                c.setCellValue(b);
            } else if (v instanceof Formula f) {
                c.setCellFormula(f.formula());
                c.setCellValue(f.cached());
            }
        }
        return this;
    }

    Workbooks merge(String range) {
        sheet.addMergedRegion(org.apache.poi.ss.util.CellRangeAddress.valueOf(range));
        return this;
    }

    XSSFWorkbook workbook() {
        return wb;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }
}
