/**
 * Spreadsheet ledgers (台账): XLSX workbooks and folders of CSV files read into the records of a
 * dataset through the {@linkplain io.github.ficsdk.core.schema record schemas} (headers, aliases,
 * 万元 columns, code labels, list separators: all from the schema, so a record type added there
 * is a sheet here), ledger templates and datasets written as ledgers, and report workbooks with
 * native Excel bar charts. The rules are those of DATA-MODEL.md "Ledgers in spreadsheets".
 *
 * <pre>{@code
 * // read: records as they come, problems with sheet, row, column and header
 * Ledger.of(Path.of("台账.xlsx")).read(row -> use(row.getRecord()), problem -> System.err.println(problem));
 * // import: validated, written atomically only when there is no error
 * LedgerImport.Result result = LedgerImport.of(Ledger.of(Path.of("台账.xlsx"))).writeTo(Path.of("data/330481"));
 * // write: the template, a dataset as a ledger, a report as a workbook
 * LedgerWriter.writeTemplate(Path.of("台账模板.xlsx"));
 * LedgerWriter.write(Dataset.of(Path.of("data/330481")), Path.of("海宁台账.xlsx"));
 * ReportWorkbook.of(report, IndicatorCatalog.standard()).withCharts(List.of("VISIT.TARGETS.CHAMBER"))
 *         .write(Path.of("报表.xlsx"));
 * }</pre>
 *
 * <p>Workbooks are read with Apache POI's event API (the sheet XML streamed through SAX, numbers
 * taken from their stored text, exactly): memory stays flat in the number of rows. Large
 * workbooks are written through POI's streaming {@code SXSSFWorkbook}.
 *
 * <h2>Problem codes</h2>
 * A cell gives the codes of the JSON readers ({@code WRONG_TYPE}, {@code REQUIRED},
 * {@code INVALID_DATE}, {@code UNKNOWN_CODE}, {@code UNKNOWN_ACTIVITY_KIND}, {@code OUT_OF_RANGE},
 * {@code YUAN_AMOUNT_*}, {@code NEGATIVE}, {@code NOT_POSITIVE}, {@code END_BEFORE_START} …, see
 * {@code io.github.ficsdk.core.io}), and {@link io.github.ficsdk.tabular.LedgerImport} adds those
 * of Bean Validation and of the cross-record checks ({@code DUPLICATE_ID}, {@code UNKNOWN_PARENT},
 * {@code UNKNOWN_REFERENCE} …), each located at its sheet, row, column and header. The ledger's
 * own codes (in the catalogue {@code problem-codes.tsv} of {@link io.github.ficsdk.core.io.ProblemCode}):
 * <table>
 * <caption>Problem codes of ledgers</caption>
 * <tr><th>code</th><th>severity</th><th>meaning</th></tr>
 * <tr><td>{@code NOT_A_WORKBOOK}</td><td>error</td><td>the file does not exist, is not an .xlsx (an old .xls, a
 *     text file, a damaged zip); nothing is read</td></tr>
 * <tr><td>{@code WORKBOOK_ENCRYPTED}</td><td>error</td><td>the workbook is protected by a password; nothing is read</td></tr>
 * <tr><td>{@code NO_LEDGER_SHEETS}</td><td>error</td><td>no sheet (or CSV file) has the name of a record type</td></tr>
 * <tr><td>{@code UNKNOWN_SHEET}</td><td>warning</td><td>a sheet or CSV file whose name no record type has; not read</td></tr>
 * <tr><td>{@code EMPTY_SHEET}</td><td>warning</td><td>a sheet of a record type with nothing in it</td></tr>
 * <tr><td>{@code NO_HEADER_ROW}</td><td>error</td><td>no row of the sheet has two known headers; the sheet is not read</td></tr>
 * <tr><td>{@code UNKNOWN_HEADER}</td><td>warning</td><td>a header that is neither a column of the record type nor
 *     {@code 扩展:NAME}; the column is ignored</td></tr>
 * <tr><td>{@code DUPLICATE_HEADER}</td><td>error</td><td>two columns fill the same property (such as 金额（元） and
 *     金额（万元）); the later one is ignored</td></tr>
 * <tr><td>{@code TOTAL_ROW}</td><td>warning</td><td>a row whose first non-empty cell is 合计, 小计 or 总计: skipped</td></tr>
 * <tr><td>{@code FORMULA_CELL}</td><td>warning</td><td>a formula: its value as last computed is read</td></tr>
 * <tr><td>{@code MERGED_CELL}</td><td>warning</td><td>merged cells below the headers: the value is in the top-left
 *     cell only, the others are read empty</td></tr>
 * <tr><td>{@code INVALID_ENCODING}</td><td>error</td><td>a CSV cell with bytes that are neither UTF-8 nor GB18030; the
 *     row is not read</td></tr>
 * <tr><td>{@code MALFORMED_CSV}</td><td>error</td><td>a CSV file that is not well-formed (an unclosed quote): the row
 *     and the rest of the file are not read</td></tr>
 * </table>
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.tabular;

import io.github.ficsdk.validation.ValueStyle;
