package io.github.ficsdk.tabular.internal;

import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.tabular.LedgerRow;
import io.github.ficsdk.validation.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the sheets of an XLSX workbook with POI's event API ({@link XSSFReader}, a SAX handler
 * of our own over the sheet XML, the read-only shared strings and the styles): memory flat in the
 * number of rows. Numbers are read from their stored text (exact), dates told by their cell
 * style's format. Internal: not part of the API.
 */
public final class XlsxSource {

    /** The hidden sheet of a template that holds the drop-down lists; never read as records. */
    public static final String LISTS_SHEET = "代码表";

    private XlsxSource() {}

    /**
     * Reads a workbook.
     *
     * @param path      the workbook
     * @param rows      receives the records
     * @param problems  receives the problems
     * @param readers   receives the reader of each sheet read (for locating later problems)
     * @throws IOException if the file cannot be read
     */
    public static void read(Path path, Consumer<? super LedgerRow<?>> rows, Consumer<? super LedgerProblem> problems,
            Consumer<SheetReader<?>> readers) throws IOException {
        String file = String.valueOf(path.getFileName());
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            magic = FileMagic.valueOf(in);
        }
        if (magic == FileMagic.OLE2) {
            boolean encrypted;
            try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
                encrypted = fs.getRoot().hasEntry("EncryptionInfo");
            } catch (IOException | RuntimeException e) {
                encrypted = false;
            }
            problems.accept(encrypted
                    ? fileProblem(file, "WORKBOOK_ENCRYPTED", "the workbook is protected by a password: none of its"
                            + " sheets can be read; save it without a password (文件 > 信息 > 保护工作簿 > 用密码进行加密, clear it)")
                    : fileProblem(file, "NOT_A_WORKBOOK", "the file is an old-format .xls workbook (or another OLE2"
                            + " document), not an .xlsx; save it as an Excel workbook (.xlsx)"));
            return;
        }
        if (magic != FileMagic.OOXML) {
            problems.accept(fileProblem(file, "NOT_A_WORKBOOK", "the file is not an Excel workbook (.xlsx): "
                    + describe(magic) + "; give a workbook saved by Excel or WPS, or a folder of CSV files"));
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean any = false;
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.strip().equals(LISTS_SHEET)) {
                        continue;
                    }
                    RecordSchema<?> schema = RecordSchemas.forSheet(name).orElse(null);
                    if (schema == null) {
                        problems.accept(LedgerProblem.of(file, name, 0, null, null, null, "", Severity.WARNING,
                                "UNKNOWN_SHEET", "the sheet \"" + name + "\" is not a sheet of a ledger; it is not read"
                                        + " (sheets: " + sheetNames() + ")"));
                        continue;
                    }
                    any = true;
                    SheetReader<?> sheet = new SheetReader<>(schema, file, name, rows, problems);
                    readers.accept(sheet);
                    readSheet(in, strings, styles, sheet);
                }
            }
            if (!any) {
                problems.accept(fileProblem(file, "NO_LEDGER_SHEETS", "the workbook has no sheet of a ledger: name the"
                        + " sheets " + sheetNames()));
            }
        } catch (InvalidFormatException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            problems.accept(fileProblem(file, "NOT_A_WORKBOOK", "the file is not a readable Excel workbook (.xlsx): "
                    + e.getMessage()));
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | IOException
                | org.apache.poi.ooxml.POIXMLException | org.apache.poi.UnsupportedFileFormatException
                | org.apache.poi.util.RecordFormatException e) {
            // a damaged part, XML that is not well-formed, a zip bomb (ZipSecureFile's limits): the rows read
            // before it are kept, and this error says the workbook was not read whole
            problems.accept(fileProblem(file, "NOT_A_WORKBOOK", "the workbook is damaged and cannot be read: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
        }
    }

    private static String describe(FileMagic magic) {
        return magic == FileMagic.UNKNOWN ? "its content is of no known kind" : "its content is " + magic;
    }

    /** The names of the ledger's sheets, such as 工商联、商会、…. */
    public static String sheetNames() {
        StringBuilder out = new StringBuilder();
        for (RecordSchema<?> s : RecordSchemas.all()) {
            out.append(out.length() == 0 ? "" : "、").append(s.getSheetName().get());
        }
        return out.toString();
    }

    private static LedgerProblem fileProblem(String file, String code, String message) {
        return LedgerProblem.of(file, null, 0, null, null, null, "", Severity.ERROR, code, message);
    }

    private static void readSheet(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles,
            SheetReader<?> sheet) throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        SheetHandler handler = new SheetHandler(strings, styles, sheet);
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
        handler.merged();
        sheet.end();
    }

    /** The SAX handler of one sheet's XML. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final SheetReader<?> sheet;
        private final Map<Integer, Boolean> dateStyles = new HashMap<>();
        /** Per style index below 1024: 1 a date format, -1 not, 0 not known yet. */
        private final byte[] dateStyleCache = new byte[1024];
        private final Cells cells = new Cells();
        private final List<Integer> formulaColumns = new ArrayList<>();
        private final List<String> formulaValues = new ArrayList<>();
        private final List<String> merges = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private long row;
        private int nextColumn;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inInline;
        private boolean formula;
        private boolean hasValue;
        private boolean hasInline;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, SheetReader<?> sheet) {
            this.strings = strings;
            this.styles = styles;
            this.sheet = sheet;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "row": {
                    String r = attributes.getValue("r");
                    row = r == null ? row + 1 : Long.parseLong(r);
                    nextColumn = 0;
                    cells.clear();
                    formulaColumns.clear();
                    formulaValues.clear();
                    break;
                }
                case "c": {
                    String r = attributes.getValue("r");
                    column = r == null ? nextColumn : column(r);
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    formula = false;
                    hasValue = false;
                    hasInline = false;
                    text.setLength(0);
                    inline.setLength(0);
                    break;
                }
                case "v":
                    inValue = true;
                    text.setLength(0);
                    break;
                case "is":
                    inInline = true;
                    inline.setLength(0);
                    break;
                case "f":
                    formula = true;
                    break;
                case "mergeCell":
                    merges.add(attributes.getValue("ref"));
                    break;
                default:
                    break;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            } else if (inInline) {
                inline.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            String name = localName.isEmpty() ? qName : localName;
            switch (name) {
                case "v":
                    inValue = false;
                    hasValue = true;
                    break;
                case "is":
                    inInline = false;
                    hasInline = true;
                    break;
                case "c":
                    cell();
                    break;
                case "row":
                    boolean data = sheet.row(row, cells);
                    if (data) {
                        for (int i = 0; i < formulaColumns.size(); i++) {
                            int c = formulaColumns.get(i);
                            if (sheet.mappedColumns().contains(c)) {
                                String v = formulaValues.get(i);
                                sheet.cellProblem(row, c, Severity.WARNING, "FORMULA_CELL", v == null
                                        ? "a formula without a computed value: read as empty; type the value instead"
                                        : "a formula: its value as last computed (" + v + ") was read; type the value"
                                                + " instead if it may change");
                            }
                        }
                    }
                    break;
                default:
                    break;
            }
        }

        private void cell() {
            // a cell's value is in <v>, except an inline string's, in <is> (a cell rewritten by another
            // program may keep both: its type says which one holds the value)
            String value = "inlineStr".equals(type) ? (hasInline ? inline.toString() : null)
                    : hasValue ? text.toString() : null;
            if (formula) {
                formulaColumns.add(column);
                formulaValues.add(value);
            }
            if (value == null) {
                return;
            }
            byte kind;
            if (type == null || type.equals("n")) {
                kind = isDate(style) ? Cells.DATE : Cells.NUMBER;
            } else if (type.equals("s")) {
                try {
                    value = strings.getItemAt(Integer.parseInt(value.strip())).getString();
                } catch (RuntimeException e) {
                    value = "";
                }
                kind = Cells.TEXT;
            } else if (type.equals("b")) {
                value = "1".equals(value) ? "TRUE" : "FALSE";
                kind = Cells.BOOLEAN;
            } else if (type.equals("e")) {
                kind = Cells.ERROR;
            } else if (type.equals("d")) {
                kind = Cells.TEXT; // an ISO date stored as text
                value = value.length() >= 10 ? value.substring(0, 10) : value;
            } else {
                kind = Cells.TEXT; // inlineStr, str (a formula's text)
            }
            cells.add(column, value, kind, formula);
        }

        /** The column of a cell reference such as {@code AB12}: 27. */
        private static int column(String reference) {
            int c = 0;
            for (int i = 0; i < reference.length(); i++) {
                char ch = reference.charAt(i);
                if (ch >= 'A' && ch <= 'Z') {
                    c = c * 26 + (ch - 'A' + 1);
                } else if (ch >= 'a' && ch <= 'z') {
                    c = c * 26 + (ch - 'a' + 1);
                } else {
                    break;
                }
            }
            return c - 1;
        }

        private boolean isDate(int s) {
            if (s < 0) {
                return false;
            }
            if (s < dateStyleCache.length && dateStyleCache[s] != 0) {
                return dateStyleCache[s] > 0;
            }
            boolean date = dateStyles.computeIfAbsent(s, k -> {
                if (styles == null || k >= styles.getNumCellStyles()) {
                    return false;
                }
                XSSFCellStyle cs = styles.getStyleAt(k);
                String format = cs.getDataFormatString();
                return format != null && DateUtil.isADateFormat(cs.getDataFormat(), format);
            });
            if (s < dateStyleCache.length) {
                dateStyleCache[s] = (byte) (date ? 1 : -1);
            }
            return date;
        }

        /** Reports the merged ranges over data rows: their value is in the top-left cell only. */
        void merged() {
            for (String ref : merges) {
                if (ref == null || !ref.contains(":")) {
                    continue;
                }
                String[] ends = ref.split(":");
                CellReference a = new CellReference(ends[0]);
                CellReference z = new CellReference(ends[1]);
                if (z.getRow() + 1 <= sheet.headerRow() || a.getRow() == z.getRow() && sheet.headerRow() == 0) {
                    continue; // a title above the headers
                }
                if (a.getRow() + 1 <= sheet.headerRow()) {
                    continue;
                }
                sheet.cellProblem(a.getRow() + 1, a.getCol(), Severity.WARNING, "MERGED_CELL", "merged cells " + ref
                        + ": the value is in " + ends[0] + " only, the other cells of the merge were read as empty;"
                        + " unmerge them and fill every cell");
            }
        }
    }
}
