package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Huge, endless, deeply nested and BOM-prefixed scheme documents. */
class SchemeLimitsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The minimal scheme padded with white space to a given length in bytes (a valid document of that size). */
    private static String padded(int bytes) {
        String base = SchemeTest.MINIMAL;
        return base + " ".repeat(bytes - base.getBytes(StandardCharsets.UTF_8).length);
    }

    /** Bytes without end: what {@code --scheme /dev/zero} or a stuck pipe would give. */
    private static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
    }

    @Test
    void read_aTwelveMegabyteFileIsRefusedUnreadNamingFileAndLimit(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge-scheme.json");
        Files.writeString(file, padded(12 * 1024 * 1024), StandardCharsets.UTF_8);
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> Scheme.read(file, RuleRegistry.builtIns()));
        assertEquals("DOCUMENT_TOO_LARGE", e.getProblemCode());
        assertEquals("", e.getPath());
        assertTrue(e.getMessage().contains("huge-scheme.json"), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(Scheme.MAX_DOCUMENT_BYTES)), e.getMessage());
        assertTrue(e.getMessage().contains(String.valueOf(Files.size(file))), e.getMessage());
    }

    @Test
    void read_theLimitIsInclusiveAndConfigurable(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.json");
        Files.writeString(file, padded(Scheme.MAX_DOCUMENT_BYTES), StandardCharsets.UTF_8);
        assertEquals("T", Scheme.read(file, RuleRegistry.builtIns()).getId());
        Files.writeString(file, padded(Scheme.MAX_DOCUMENT_BYTES + 1), StandardCharsets.UTF_8);
        assertEquals("DOCUMENT_TOO_LARGE", assertThrows(SchemeLoadException.class,
                () -> Scheme.read(file, RuleRegistry.builtIns())).getProblemCode());
        assertEquals("T", Scheme.read(file, RuleRegistry.builtIns(), 4 * 1024 * 1024).getId());
        String json = padded(3 * 1024 * 1024);
        assertEquals("T", Scheme.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                RuleRegistry.builtIns(), 4 * 1024 * 1024).getId());
        assertThrows(IllegalArgumentException.class, () -> Scheme.read(file, RuleRegistry.builtIns(), 0));
    }

    @Test
    void read_anEndlessStreamIsRefusedAfterTheLimit() {
        SchemeLoadException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(SchemeLoadException.class, () -> Scheme.read(endless(), RuleRegistry.builtIns())));
        assertEquals("DOCUMENT_TOO_LARGE", e.getProblemCode());
        assertTrue(e.getMessage().contains("more than " + Scheme.MAX_DOCUMENT_BYTES + " bytes"), e.getMessage());
    }

    @Test
    void parse_aDocumentOverTheLimitIsRefused() {
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> Scheme.parse(padded(2 * 1024 * 1024)));
        assertEquals("DOCUMENT_TOO_LARGE", e.getProblemCode());
        // the limit counts UTF-8 bytes: 400,000 Chinese characters are 1.2 MB
        String chinese = SchemeTest.MINIMAL.replace("\"name\": \"测试\"", "\"name\": \"" + "测".repeat(400_000) + "\"");
        assertEquals("DOCUMENT_TOO_LARGE", assertThrows(SchemeLoadException.class, () -> Scheme.parse(chinese))
                .getProblemCode());
    }

    @Test
    void parse_deepNestingIsALimitNotAStackOverflow() {
        String deep = "{\"id\": \"X\", \"note\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> Scheme.parse(deep));
        assertEquals("LIMIT_EXCEEDED", e.getProblemCode());
        assertEquals("", e.getPath());
        String longNumber = SchemeTest.MINIMAL.replace("\"points\": 10}", "\"points\": 1" + "0".repeat(5000) + "}");
        assertEquals("LIMIT_EXCEEDED", assertThrows(SchemeLoadException.class, () -> Scheme.parse(longNumber))
                .getProblemCode());
    }

    @Test
    void readAndParse_aLeadingByteOrderMarkIsAccepted(@TempDir Path dir) throws Exception {
        byte[] json = SchemeTest.MINIMAL.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + json.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(json, 0, withBom, BOM.length, json.length);
        Scheme plain = Scheme.parse(SchemeTest.MINIMAL);
        assertEquals(plain, Scheme.read(new ByteArrayInputStream(withBom), RuleRegistry.builtIns()));
        Path file = dir.resolve("bom.json");
        Files.write(file, withBom);
        assertEquals(plain, Scheme.read(file, RuleRegistry.builtIns()));
        assertEquals(plain, Scheme.parse("\uFEFF" + SchemeTest.MINIMAL));
        // only a leading one: a second mark is not white space
        assertEquals("MALFORMED_JSON", assertThrows(SchemeLoadException.class,
                () -> Scheme.parse("\uFEFF\uFEFF" + SchemeTest.MINIMAL)).getProblemCode());
    }
}
