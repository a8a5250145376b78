package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidence.jsonl} read with the dataset's line machinery: line limit, BOM, UTF-8 and JSON problems by line. */
class EvidenceReadingTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    private static final String C1 = "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {\"awards.provincial\": 1}}\n";
    private static final String C2 = "{\"subject\": \"C2\", \"period\": \"2017\", \"values\": {\"awards.provincial\": 2}}\n";

    private static DatasetProblem problem(byte[] bytes, int maxLineLength) {
        return assertThrows(DatasetReadException.class, () -> EvidenceTable.read(new ByteArrayInputStream(bytes),
                "evidence.jsonl", YEAR, maxLineLength)).getProblem();
    }

    private static byte[] bytes(Object... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            out.write(part instanceof byte[] b ? b : part.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void read_aLineOverTheLimitIsRefusedWithFileAndLine(@TempDir Path dir) throws Exception {
        String longLine = "{\"subject\": \"C3\", \"period\": \"2017\", \"values\": {\"note\": \"" + "x".repeat(500) + "\"}}\n";
        DatasetProblem p = problem(bytes(C1, longLine, C2), 200);
        assertEquals("LINE_TOO_LONG", p.getProblemCode());
        assertEquals("evidence.jsonl", p.getFile());
        assertEquals(2, p.getLine());
        assertTrue(p.getMessage().contains(String.valueOf(longLine.length() - 1)) && p.getMessage().contains("200"), p.getMessage());
        // the default limit is the dataset's: 1 MiB
        Path file = dir.resolve("evidence.jsonl");
        Files.write(file, bytes(C1, "{\"subject\": \"C3\", \"period\": \"2017\", \"values\": {\"note\": \""
                + "x".repeat(JsonLinesReader.DEFAULT_MAX_LINE_LENGTH) + "\"}}\n"));
        DatasetProblem d = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR)).getProblem();
        assertEquals("LINE_TOO_LONG", d.getProblemCode());
        assertEquals(2, d.getLine());
        assertThrows(IllegalArgumentException.class, () -> EvidenceTable.read(file, YEAR, 1));
    }

    @Test
    void read_aLineJustAtTheLimitIsRead() throws Exception {
        EvidenceTable t = EvidenceTable.read(new ByteArrayInputStream(bytes(C1, C2)), "evidence.jsonl", YEAR,
                C1.length() - 1);
        assertEquals(List.of("C1", "C2"), t.getSubjects());
    }

    @Test
    void read_aLeadingByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.write(file, bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, C1, C2));
        EvidenceTable t = EvidenceTable.read(file, YEAR);
        assertEquals(List.of("C1", "C2"), t.getSubjects());
        assertEquals(List.of("evidence.jsonl:1"), t.get("C1").orElseThrow().getSources("awards.provincial"));
        // a mark further on is not a leading one: files joined together
        DatasetProblem p = problem(bytes(C1, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, C2), 1 << 20);
        assertEquals(2, p.getLine());
        assertEquals("BOM", p.getProblemCode());
    }

    @Test
    void read_illFormedUtf8IsNamedWithItsLine() throws Exception {
        DatasetProblem p = problem(bytes(C1, C2, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'}), 1 << 20);
        assertEquals("INVALID_UTF8", p.getProblemCode());
        assertEquals(3, p.getLine());
        assertEquals("evidence.jsonl", p.getFile());
    }

    @Test
    void read_malformedBlankAndOverNestedLinesAreNamedWithTheirLine() throws Exception {
        DatasetProblem malformed = problem(bytes(C1, "{\"subject\": \"C2\", \"period\": \n"), 1 << 20);
        assertEquals("MALFORMED_JSON", malformed.getProblemCode());
        assertEquals(2, malformed.getLine());
        DatasetProblem blank = problem(bytes(C1, "  \r\n", C2), 1 << 20);
        assertEquals("BLANK_LINE", blank.getProblemCode());
        assertEquals(2, blank.getLine());
        DatasetProblem deep = problem(bytes(C1, C2, "{\"subject\": \"C3\", \"period\": \"2017\", \"values\": {\"a\": "
                + "[".repeat(500) + "]".repeat(500) + "}}\n"), 1 << 20);
        assertEquals("LIMIT_EXCEEDED", deep.getProblemCode());
        assertEquals(3, deep.getLine());
    }

    @Test
    void read_crLfLineEndsAndAnUnterminatedLastLine() throws Exception {
        EvidenceTable t = EvidenceTable.read(new ByteArrayInputStream(bytes(C1.replace("\n", "\r\n"),
                C2.substring(0, C2.length() - 1))), "evidence.jsonl", YEAR);
        assertEquals(List.of("C1", "C2"), t.getSubjects());
        assertEquals(List.of("evidence.jsonl:2"), t.get("C2").orElseThrow().getSources("awards.provincial"));
    }
}
