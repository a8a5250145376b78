package io.github.ficsdk.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityLineScannerTest {


    private static boolean scan(String line, ScannedActivity into) {
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        return new ActivityLineScanner().scan(b, 0, b.length, into);
    }

    @Test
    void scan_canonicalLine_readsEveryField() {
        ScannedActivity a = new ScannedActivity();
        assertTrue(scan("{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"降本减负大走访\",\"start\":\"2017-03-14\","
                + "\"end\":\"2017-03-15\",\"organizers\":[\"F330402\",\"C1\"],\"region\":\"330402\",\"sessions\":2,"
                + "\"participants\":12,\"copies\":5,\"amountYuan\":\"12.5\",\"targets\":[{\"type\":\"ENTERPRISE\","
                + "\"id\":\"E1\"},{\"id\":\"C9\",\"type\":\"CHAMBER\"}],\"tags\":[\"降本\"]}", a));
        assertEquals(20170314, a.start);
        assertEquals(20170315, a.end);
        assertEquals(2, a.organizerCount);
        assertEquals(2, a.sessions);
        assertEquals(12, a.participants);
        assertEquals(5, a.copies);
        assertEquals(1250, a.amountFen);
        assertEquals(2, a.targetCount);
        assertEquals(1, a.targetType[0]);
        assertEquals(0, a.targetType[1]);
        assertEquals("C9", new String(a.buf, a.targetOff[1], a.targetLen[1], StandardCharsets.UTF_8));
    }

    @Test
    void scan_defaults() {
        ScannedActivity a = new ScannedActivity();
        assertTrue(scan(" { \"id\" : \"A1\" , \"kind\":\"X_MENTORING\",\"start\":\"2016-02-29\",\"organizers\":[\"F1\"] } ", a));
        assertEquals(1, a.sessions);
        assertEquals(0, a.participants);
        assertEquals(0, a.amountFen);
        assertEquals(a.start, a.end);
    }

    /** Every line the strict reader must judge: the scanner never accepts it. */
    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "   ",
        "{\"id\":\"A\\u0031\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISITS\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-02-29\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"sessions\":0}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"sessions\":3000000000}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":-1}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":1.0}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":\"1\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":01}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"amountYuan\":\"1.234\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"amountYuan\":12}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"end\":\"2017-03-13\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"end\":null}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"extensions\":{}}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"unknown\":1}",
        "{\"id\":\"A1\",\"id\":\"A2\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]} x",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\r",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"targets\":[{\"type\":\"SHOP\",\"id\":\"E1\"}]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"targets\":[{\"type\":\"PERSON\"}]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"bad id!\"]}",
        "\uFEFF{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"tags\":[\"\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"tags\":[\"ok\",\"  \"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"tags\":[\"\u3000\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"tags\":[\"\u2003 \"]}",
    })
    void scan_leavesEveryDoubtfulLineToTheStrictReader(String line) {
        assertFalse(scan(line, new ScannedActivity()), line);
    }

    @Test
    void scan_tagsWithAnyVisibleCharacterAreRead() {
        assertTrue(scan("{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],"
                + "\"tags\":[\"降本减负\",\" x \",\"\u00A0\",\"😀\"]}", new ScannedActivity()));
    }

    @Test
    void scan_invalidUtf8IsLeftToTheStrictReader() {
        byte[] b = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"xx\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}"
                .getBytes(StandardCharsets.UTF_8);
        b[35] = (byte) 0xC3;
        b[36] = (byte) 0x28;
        assertEquals('"', (char) b[37]);
        assertFalse(new ActivityLineScanner().scan(b, 0, b.length, new ScannedActivity()));
        b[35] = 'o';
        b[36] = 'k';
        assertTrue(new ActivityLineScanner().scan(b, 0, b.length, new ScannedActivity()));
    }

    /** One scanner learns the order of a file's members; that changes how fast it reads, never what. */
    @Test
    void scan_aScannerThatLearnedOneMemberOrderReadsAnyOtherTheSame() {
        String[] lines = {
            "{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"走访\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\",\"C2\"],"
                + "\"participants\":5,\"amountYuan\":\"1.50\",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"}]}",
            "{\"organizers\":[\"F1\"],\"start\":\"2017-03-15\",\"targets\":[{\"id\":\"E1\",\"type\":\"ENTERPRISE\"}],"
                + "\"id\":\"A2\",\"participants\":7,\"kind\":\"FORUM\"}",
            "{\"id\":\"A3\",\"kind\":\"VISIT\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"],\"ids\":1}",
            "{\"id\":\"A4\",\"kind\":\"VISIT\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"],\"title\":\"\u00e9\u8d70\ud83d\ude00\"}",
            "{\"id\":\"" + "A".repeat(64) + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"]}",
            "{\"id\":\"" + "A".repeat(65) + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"]}",
            "{\"id\":\"A5\",\"kind\":\"VISIT\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"],"
                + "\"targets\":[{\"type\":\"CHAMBER\",\"type\":\"CHAMBER\"}]}",
        };
        boolean[] alone = new boolean[lines.length];
        String[] fields = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
            ScannedActivity a = new ScannedActivity();
            alone[i] = scan(lines[i], a);
            fields[i] = alone[i] ? fields(a) : null;
        }
        assertTrue(alone[0] && alone[1] && !alone[2] && alone[3] && alone[4] && !alone[5] && !alone[6]);
        ActivityLineScanner shared = new ActivityLineScanner();
        for (int round = 0; round < 3; round++) {
            for (int k = 0; k < lines.length; k++) {
                int i = (k * (round + 2)) % lines.length;
                byte[] b = lines[i].getBytes(StandardCharsets.UTF_8);
                ScannedActivity a = new ScannedActivity();
                assertEquals(alone[i], shared.scan(b, 0, b.length, a), lines[i]);
                if (alone[i]) {
                    assertEquals(fields[i], fields(a), lines[i]);
                }
            }
        }
    }

    /** A region must be a known division code, whether it was met on an earlier line or not; the same for a target type. */
    @Test
    void scan_regionsAndTargetTypesAreCheckedOnEveryLine() {
        ActivityLineScanner shared = new ActivityLineScanner();
        String head = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],";
        String[][] lines = {
            {"true", head + "\"region\":\"330402\"}"},
            {"true", head + "\"region\":\"330402\"}"},
            {"false", head + "\"region\":\"330499\"}"},
            {"false", head + "\"region\":\"33040\"}"},
            {"false", head + "\"region\":\"3304020\"}"},
            {"true", head + "\"region\": \"330402\"}"},
            {"true", head + "\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"}]}"},
            {"false", head + "\"targets\":[{\"type\":\"CHAMBERS\",\"id\":\"C1\"}]}"},
            {"false", head + "\"targets\":[{\"type\":\"CHAMBE\",\"id\":\"C1\"}]}"},
            {"false", head + "\"targets\":[{\"type\":\"chamber\",\"id\":\"C1\"}]}"},
            {"true", head + "\"targets\":[{\"type\": \"DEPARTMENT\", \"id\": \"D1\"}]}"},
        };
        for (int round = 0; round < 2; round++) {
            for (String[] line : lines) {
                byte[] b = line[1].getBytes(StandardCharsets.UTF_8);
                assertEquals(Boolean.parseBoolean(line[0]), shared.scan(b, 0, b.length, new ScannedActivity()), line[1]);
            }
        }
        ScannedActivity a = new ScannedActivity();
        byte[] b = lines[10][1].getBytes(StandardCharsets.UTF_8);
        assertTrue(shared.scan(b, 0, b.length, a));
        assertEquals(io.github.ficsdk.core.activity.TargetType.DEPARTMENT, a.targetTypeOf(0));
    }

    /** White space where JSON allows it (as Python's json.dumps writes) is read by the scanner itself, with the same values. */
    @Test
    void scan_whiteSpaceBetweenTokensIsReadLikeACanonicalLine() {
        String canonical = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\",\"C2\"],"
                + "\"participants\":5,\"amountYuan\":\"1.50\",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"}],"
                + "\"tags\":[\"a\"]}";
        String python = "{\"id\": \"A1\", \"kind\": \"VISIT\", \"start\": \"2017-03-14\", \"organizers\": [\"F1\", \"C2\"], "
                + "\"participants\": 5, \"amountYuan\": \"1.50\", \"targets\": [{\"type\": \"CHAMBER\", \"id\": \"C1\"}], "
                + "\"tags\": [\"a\"]}";
        String spread = " {\t\"id\" :\t\"A1\" ,\"kind\"  : \"VISIT\",\"start\":\"2017-03-14\" , \"organizers\" : [ \"F1\" , \"C2\" ] ,"
                + "\"participants\" : 5 ,\"amountYuan\": \"1.50\",\"targets\":[ { \"type\" : \"CHAMBER\" , \"id\" : \"C1\" } ] ,"
                + "\"tags\":[ \"a\" ] } ";
        ScannedActivity a = new ScannedActivity();
        assertTrue(scan(canonical, a));
        String expected = fields(a);
        for (String line : new String[] {python, spread}) {
            ScannedActivity b = new ScannedActivity();
            assertTrue(scan(line, b), line);
            assertEquals(expected, fields(b), line);
        }
    }

    /**
     * scanLine reads a line up to its line feed, found as it reads: the same lines as scan, and
     * the index of their line feed; -1 when scan would refuse the line or no line feed ends it.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\": \"A1\", \"kind\": \"VISIT\", \"start\": \"2017-03-14\", \"organizers\": [\"F1\"]}  ",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\r",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"走访\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]} x",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"tags\":[\"",
    })
    void scanLine_readsWhatScanReadsAndFindsItsLineFeed(String line) {
        boolean valid = scan(line, new ScannedActivity());
        byte[] one = line.getBytes(StandardCharsets.UTF_8);
        for (String after : new String[] {"\n", "\n{\"id\":\"A2\"}\n", "\n\n", ""}) {
            byte[] b = (line + after).getBytes(StandardCharsets.UTF_8);
            byte[] padded = new byte[b.length + 3];
            System.arraycopy(b, 0, padded, 3, b.length);
            int expected = valid && !after.isEmpty() ? 3 + one.length : -1;
            assertEquals(expected, new ActivityLineScanner().scanLine(padded, 3, padded.length, new ScannedActivity()),
                    line + after);
        }
    }

    /** The values a scanner read, as one text (also the differential test's). */
    static String fields(ScannedActivity a) {
        StringBuilder out = new StringBuilder(new String(a.buf, a.idOff, a.idLen, StandardCharsets.UTF_8))
                .append(' ').append(new String(a.buf, a.kindOff, a.kindLen, StandardCharsets.UTF_8))
                .append(' ').append(a.start).append(' ').append(a.end).append(' ').append(a.sessions).append(' ')
                .append(a.participants).append(' ').append(a.copies).append(' ').append(a.amountFen);
        for (int o = 0; o < a.organizerCount; o++) {
            out.append(" o:").append(new String(a.buf, a.organizerOff[o], a.organizerLen[o], StandardCharsets.UTF_8));
        }
        for (int t = 0; t < a.targetCount; t++) {
            out.append(" t:").append(a.targetTypeOf(t)).append('/')
                    .append(new String(a.buf, a.targetOff[t], a.targetLen[t], StandardCharsets.UTF_8));
        }
        return out.toString();
    }
}
