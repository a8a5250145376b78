package io.github.ficsdk.examples.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.examples.FicApp;
import io.github.ficsdk.examples.ProcessRun;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.File;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appraise} against hostile input: a 12 MB or deeply nested scheme document, a huge or
 * ill-formed {@code evidence.jsonl}, a plug-in rule that never returns or exhausts memory, plug-ins
 * that cannot be loaded, evidence keys nobody knows. Each run ends with one line on stderr naming
 * what to fix and an exit status, never a stack trace, an {@code OutOfMemoryError} or a hang. Big
 * files are made in temporary folders; the plug-ins run in child JVMs with a class path of their own.
 */
class AppraisalAdversarialTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String FIRST = "51330400MJ00098N3Y";

    @TempDir
    static Path seed;

    @BeforeAll
    static void setUp() throws Exception {
        SeedDataset.generate().writeTo(seed);
    }

    private static void assertOneLine(String err) {
        assertEquals(1, err.isEmpty() ? 0 : err.split("\n").length, err);
        assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
    }

    /** A chamber scheme of one dimension with one rule. */
    private static String scheme(String id, String rule) {
        return "{\"id\": \"" + id + "\", \"version\": \"1\", \"name\": \"对抗\", \"subject\": \"CHAMBER\",\n"
                + " \"dimensions\": [{\"code\": \"D\", \"name\": \"维度\", \"maxPoints\": 10, \"rules\": [" + rule + "]}],\n"
                + " \"grades\": [{\"grade\": \"PASS\", \"minPoints\": 1}, {\"grade\": \"FAIL\", \"minPoints\": 0}]}\n";
    }

    /**
     * Runs the app in a JVM of its own, with the hostile plug-ins listed in a {@code META-INF/services}
     * folder of its own on the class path.
     */
    private static ProcessRun child(Path plugins, List<String> jvm, String... args) throws Exception {
        Path services = plugins.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ScoringRule.class.getName()), String.join("\n",
                AdversarialPlugins.Forever.class.getName(), AdversarialPlugins.Hog.class.getName(),
                AdversarialPlugins.Broken.class.getName()) + "\n");
        Files.writeString(services.resolve(EvidenceProvider.class.getName()),
                AdversarialPlugins.BrokenProvider.class.getName() + "\n");
        List<String> command = new ArrayList<>(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path") + File.pathSeparator + plugins,
                FicApp.class.getName()));
        command.addAll(Arrays.asList(args));
        return ProcessRun.of(command);
    }

    // ------------------------------------------------------------------ scheme documents

    @Test
    void scheme_twelveMegabytes_refusedUnreadWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("huge.json");
        String base = scheme("HUGE", "{\"rule\": \"flag\", \"evidence\": \"party.established\", \"points\": 10}");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(base.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 12; i++) {
                out.write(spaces);
            }
        }
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2017",
                "--lang", "en");
        assertEquals(2, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().contains("huge.json is " + Files.size(file) + " bytes, more than the limit of "
                + Scheme.MAX_DOCUMENT_BYTES + " bytes"), run.err());
        assertTrue(run.err().contains("(DOCUMENT_TOO_LARGE)"), run.err());
    }

    @Test
    void scheme_deeplyNested_isALimitWithOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("deep.json");
        Files.writeString(file, "{\"id\": \"X\", \"note\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}");
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", file.toString(), "--period", "2017");
        assertEquals(2, run.status(), run.err());
        assertOneLine(run.err());
        assertTrue(run.err().contains("（LIMIT_EXCEEDED）"), run.err());
    }

    @Test
    void scheme_withALeadingByteOrderMark_isAccepted(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.json");
        Path marked = dir.resolve("marked.json");
        String json = scheme("MARKED", "{\"rule\": \"flag\", \"evidence\": \"party.established\", \"points\": 10}");
        Files.writeString(plain, json);
        Files.write(marked, concat(BOM, json.getBytes(StandardCharsets.UTF_8)));
        Run withBom = Run.of("appraise", "--data", seed.toString(), "--scheme", marked.toString(), "--period", "2017");
        assertEquals(0, withBom.status(), withBom.err());
        assertEquals("", withBom.err());
        assertEquals(Run.of("appraise", "--data", seed.toString(), "--scheme", plain.toString(), "--period", "2017").out(),
                withBom.out());
    }

    // ------------------------------------------------------------------ evidence.jsonl

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static String evidence(String subject, String values) {
        return "{\"subject\": \"" + subject + "\", \"period\": \"2017\", \"values\": {" + values + "}}\n";
    }

    /** A 200 MB line in a JVM of 64 MB: refused with its line, read without holding it. */
    @Test
    void evidence_twoHundredMegabyteLine_inA64MegabyteJvm(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((evidence(FIRST, "\"awards.provincial\": 1")
                    + "{\"subject\": \"" + FIRST + "\", \"note\": \"").getBytes(StandardCharsets.UTF_8)));
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 200; i++) {
                ch.write(ByteBuffer.wrap(chunk));
            }
            ch.write(ByteBuffer.wrap("\"}\n".getBytes(StandardCharsets.UTF_8)));
        }
        ProcessRun run = ProcessRun.of(List.of("-Xmx64m", "-cp", System.getProperty("java.class.path"),
                FicApp.class.getName(), "appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER",
                "--period", "2017", "--evidence", file.toString(), "--lang", "en"));
        Files.delete(file);
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().startsWith("error: cannot read evidence.jsonl:2 LINE_TOO_LONG line is 209715"), run.err());
    }

    @Test
    void evidence_aLeadingByteOrderMarkIsAcceptedAndItsValuesUsed(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.jsonl");
        Path marked = dir.resolve("evidence.jsonl");
        String lines = evidence(FIRST, "\"awards.provincial\": 1, \"compliance.seriousViolation\": true");
        Files.writeString(plain, lines);
        Files.write(marked, concat(BOM, lines.getBytes(StandardCharsets.UTF_8)));
        Run withBom = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", marked.toString());
        assertEquals(0, withBom.status(), withBom.err());
        assertTrue(withBom.out().startsWith("{\"subject\":\"" + FIRST + "\""), withBom.out());
        assertTrue(withBom.out().split("\n")[0].contains("\"vetoes\":[\"严重违法违规\"]"), withBom.out());
        Run without = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", plain.toString());
        assertEquals(without.out().replace("plain.jsonl", "evidence.jsonl"), withBom.out());
    }

    @Test
    void evidence_illFormedUtf8_namesItsLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.write(file, concat(evidence(FIRST, "\"awards.provincial\": 1").getBytes(StandardCharsets.UTF_8),
                evidence("51330400MJ000HG597", "\"awards.provincial\": 0").getBytes(StandardCharsets.UTF_8),
                new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}', '\n'}));
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", file.toString());
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().startsWith("错误：无法读取 evidence.jsonl:3 INVALID_UTF8 "), run.err());
    }

    @Test
    void evidence_anUnknownKey_isAnErrorWithASuggestion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, evidence(FIRST, "\"awards.provincial\": 1") + evidence("51330400MJ000HG597",
                "\"membrs.total\": 300"));
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                "--evidence", file.toString(), "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().startsWith("error: the appraisal cannot finish: evidence.jsonl:2: 51330400MJ000HG597: "
                + "evidence key membrs.total is read by no rule of FOUR_GOOD_CHAMBER@2017"), run.err());
        assertTrue(run.err().contains("did you mean members.total? (UNKNOWN_EVIDENCE_KEY)"), run.err());
    }

    @Test
    void evidence_keysOfAnotherSchemeOfTheCatalog_doNotBreakARun(@TempDir Path dir) throws Exception {
        // awards.provincial and compliance.seriousViolation are read by FOUR_GOOD_CHAMBER, not by CHAMBER_CLEANUP
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, evidence(FIRST, "\"awards.provincial\": 1, \"compliance.seriousViolation\": false")
                .replace("2017", "2018"));
        Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "CHAMBER_CLEANUP", "--period", "2018",
                "--evidence", file.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals(142, run.out().split("\n").length);
    }

    // ------------------------------------------------------------------ plug-ins

    @Test
    void plugin_aRuleThatNeverReturns_stopsAtTheRuleTimeout(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("forever.json");
        Files.writeString(file, scheme("FOREVER", "{\"rule\": \"x-forever\", \"points\": 1}"));
        long start = System.nanoTime();
        ProcessRun run = child(dir.resolve("plugins"), List.of(), "appraise", "--data", seed.toString(), "--scheme",
                file.toString(), "--period", "2017", "--rule-timeout", "0.5", "--lang", "en");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().startsWith("error: the appraisal cannot finish: " + FIRST + ": rule x-forever in "
                + "dimensions[D] of scheme FOREVER@1 did not return within 500 ms"), run.err());
        assertTrue(run.err().contains("(RULE_TIMEOUT)"), run.err());
        assertTrue(seconds < 60, seconds + " s");
    }

    @Test
    void plugin_aRuleThatExhaustsMemory_failsNamingRuleAndSubject(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hog.json");
        Files.writeString(file, scheme("HOG", "{\"rule\": \"x-hog\", \"points\": 1}"));
        ProcessRun run = child(dir.resolve("plugins"), List.of("-Xmx64m"), "appraise", "--data", seed.toString(),
                "--scheme", file.toString(), "--period", "2017", "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertOneLine(run.err());
        assertTrue(run.err().startsWith("error: the appraisal cannot finish: " + FIRST + ": rule x-hog in dimensions[D] "
                + "failed: java.lang.OutOfMemoryError"), run.err());
        assertTrue(run.err().contains("(RULE_FAILED)"), run.err());
    }

    @Test
    void plugin_providersThatCannotBeLoaded_breakOnlyTheSchemeThatNamesThem(@TempDir Path dir) throws Exception {
        Path plugins = dir.resolve("plugins");
        ProcessRun four = child(plugins, List.of(), "appraise", "--data", seed.toString(), "--scheme",
                "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(0, four.status(), four.err());
        assertEquals("", four.err());
        assertEquals(142, four.out().split("\n").length);

        Path file = dir.resolve("broken.json");
        Files.writeString(file, scheme("BROKEN", "{\"rule\": \"x-broken\", \"points\": 1}"));
        ProcessRun broken = child(plugins, List.of(), "appraise", "--data", seed.toString(), "--scheme", file.toString(),
                "--period", "2017", "--lang", "en");
        assertEquals(2, broken.status(), broken.err());
        assertOneLine(broken.err());
        assertTrue(broken.err().contains("rule x-broken is not registered"), broken.err());
        assertTrue(broken.err().contains(AdversarialPlugins.Broken.class.getName()
                + " (java.lang.IllegalStateException: licence server unreachable)"), broken.err());
        assertTrue(broken.err().contains("(UNKNOWN_RULE)"), broken.err());
    }

    @Test
    void ruleTimeout_unusableValues_exitTwo() {
        for (String value : List.of("0", "-1", "100000", "ten")) {
            Run run = Run.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                    "--rule-timeout", value);
            assertEquals(2, run.status(), value + ": " + run.err());
            assertOneLine(run.err());
            assertTrue(run.err().contains("--rule-timeout"), run.err());
            if (!value.equals("ten")) {
                assertTrue(run.err().contains("0.001 到 86400"), "the range accepted: " + run.err());
            }
        }
    }
}
