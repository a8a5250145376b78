package io.github.ficsdk.tabular.internal;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.tabular.LedgerRow;
import io.github.ficsdk.validation.Severity;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Streams a folder of CSV files, one per record type, named like the dataset files
 * ({@code activities.csv}) or like the sheets ({@code 活动.csv}): UTF-8 with or without a
 * byte-order mark, or GB18030 (GBK), told by decoding the whole file strictly as UTF-8 first.
 * Internal: not part of the API.
 */
public final class CsvSource {

    /** GB18030, a superset of GBK and GB2312. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvSource() {}

    /**
     * Reads the CSV files of a folder, in name order.
     *
     * @param folder    the folder
     * @param rows      receives the records
     * @param problems  receives the problems
     * @param readers   receives the reader of each file read
     * @throws IOException if the folder or a file cannot be read
     */
    public static void read(Path folder, Consumer<? super LedgerRow<?>> rows, Consumer<? super LedgerProblem> problems,
            Consumer<SheetReader<?>> readers) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> String.valueOf(p.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted(Comparator.comparing(p -> String.valueOf(p.getFileName()))).toList();
        }
        boolean any = false;
        for (Path path : files) {
            String name = String.valueOf(path.getFileName());
            String stem = name.substring(0, name.length() - 4);
            RecordSchema<?> schema = RecordSchemas.forSheet(stem).orElse(null);
            if (schema == null) {
                problems.accept(LedgerProblem.of(name, null, 0, null, null, null, "", Severity.WARNING, "UNKNOWN_SHEET",
                        name + " is not a file of a ledger; it is not read (files: activities.csv or 活动.csv …, one per"
                                + " sheet: " + XlsxSource.sheetNames() + ")"));
                continue;
            }
            any = true;
            SheetReader<?> sheet = new SheetReader<>(schema, name, null, rows, problems);
            readers.accept(sheet);
            readFile(path, sheet, problems);
        }
        if (!any) {
            problems.accept(LedgerProblem.of(String.valueOf(folder.getFileName()), null, 0, null, null, null, "",
                    Severity.ERROR, "NO_LEDGER_SHEETS", "the folder holds no CSV file of a ledger (activities.csv or"
                            + " 活动.csv …, one per sheet: " + XlsxSource.sheetNames() + ")"));
        }
    }

    /** Returns the charset of a file: UTF-8 when it has a BOM or decodes as UTF-8, else GB18030. */
    static Charset detect(Path path) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
            CharBuffer chars = CharBuffer.allocate(1 << 16);
            byte[] chunk = new byte[1 << 15];
            int n;
            while ((n = in.read(chunk)) >= 0) {
                bytes.put(chunk, 0, n);
                bytes.flip();
                CoderResult r = utf8.decode(bytes, chars, false);
                if (r.isError()) {
                    return GB18030;
                }
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            CoderResult r = utf8.decode(bytes, chars, true);
            return r.isError() || bytes.hasRemaining() ? GB18030 : StandardCharsets.UTF_8;
        }
    }

    private static void readFile(Path path, SheetReader<?> sheet, Consumer<? super LedgerProblem> problems)
            throws IOException {
        Charset charset = detect(path);
        String name = String.valueOf(path.getFileName());
        Cells cells = new Cells();
        long row = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(path), 1 << 16)) {
            raw.mark(3);
            byte[] bom = raw.readNBytes(3);
            if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF)) {
                raw.reset();
            }
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("\uFFFD");
            Reader reader = new InputStreamReader(raw, decoder);
            try (MappingIterator<List<String>> it = MAPPER.readerForListOf(String.class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(reader)) {
                while (it.hasNextValue()) {
                    List<String> fields = it.nextValue();
                    row++;
                    cells.clear();
                    boolean bad = false;
                    for (int c = 0; c < fields.size(); c++) {
                        String f = fields.get(c);
                        if (f == null || f.isEmpty()) {
                            continue;
                        }
                        if (f.indexOf('\uFFFD') >= 0) {
                            sheet.cellProblem(row, c, Severity.ERROR, "INVALID_ENCODING", "bytes that are neither UTF-8"
                                    + " nor GB18030 (" + charset.name() + " was detected): the row is not read; save the"
                                    + " file again as CSV UTF-8");
                            bad = true;
                        }
                        if (f.length() > 1 && f.charAt(0) == '\'' && "=+-@".indexOf(f.charAt(1)) >= 0) {
                            f = f.substring(1);
                        }
                        cells.add(c, f, Cells.TEXT, false);
                    }
                    if (!bad) {
                        sheet.row(row, cells);
                    }
                }
            } catch (com.fasterxml.jackson.core.JacksonException e) {
                problems.accept(LedgerProblem.of(name, null, row + 1, null, null, null, "", Severity.ERROR,
                        "MALFORMED_CSV", "not well-formed CSV (" + e.getOriginalMessage() + "): this row and the rest of"
                                + " the file are not read"));
            }
        }
        sheet.end();
    }
}
