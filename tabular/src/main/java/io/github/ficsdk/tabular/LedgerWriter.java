package io.github.ficsdk.tabular;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.schema.Code;
import io.github.ficsdk.core.schema.Column;
import io.github.ficsdk.core.schema.Property;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.core.schema.ValueKind;
import io.github.ficsdk.core.schema.ValueType;
import io.github.ficsdk.tabular.internal.CellValues;
import io.github.ficsdk.tabular.internal.WorkbookFiles;
import io.github.ficsdk.tabular.internal.XlsxSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes ledger workbooks: the empty {@linkplain #writeTemplate(Path) template} a staffer fills
 * in (every sheet with its headers, a comment on each header saying what goes there, drop-down
 * lists of the Chinese labels of codes, date-formatted date columns, the header row frozen), and
 * any dataset as a ledger ({@link #write(Dataset, Path)}), which {@link Ledger} reads back into the
 * same records: JSONL → XLSX → JSONL is lossless.
 *
 * <pre>{@code
 * LedgerWriter.writeTemplate(Path.of("台账模板.xlsx"));
 * LedgerWriter.write(Dataset.of(Path.of("data/330481")), Path.of("海宁台账.xlsx"));
 * }</pre>
 *
 * <p>Sheets and columns follow {@link RecordSchemas#all()} and each schema's
 * {@link RecordSchema#getColumns() columns}; extensions get a {@code 扩展:NAME} column per name
 * used. Codes are written as their Chinese labels, lists joined with {@code 、}, targets and fee
 * tiers as {@code 类型:编号} / {@code 名称:年费} pairs, amounts and counts as numbers (as text
 * beyond the 15 significant digits a workbook holds), dates as date cells. A list element that
 * holds a separator ({@code 、，,;；}) cannot be written in one cell: writing fails with an
 * {@link IllegalArgumentException} naming the record. Workbooks are written through POI's
 * streaming {@link SXSSFWorkbook} (a window of rows in memory) into a temporary file renamed
 * into place.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LedgerWriter {

    /** The data rows a template prepares (formats and drop-downs). */
    static final int TEMPLATE_ROWS = 1000;

    private LedgerWriter() {}

    /**
     * Writes the empty ledger template: every sheet with its headers, their comments, drop-down
     * lists, date formats and the frozen header row.
     *
     * @param out  the workbook to write, not null; replaced when it exists
     * @throws UncheckedIOException if it cannot be written
     */
    public static void writeTemplate(Path out) {
        Map<RecordSchema<?>, Source<?>> sources = new LinkedHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            sources.put(schema, empty(schema));
        }
        writeSources(sources, out);
    }

    /**
     * Writes every record of a dataset folder as a ledger; the dataset's problems (lines that cannot
     * be read) leave those lines out, as when reading it.
     *
     * @param dataset  the dataset, not null
     * @param out      the workbook to write, not null; replaced when it exists
     * @throws UncheckedIOException if the dataset cannot be read or the workbook written
     * @throws IllegalArgumentException if a value cannot be written in a cell (a list element with a separator)
     */
    public static void write(Dataset dataset, Path out) {
        Objects.requireNonNull(dataset, "dataset");
        Map<RecordSchema<?>, Source<?>> sources = new LinkedHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            sources.put(schema, datasetSource(dataset, schema));
        }
        writeSources(sources, out);
    }

    /**
     * Writes records held in memory as a ledger, one sheet per record type of {@link RecordSchemas#all()}
     * (a type without records gets its headers only).
     *
     * @param records  the records of each schema, not null
     * @param out      the workbook to write, not null; replaced when it exists
     * @throws UncheckedIOException if the workbook cannot be written
     * @throws IllegalArgumentException if a value cannot be written in a cell
     */
    public static void write(Map<RecordSchema<?>, ? extends List<?>> records, Path out) {
        Objects.requireNonNull(records, "records");
        Map<RecordSchema<?>, Source<?>> sources = new LinkedHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            List<?> list = records.get(schema);
            sources.put(schema, list == null ? empty(schema) : listSource(schema, list));
        }
        writeSources(sources, out);
    }

    /** Records of one type, which can be gone through more than once. */
    private interface Source<T> {
        RecordSchema<T> schema();

        void forEach(Consumer<? super T> action);
    }

    private static <T> Source<T> empty(RecordSchema<T> schema) {
        return new Source<>() {
            public RecordSchema<T> schema() {
                return schema;
            }

            public void forEach(Consumer<? super T> action) {
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Source<T> listSource(RecordSchema<T> schema, List<?> list) {
        return new Source<>() {
            public RecordSchema<T> schema() {
                return schema;
            }

            public void forEach(Consumer<? super T> action) {
                for (Object o : list) {
                    action.accept((T) o);
                }
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> Source<T> datasetSource(Dataset dataset, RecordSchema<T> schema) {
        DatasetFile<T> file = null;
        for (DatasetFile<?> f : DatasetFile.all()) {
            if (f.getSchema() == schema) {
                file = (DatasetFile<T>) f;
            }
        }
        if (file == null) {
            return empty(schema); // a record type the dataset reader does not read yet
        }
        DatasetFile<T> found = file;
        return new Source<>() {
            public RecordSchema<T> schema() {
                return schema;
            }

            public void forEach(Consumer<? super T> action) {
                Consumer<DatasetProblem> ignore = p -> { };
                try (Stream<T> s = dataset.stream(found, ignore)) {
                    s.forEach(action);
                }
            }
        };
    }

    private static void writeSources(Map<RecordSchema<?>, Source<?>> sources, Path out) {
        Objects.requireNonNull(out, "out");
        Path target = out.toAbsolutePath().normalize();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(wb);
            Sheet lists = wb.createSheet(XlsxSource.LISTS_SHEET);
            int[] listColumn = {0};
            for (Source<?> source : sources.values()) {
                writeSheet(wb, styles, lists, listColumn, source);
            }
            wb.setSheetHidden(wb.getSheetIndex(lists), true);
            wb.setSheetOrder(XlsxSource.LISTS_SHEET, wb.getNumberOfSheets() - 1);
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            WorkbookFiles.replace(wb, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + target + ": " + e.getMessage(), e);
        }
    }

    /** The cell styles of a ledger. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle date;
        final CellStyle text;
        final CellStyle yuan;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            yuan = wb.createCellStyle();
            yuan.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }
    }

    private static <T> void writeSheet(SXSSFWorkbook wb, Styles styles, Sheet lists, int[] listColumn, Source<T> source) {
        RecordSchema<T> schema = source.schema();
        Set<String> extensionNames = new LinkedHashSet<>();
        Property<T, ?> extensions = null;
        for (Property<T, ?> p : schema.getProperties()) {
            if (p.getType().getKind() == ValueKind.EXTENSIONS) {
                extensions = p;
            }
        }
        if (extensions != null) {
            Property<T, ?> ext = extensions;
            source.forEach(r -> extensionNames.addAll(((Extensions) ext.get(r)).asMap().keySet()));
        }
        SXSSFSheet sheet = wb.createSheet(schema.getSheetName().get());
        sheet.createFreezePane(0, 1);
        List<Column<T>> columns = schema.getColumns();
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        int c = 0;
        for (Column<T> column : columns) {
            Cell cell = header.createCell(c);
            cell.setCellValue(column.getHeader());
            cell.setCellStyle(styles.header);
            Property<?, ?> p = column.getProperty();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(0);
            anchor.setRow2(5);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(wb.getCreationHelper().createRichTextString(describe(column)));
            comment.setAuthor("FIC SDK");
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, Math.min(60, Math.max(12, column.getHeader().length() * 3 + 4)) * 256);
            ValueKind kind = p.getType().getKind();
            if (kind == ValueKind.DATE) {
                sheet.setDefaultColumnStyle(c, styles.date);
            } else if (kind == ValueKind.TEXT || kind == ValueKind.ID || kind == ValueKind.REFERENCE) {
                sheet.setDefaultColumnStyle(c, styles.text);
            }
            if ((kind == ValueKind.CODE || kind == ValueKind.ACTIVITY_KIND) && !p.getType().getCodes().isEmpty()) {
                String range = codeList(wb, lists, listColumn, schema, column, p.getType());
                DataValidationConstraint constraint = validations.createFormulaListConstraint(range);
                DataValidation v = validations.createValidation(constraint,
                        new CellRangeAddressList(1, TEMPLATE_ROWS, c, c));
                v.setSuppressDropDownArrow(true);
                v.setShowErrorBox(false); // the codes themselves and team kinds (X_…) are accepted too
                v.setShowPromptBox(true);
                v.createPromptBox(column.getHeader(), "从下拉列表选择（也可填代码）");
                sheet.addValidationData(v);
            }
            c++;
        }
        List<String> extensionList = new ArrayList<>(extensionNames);
        for (String name : extensionList) {
            Cell cell = header.createCell(c);
            cell.setCellValue(extensions.getHeader() + ":" + name);
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, 16 * 256);
            c++;
        }
        Property<T, ?> ext = extensions;
        int[] rowIndex = {1};
        source.forEach(record -> {
            Row row = sheet.createRow(rowIndex[0]++);
            int col = 0;
            for (Column<T> column : columns) {
                Object value = valueOf(column, record);
                if (value != null) {
                    try {
                        setCell(row.createCell(col), column.getProperty().getType(), value, styles);
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(schema.getName() + " "
                                + schema.idOf(record).orElse("#" + (rowIndex[0] - 1)) + " " + column.getPath() + ": "
                                + e.getMessage(), e);
                    }
                }
                col++;
            }
            if (ext != null) {
                Extensions e = (Extensions) ext.get(record);
                for (String name : extensionList) {
                    Object v = e.asMap().get(name);
                    if (v instanceof BigDecimal d) {
                        setNumber(row.createCell(col), d, null);
                    } else if (v != null) {
                        row.createCell(col).setCellValue((String) v);
                    }
                    col++;
                }
            }
        });
    }

    /** The value of a column in a record, or null when absent or equal to its default. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> Object valueOf(Column<T> column, T record) {
        Property<T, Object> first = (Property<T, Object>) column.getRecordProperty();
        Object v = first.get(record);
        if (v == null) {
            return null;
        }
        if (column.getProperties().size() == 1) {
            if (!first.isRequired() && v.equals(first.defaultIn(record))) {
                return null;
            }
            return v;
        }
        Property nested = column.getProperty();
        Object n = nested.get(v);
        if (n == null || !nested.isRequired() && n.equals(nested.defaultIn(v))) {
            return null;
        }
        return n;
    }

    private static void setCell(Cell cell, ValueType<?> type, Object value, Styles styles) {
        switch (type.getKind()) {
            case DATE:
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
                break;
            case YUAN:
                setNumber(cell, ((io.github.ficsdk.core.money.Yuan) value).toBigDecimal(), styles.yuan);
                break;
            case DECIMAL:
                setNumber(cell, (BigDecimal) value, null);
                break;
            case COUNT:
            case YEAR:
                setNumber(cell, new BigDecimal(value.toString()), null);
                break;
            case TEXT:
            case ID:
            case REFERENCE:
                cell.setCellValue((String) value);
                cell.setCellStyle(styles.text);
                break;
            default:
                cell.setCellValue(CellValues.text(type, value));
                break;
        }
    }

    /** A number as a numeric cell when a workbook holds it exactly (15 significant digits), else as text. */
    private static void setNumber(Cell cell, BigDecimal value, CellStyle style) {
        BigDecimal d = value.stripTrailingZeros();
        if (d.precision() <= 15 && d.scale() <= 15 && d.precision() - d.scale() <= 15) {
            cell.setCellValue(d.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        } else {
            cell.setCellValue(value.toPlainString());
        }
    }

    /** Writes a code list's labels in a column of the hidden lists sheet; returns its named range. */
    private static String codeList(SXSSFWorkbook wb, Sheet lists, int[] listColumn, RecordSchema<?> schema,
            Column<?> column, ValueType<?> type) {
        int col = listColumn[0]++;
        List<? extends Code<?>> codes = type.getCodes();
        for (int i = 0; i < codes.size(); i++) {
            Row row = lists.getRow(i);
            if (row == null) {
                row = lists.createRow(i);
            }
            row.createCell(col).setCellValue(codes.get(i).getLabel());
        }
        String letters = CellReference.convertNumToColString(col);
        Name name = wb.createName();
        name.setNameName("代码_" + schema.getName() + "_" + column.getPath().replace('.', '_'));
        name.setRefersToFormula("'" + XlsxSource.LISTS_SHEET + "'!$" + letters + "$1:$" + letters + "$" + codes.size());
        return name.getNameName();
    }

    /** The comment of a header: what goes in the column. */
    private static String describe(Column<?> column) {
        Property<?, ?> p = column.getProperty();
        ValueType<?> type = p.getType();
        StringBuilder out = new StringBuilder();
        out.append(column.getHeader()).append("（").append(p.getLabel()).append("）")
                .append(p.isRequired() && column.getRecordProperty().isRequired() ? "，必填" : "，选填").append("。\n");
        switch (type.getKind()) {
            case DATE -> out.append("日期：日期单元格，或 2017-03-05、2017/3/5、2017.3.5、2017年3月5日");
            case YUAN -> out.append("金额（元），最多 2 位小数；列名写成“").append(column.getHeader().replace("（元）", "（万元）"))
                    .append("”则按万元填写（最多 6 位小数）");
            case COUNT -> out.append("整数，不小于 ").append(type.getRange().get().getMinimum());
            case YEAR -> out.append("年份，如 2017");
            case DECIMAL -> out.append("数值");
            case ID -> out.append("编号：字母或数字开头，最多 64 个字母、数字或 . _ : -；本表内不重复");
            case REFERENCE -> out.append("所指记录的编号");
            case CODE, ACTIVITY_KIND -> {
                out.append("从下拉列表选择，也可填代码");
                if (type.isOpenCodeList()) {
                    out.append("；自定义类型以 X_ 开头");
                }
            }
            case LIST -> {
                out.append("可填多个，用 、 或 ， 分隔");
                ValueType<?> element = type.getElementType().get();
                if (element.getKind() == ValueKind.OBJECT) {
                    RecordSchema<?> nested = element.getSchema().get();
                    out.append("；每项写成 ").append(nested.getProperty(0).getHeader()).append(":")
                            .append(nested.getProperty(1).getHeader());
                    List<? extends Code<?>> codes = nested.getProperty(0).getType().getCodes();
                    if (!codes.isEmpty()) {
                        out.append("（").append(labels(codes)).append("）");
                    }
                } else if (!element.getCodes().isEmpty()) {
                    out.append("：").append(labels(element.getCodes()));
                }
            }
            default -> out.append("文本");
        }
        return out.toString();
    }

    private static String labels(List<? extends Code<?>> codes) {
        StringBuilder out = new StringBuilder();
        for (Code<?> c : codes) {
            out.append(out.length() == 0 ? "" : "、").append(c.getLabel());
        }
        return out.toString();
    }
}
