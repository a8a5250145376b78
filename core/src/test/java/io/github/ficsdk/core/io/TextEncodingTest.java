package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.validation.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    /** Chinese lines as the data model writes them. */
    static final String CHINESE = String.join("\n",
            "{\"id\":\"F330400\",\"name\":\"嘉兴市工商业联合会（总商会）\",\"level\":\"CITY\",\"division\":\"330400\"}",
            "{\"id\":\"F330402\",\"name\":\"南湖区工商业联合会\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330400\"}",
            "{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"走访温州商会，调研民营企业融资难问题\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"]}",
            "") ;

    private static TextEncoding sniff(byte[] b) {
        return TextEncoding.sniff(b, 0, b.length, true);
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void sniff_utf8WithAndWithoutByteOrderMark() {
        assertEquals(TextEncoding.UTF_8, sniff(bytes(CHINESE, "UTF-8")));
        assertEquals(TextEncoding.UTF_8, sniff(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(CHINESE, "UTF-8"))));
        assertEquals(TextEncoding.UTF_8, sniff(new byte[0]));
        assertEquals(TextEncoding.UTF_8, sniff(bytes("{\"id\":\"A1\"}\n", "US-ASCII")));
    }

    @Test
    void sniff_utf16ByByteOrderMarkOrByItsNulBytes() {
        assertEquals(TextEncoding.UTF_16LE, sniff(bytes("\uFEFF" + CHINESE, "UTF-16LE")));
        assertEquals(TextEncoding.UTF_16BE, sniff(bytes("\uFEFF" + CHINESE, "UTF-16BE")));
        assertEquals(TextEncoding.UTF_16LE, sniff(bytes(CHINESE, "UTF-16LE")));
        assertEquals(TextEncoding.UTF_16BE, sniff(bytes(CHINESE, "UTF-16BE")));
        assertEquals(TextEncoding.UTF_16LE, sniff(bytes("{\"id\":\"A1\"}\n", "UTF-16LE")));
        // NULs at both parities (UTF-32) are not UTF-16
        assertEquals(TextEncoding.UNKNOWN, sniff(bytes("{\"id\":\"A1\"}\n", "UTF-32BE")));
    }

    @Test
    void sniff_gbkAndGb18030() {
        assertEquals(TextEncoding.GB18030, sniff(bytes(CHINESE, "GBK")));
        assertEquals(TextEncoding.GB18030, sniff(bytes(CHINESE, "GB18030")));
        // ASCII lines and one GBK line, no UTF-8 text: the file is GBK
        assertEquals(TextEncoding.GB18030, sniff(concat(bytes("{\"id\":\"A1\"}\n{\"id\":\"A2\"}\n", "US-ASCII"),
                bytes("{\"id\":\"A3\",\"title\":\"走访商会\"}\n", "GBK"))));
    }

    @Test
    void sniff_otherEncodingsAreNotUtf8() {
        assertEquals(TextEncoding.UNKNOWN, sniff(bytes("{\"name\":\"Café Müller à Zürich\"}\n", "ISO-8859-1")));
    }

    @Test
    void sniff_aBrokenLineInAUtf8FileStaysUtf8() {
        byte[] broken = {'{', '"', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}', '\n'};
        assertEquals(TextEncoding.UTF_8, sniff(concat(bytes(CHINESE, "UTF-8"), broken, bytes(CHINESE, "UTF-8"))));
        // the corpus line: one well-formed character and one ill-formed sequence
        assertEquals(TextEncoding.UTF_8, sniff(new byte[] {'"', (byte) 0xE8, (byte) 0xB5, (byte) 0xB0, (byte) 0xC3, '(', '"'}));
    }

    @Test
    void sniff_aCharacterCutByTheEndOfTheSampleIsNotHeldAgainstIt() {
        byte[] utf8 = bytes(CHINESE, "UTF-8");
        for (int cut = 0; cut <= utf8.length; cut++) {
            assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(utf8, 0, cut, false), "cut at " + cut);
        }
    }

    @Property(tries = 300)
    void sniff_anyUtf8TextWithoutNulIsUtf8(@ForAll String text, @ForAll @IntRange(min = 0, max = 100) int cutPercent) {
        byte[] b = text.replace('\0', ' ').getBytes(StandardCharsets.UTF_8);
        assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(b, 0, b.length, true));
        assertEquals(TextEncoding.UTF_8, TextEncoding.sniff(b, 0, b.length * cutPercent / 100, false));
    }

    @Test
    void problem_namesTheEncodingAndHowToFixIt() {
        DatasetProblem p = TextEncoding.GB18030.problem("activities.jsonl");
        assertEquals("activities.jsonl", p.getFile());
        assertEquals(0, p.getLine());
        assertEquals(Severity.ERROR, p.getSeverity());
        assertEquals("ENCODING", p.getProblemCode());
        assertTrue(p.getMessage().contains("GB18030/GBK"), p.getMessage());
        assertTrue(p.getMessage().contains("UTF-8"), p.getMessage());
        assertTrue(p.isFileError());
        assertTrue(TextEncoding.UTF_16LE.problem("a.jsonl").getMessage().contains("UTF-16LE"));
        assertThrows(IllegalStateException.class, () -> TextEncoding.UTF_8.problem("a.jsonl"));
    }

    @Test
    void reader_fileNotUtf8IsOneProblemAndNoRecord() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            lines.append("{\"id\":\"A").append(i).append("\",\"kind\":\"VISIT\",\"title\":\"走访商会\",\"start\":\"2017-03-14\","
                    + "\"organizers\":[\"F1\"]}\n");
        }
        for (String charset : List.of("GBK", "UTF-16LE", "UTF-16BE")) {
            List<DatasetProblem> problems = new ArrayList<>();
            try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
                    new ByteArrayInputStream(bytes(lines.toString(), charset)), "activities.jsonl", problems::add)) {
                assertEquals(null, reader.read(), charset);
                assertEquals(0, reader.getRecordsRead());
            }
            assertEquals(1, problems.size(), charset + ": " + problems);
            assertEquals("ENCODING", problems.get(0).getProblemCode());
            assertEquals(0, problems.get(0).getLine());
        }
    }

    @Test
    void reader_aLaterBrokenLineStaysAProblemOfItsLine() throws IOException {
        byte[] good = bytes("{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"走访\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\n",
                "UTF-8");
        byte[] gbk = bytes("{\"id\":\"A2\",\"kind\":\"VISIT\",\"title\":\"走访\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\n",
                "GBK");
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
                new ByteArrayInputStream(concat(good, gbk, good)), "activities.jsonl", problems::add)) {
            for (Activity a = reader.read(); a != null; a = reader.read()) {
                ids.add(a.getId() + "@" + reader.getLineNumber());
            }
        }
        assertEquals(List.of("A1@1", "A1@3"), ids);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("INVALID_UTF8", problems.get(0).getProblemCode());
        assertEquals(2, problems.get(0).getLine());
    }

    @Test
    void lineEndingProblem_onlyForCarriageReturnsAloneWithContentAfterThem() {
        byte[] mac = "{\"a\":1}\r{\"a\":2}\r".getBytes(StandardCharsets.UTF_8);
        DatasetProblem p = TextEncoding.lineEndingProblem(mac, 0, mac.length, "activities.jsonl").orElseThrow();
        assertEquals("LINE_ENDINGS", p.getProblemCode());
        assertEquals(0, p.getLine());
        assertTrue(p.isFileError());
        for (String fine : List.of("{\"a\":1}\r\n{\"a\":2}\r\n", "{\"a\":1}\n{\"a\":2}", "{\"a\":1}\r", "{\"a\":1}\r \r", "")) {
            byte[] b = fine.getBytes(StandardCharsets.UTF_8);
            assertTrue(TextEncoding.lineEndingProblem(b, 0, b.length, "x.jsonl").isEmpty(), fine);
        }
    }

    @Test
    void startProblem_ofAChannel_isTheEncodingOrLineEndingProblemOfItsFirstBytes() throws IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("start");
        try {
            java.nio.file.Path gbk = dir.resolve("a.jsonl");
            java.nio.file.Files.write(gbk, "{\"name\":\"工商联\"}\n".getBytes(Charset.forName("GBK")));
            java.nio.file.Path mac = dir.resolve("b.jsonl");
            java.nio.file.Files.write(mac, "{\"id\":1}\r{\"id\":2}\r".getBytes(StandardCharsets.UTF_8));
            java.nio.file.Path fine = dir.resolve("c.jsonl");
            java.nio.file.Files.write(fine, "{\"id\":1}\r\n{\"id\":2}\n".getBytes(StandardCharsets.UTF_8));
            List<String> codes = new ArrayList<>();
            for (java.nio.file.Path file : List.of(gbk, mac, fine)) {
                try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
                    codes.add(TextEncoding.startProblem(channel, channel.size(), file.getFileName().toString())
                            .map(p -> p.getFile() + " " + p.getProblemCode()).orElse("none"));
                }
            }
            assertEquals(List.of("a.jsonl ENCODING", "b.jsonl LINE_ENDINGS", "none"), codes);
        } finally {
            try (var files = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.delete(f);
                }
            }
            java.nio.file.Files.delete(dir);
        }
    }
}
