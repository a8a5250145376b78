package io.github.ficsdk.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.validation.FicValidator;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast scanner against the strict reader (with Bean Validation, as a report reads), line by
 * line: hand-made lines at every edge the scanner has (white space, names that are prefixes of
 * others, ids at the 64-byte limit, dates, regions, target types, control and invalid UTF-8
 * bytes …) and seeded random mutations of valid lines (fragments inserted or replaced, invalid
 * UTF-8, spans deleted or copied, white space anywhere). The scanner may refuse any line; a line
 * it accepts must be one the strict reader accepts, with the same values and repeated targets,
 * through {@code scan} and through {@code scanLine} (the line at an odd offset, followed by a line
 * feed and more, the end of the bytes at and around the line feed).
 * {@code -Dfuzz.n=…}, {@code -Dfuzz.seed=…} run more.
 */
class ActivityLineScannerDifferentialTest {

    static final FicValidator V = FicValidator.english();

    private static final String[] SEEDS = {
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"title\":\"降本减负大走访\",\"start\":\"2017-03-14\","
            + "\"end\":\"2017-03-15\",\"organizers\":[\"F330402\",\"C1\"],\"region\":\"330402\",\"sessions\":2,"
            + "\"participants\":12,\"copies\":5,\"amountYuan\":\"12.5\",\"targets\":[{\"type\":\"ENTERPRISE\","
            + "\"id\":\"E1\"},{\"id\":\"C9\",\"type\":\"CHAMBER\"},{\"type\":\"ENTERPRISE\",\"id\":\"E1\"}],\"tags\":[\"降本\"]}",
        "{\"id\": \"A1\", \"kind\": \"VISIT\", \"start\": \"2017-03-14\", \"organizers\": [\"F1\", \"C2\"], "
            + "\"participants\": 5, \"amountYuan\": \"1.50\", \"targets\": [{\"type\": \"CHAMBER\", \"id\": \"C1\"}], "
            + "\"tags\": [\"a\"], \"region\": \"330402\"}",
        " {\t\"id\" :\t\"A1\" ,\"kind\"  : \"VISIT\",\"start\":\"2017-03-14\" , \"organizers\" : [ \"F1\" , \"C2\" ] ,"
            + "\"participants\" : 5 ,\"amountYuan\": \"1.50\",\"targets\":[ { \"type\" : \"PERSON\" , \"id\" : \"C1\" } ] ,"
            + "\"tags\":[ \"a\" ] } ",
        "{\"organizers\":[\"F1\"],\"start\":\"2016-02-29\",\"targets\":[{\"id\":\"E1\",\"type\":\"DEPARTMENT\"},{\"id\":\"E2\",\"type\":\"FEDERATION\"}],"
            + "\"id\":\"" + "A".repeat(63) + "\",\"participants\":7,\"kind\":\"X_MENTORING\",\"copies\":0,\"end\":\"2016-03-01\"}",
        "{\"id\":\"A4\",\"kind\":\"FORUM\",\"start\":\"2017-03-16\",\"organizers\":[\"F1\"],\"title\":\"\u00e9\u8d70\ud83d\ude00\",\"sessions\":2147483647}",
    };


    static final String H = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]";
    private static final String[] CRAFTED = {
        H + ",\"amountYuan\":\"012.5\"}", H + ",\"amountYuan\":\"00\"}", H + ",\"amountYuan\":\"0.0\"}",
        H + ",\"amountYuan\":\"999999999999999.99\"}", H + ",\"amountYuan\":\"1.\"}", H + ",\"amountYuan\":\".5\"}",
        H + ",\"amountYuan\":\"0\"}", H + ",\"amountYuan\":\"1.50\"}", H + ",\"amountYuan\":\"100000000000000\"}",
        H + ",\"participants\":999999999999999999}", H + ",\"copies\":0}", H + ",\"sessions\":2147483647}",
        H + ",\"participants\":0 }", H + ",\"participants\": 0}", H + ",\"participants\":\t0\t}",
        H + ",\"end\":\"9999-12-31\"}", "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"0001-01-01\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"1900-02-29\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2000-02-29\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-02-29\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-3-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14T00:00\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"+2017-03-14\",\"organizers\":[\"F1\"]}",
        H + ",\"region\":\" 330402\"}", H + ",\"region\":\"330402 \"}", H + ",\"region\":\"330402\"}",
        H + ",\"region\":\"330402\" }", H + ",\"region\" :\"330402\"}", H + ",\"region\":\"３３０４０２\"}",
        H + ",\"region\":\"000000\"}", H + ",\"region\":\"330000\"}", H + ",\"region\":\"330100\"}",
        H + ",\"region\":\"330103\"}", H + ",\"region\":330402}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\" ,\"id\":\"C1\"}]}", H + ",\"targets\":[{\"type\":\"CHAMBER\"\t,\"id\":\"C1\"}]}",
        H + ",\"targets\":[{\"type\":\"CHAMBERX\",\"id\":\"C1\"}]}", H + ",\"targets\":[{\"type\":\"CHAMBER\"x,\"id\":\"C1\"}]}",
        H + ",\"targets\":[{\"type\":\"PERSON\",\"id\":\"C1\"}]}", H + ",\"targets\":[{\"id\":\"C1\",\"type\":\"PERSON\"}]}",
        H + ",\"targets\":[{\"id\":\"C1\",\"type\":\"PERSON\"}] }", H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"},{\"type\":\"CHAMBER\",\"id\":\"C1\"}]}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"},{\"type\":\"ENTERPRISE\",\"id\":\"C1\"}]}",
        H + ",\"targets\":[{\"type\" :\"CHAMBER\",\"id\" :\"C1\"}]}", H + ",\"targets\":[{\"id\":\"C1\",\"id\":\"C2\"}]}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\",\"id\":\"C2\"}]}", H + ",\"targets\":[{}]}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"},]}", H + ",\"targets\":[,]}", H + ",\"targets\":[ ]}",
        H + ",\"tags\":[ ]}", H + ",\"tags\":[\"a\",]}", H + ",\"tags\":[\"\u0085\"]}", H + ",\"tags\":[\"\u2028\"]}",
        H + ",\"tags\":[\"\u001c\"]}", H + ",\"tags\":[\"\u00a0\"]}", H + ",\"tags\":[\"\u200b\"]}", H + ",\"tags\":[\"\ufeff\"]}",
        H + ",\"title\":\"\"}", H + ",\"title\":\" \"}", H + ",\"title\":\"\u007f\"}",
        "{\"id\":\"" + "A".repeat(64) + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"" + "A".repeat(65) + "\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"" + "B".repeat(64) + "\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"" + "B".repeat(65) + "\"]}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"" + "C".repeat(64) + "\"}]}",
        H + ",\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"" + "C".repeat(65) + "\"}]}",
        "{\"id\":\"-A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1:\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"X_\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"X_a\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"X_" + "A".repeat(62) + "\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"X_" + "A".repeat(63) + "\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"visit\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"OTHER\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\",\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\" ,\"F2\" ]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[ \"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":\"F1\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}{}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\t",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\u0000",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\u000b",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\u000c",
        "\u000c{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\"\u0000:\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"end\":\"2017-03-14\",\"end\":\"2017-03-15\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"End\":\"2017-03-14\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"ends\":\"2017-03-14\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"en\":\"2017-03-14\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"end\"\t:\"2017-03-14\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"end\"::\"2017-03-14\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":1,\"participant\":1}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"amountYuan\":\"1\",\"amount\":1}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":1e2}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":1 2}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":true}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":null}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"sessions\":01}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":0}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"participants\":00}",
        "{\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"id\":\"A1\"}",
        "{\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"id\":\"A1\" }",
        "{\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"id\":\"A1\"}  ",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"title\":\"a\\\"b\"}",
        "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"],\"title\":\"\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\"}",
    };

    static final String[] FRAGS = {" ", "\t", "\r", "\n", "\"", "\\", ",", ":", "{", "}", "[", "]", "0", "9", "1",
        "x", "\u00a0", "\u3000", "\uFEFF", "\u0000", "\u007f", "null", "-", "e", "E", ".", "+", "\"end\":", "\"id\":",
        "\"type\":\"CHAMBER\"", "\"title\":\"t\",", "\"extensions\":{},", "\"region\":\"330402\",", "\"region\":\"330499\",",
        "\"start\":\"2017-02-29\",", "\"end\":\"2017-03-13\",", "A", "_", "CHAMBER", "ENTERPRISE", "\"\"", "true", "\u2028",
        "/", "/*x*/", "#", "'", "\\u0041", "\\\"", "\\n", "00", "330402", "2017-03-14", "  ", "\t\t", "\u0085", "\u000b", "\u000c",
        "\u001f", "}", "]]", "\"kind\":\"VISIT\",", "\"sessions\":1,", "\"participants\":1,", "\"id\":\"A1\",", "\"tags\":[],",
        "\"targets\":[],", "\"amountYuan\":\"1\","};

    static final byte[][] BADBYTES = {{(byte) 0xC0}, {(byte) 0xC3, 0x28}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0x80},
        {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xE2, (byte) 0x80, (byte) 0xA8}};

    static byte[] mutate(byte[] in, Random r) {
        byte[] cur = in;
        int n = 1 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = cur.length == 0 ? 0 : r.nextInt(cur.length + 1);
            int op = r.nextInt(6);
            out.write(cur, 0, at);
            if (op <= 1) {
                byte[] f = FRAGS[r.nextInt(FRAGS.length)].getBytes(StandardCharsets.UTF_8);
                out.write(f, 0, f.length);
                out.write(cur, at, cur.length - at);
            } else if (op == 2) {
                byte[] f = BADBYTES[r.nextInt(BADBYTES.length)];
                out.write(f, 0, f.length);
                out.write(cur, at, cur.length - at);
            } else if (op == 3) {
                int del = Math.min(cur.length - at, 1 + r.nextInt(4));
                out.write(cur, at + del, cur.length - at - del);
            } else if (op == 4) {
                // replace one byte
                if (at < cur.length) {
                    byte[] f = FRAGS[r.nextInt(FRAGS.length)].getBytes(StandardCharsets.UTF_8);
                    out.write(f, 0, f.length);
                    out.write(cur, at + 1, cur.length - at - 1);
                } else {
                    out.write(cur, at, cur.length - at);
                }
            } else {
                // copy a span elsewhere
                int from = r.nextInt(cur.length + 1);
                int len = Math.min(cur.length - from, r.nextInt(20));
                out.write(cur, from, len);
                out.write(cur, at, cur.length - at);
            }
            cur = out.toByteArray();
        }
        return cur;
    }

    static final String[] WS = {" ", "\t", "  ", " \t", "\r", "\u000b", "\u000c", "\u00a0", "\u0000", "\u3000", "\n", "\uFEFF"};

    static byte[] wsMutate(byte[] in, Random r) {
        byte[] cur = in;
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = r.nextInt(cur.length + 1);
            out.write(cur, 0, at);
            String w = r.nextInt(5) == 0 ? WS[r.nextInt(WS.length)] : WS[r.nextInt(2)];
            byte[] f = w.getBytes(StandardCharsets.UTF_8);
            out.write(f, 0, f.length);
            out.write(cur, at, cur.length - at);
            cur = out.toByteArray();
        }
        return cur;
    }

    private static int yyyymmdd(java.time.LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** The values read, with the number of targets repeated within the activity. */
    static String fields(ScannedActivity a) {
        return ActivityLineScannerTest.fields(a) + " rep:" + a.repeatCount;
    }

    static String show(byte[] b, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20 || c >= 0x7f) {
                s.append(String.format("\\x%02X", c));
            } else {
                s.append((char) c);
            }
        }
        return s.toString();
    }

    private final List<String> bugs = new ArrayList<>();
    private int accepted;
    private int both;

    private void check(ActivityLineScanner shared, byte[] line, Random r, String origin) {
        StrictActivityLines strict = new StrictActivityLines(10, V);
        Activity act = strict.parse(line, 0, line.length, 1, false);
        String expected = null;
        if (act != null) {
            ScannedActivity e = new ScannedActivity();
            new ActivityEncoder().encode(act, e);
            e.end = yyyymmdd(act.getEnd()); // (the encoder leaves the end out: no figure uses it)
            // encoder merges repeats but does not count them; count from strict problems
            expected = fields(e).replaceAll(" rep:\\d+$", "");
            long dupT = strict.problems().getProblems().stream().filter(p -> p.getProblemCode().equals("DUPLICATE_TARGET")).count();
            expected += " rep:" + dupT;
        }
        for (ActivityLineScanner sc : new ActivityLineScanner[] {shared, new ActivityLineScanner()}) {
            ScannedActivity a = new ScannedActivity();
            boolean ok;
            try {
                ok = sc.scan(line, 0, line.length, a);
            } catch (RuntimeException ex) {
                bugs.add("scan threw " + ex + " on " + show(line, 0, line.length));
                continue;
            }
            if (ok) {
                accepted++;
                if (act == null) {
                    bugs.add("[scan accepts, strict rejects " + strict.problems().getProblems() + "] " + show(line, 0, line.length) + " (" + origin + ")");
                } else if (!fields(a).equals(expected)) {
                    bugs.add("[values differ] scan=" + fields(a) + " strict=" + expected + " line=" + show(line, 0, line.length));
                } else {
                    both++;
                }
            }
        }
        // scanLine: the line put at an odd offset, followed by a line feed and more
        int pre = r.nextInt(9);
        byte[] tail = ("\n" + (r.nextBoolean() ? "{\"id\":\"B\"}\n" : "")).getBytes(StandardCharsets.UTF_8);
        byte[] buf = new byte[pre + line.length + tail.length + r.nextInt(20)];
        for (int i = 0; i < buf.length; i++) {
            buf[i] = (byte) "\n\"x:,}] \t".charAt(r.nextInt(9));
        }
        System.arraycopy(line, 0, buf, pre, line.length);
        System.arraycopy(tail, 0, buf, pre + line.length, tail.length);
        int[] ends = {buf.length, pre + line.length + 1, pre + line.length, pre + line.length - 1,
            pre + r.nextInt(line.length + 1)};
        for (int end : ends) {
            if (end < pre) {
                continue;
            }
            for (ActivityLineScanner sc : new ActivityLineScanner[] {shared, new ActivityLineScanner()}) {
                ScannedActivity a = new ScannedActivity();
                int lf;
                try {
                    lf = sc.scanLine(buf, pre, end, a);
                } catch (RuntimeException ex) {
                    bugs.add("scanLine threw " + ex + " on " + show(buf, pre, end));
                    continue;
                }
                if (lf >= 0) {
                    if (lf >= end || buf[lf] != '\n') {
                        bugs.add("[scanLine bad lf " + lf + "] " + show(buf, pre, end));
                        continue;
                    }
                    // what the strict reader makes of the line up to that line feed
                    for (int i = pre; i < lf; i++) {
                        if (buf[i] == '\n') {
                            bugs.add("[scanLine skipped a line feed] " + show(buf, pre, lf + 1));
                        }
                    }
                    StrictActivityLines s2 = new StrictActivityLines(10, V);
                    Activity act2 = s2.parse(buf, pre, lf, 1, false);
                    if (act2 == null) {
                        bugs.add("[scanLine accepts, strict rejects " + s2.problems().getProblems() + "] " + show(buf, pre, lf) + " (" + origin + ")");
                    } else {
                        ScannedActivity e = new ScannedActivity();
                        new ActivityEncoder().encode(act2, e);
                        e.end = yyyymmdd(act2.getEnd());
                        String ex2 = fields(e).replaceAll(" rep:\\d+$", "") + " rep:"
                                + s2.problems().getProblems().stream().filter(p -> p.getProblemCode().equals("DUPLICATE_TARGET")).count();
                        if (!fields(a).equals(ex2)) {
                            bugs.add("[scanLine values differ] scan=" + fields(a) + " strict=" + ex2 + " line=" + show(buf, pre, lf));
                        }
                    }
                }
            }
        }
    }

    @Test
    void scanAndScanLine_acceptOnlyWhatTheStrictReaderAccepts_withItsValues() {
        int iterations = Integer.getInteger("fuzz.n", 20_000);
        Random r = new Random(Long.getLong("fuzz.seed", 1L));
        ActivityLineScanner shared = new ActivityLineScanner();
        for (String s : CRAFTED) {
            check(shared, s.getBytes(StandardCharsets.UTF_8), r, "crafted");
            check(shared, s.getBytes(StandardCharsets.UTF_8), r, "crafted");
        }
        for (String s : SEEDS) {
            check(shared, s.getBytes(StandardCharsets.UTF_8), r, "seed");
        }
        // every ill-formed sequence (a surrogate, an overlong form, a cut or broken one, a lead
        // byte out of range) inside a title, after a well-formed Chinese character and at the end
        for (byte[] bad : BADBYTES) {
            for (String before : new String[] {"", "走", "ab"}) {
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                line.writeBytes((H + ",\"title\":\"" + before).getBytes(StandardCharsets.UTF_8));
                line.writeBytes(bad);
                line.writeBytes("访\"}".getBytes(StandardCharsets.UTF_8));
                check(shared, line.toByteArray(), r, "ill-formed UTF-8");
            }
        }
        for (int i = 0; i < iterations && bugs.size() < 20; i++) {
            byte[] seed = SEEDS[r.nextInt(SEEDS.length)].getBytes(StandardCharsets.UTF_8);
            byte[] m = mutate(seed, r);
            if (r.nextInt(4) == 0) {
                m = mutate(m, r);
            }
            if (r.nextInt(3) == 0) {
                m = wsMutate(seed, r);
            }
            check(shared, m, r, "mutated");
        }
        assertEquals(List.of(), bugs.stream().distinct().toList());
        // the check has teeth: many lines were accepted and compared
        assertTrue(both > iterations / 20, "lines accepted and equal: " + both + " of " + accepted);
    }
}
