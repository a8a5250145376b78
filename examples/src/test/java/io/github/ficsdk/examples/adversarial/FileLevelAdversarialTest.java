package io.github.ficsdk.examples.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.examples.FicApp;
import io.github.ficsdk.examples.ProcessRun;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.cli.ReportCommandSeam;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.validation.SafeText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The app on a dataset folder whose files are wrong as files rather than line by line: a byte
 * order mark, another encoding, a misnamed or missing file, a dangling link, a file changed while
 * read, millions of bad lines. The figures are right or refused, never silently off.
 */
class FileLevelAdversarialTest {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** The seed dataset, written once; every test works on a copy. */
    @TempDir
    static Path seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeSeed() {
        SeedDataset.generate().writeTo(seed);
    }

    /** A copy of the seed in the test's own folder. */
    Path copy() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (Stream<Path> files = Files.list(seed)) {
            for (Path f : files.toList()) {
                Files.copy(f, data.resolve(f.getFileName()));
            }
        }
        return data;
    }

    static Run report(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("report", "--data", data.toString(), "--period", "2017-H1",
                "--scope", SeedDataset.CITY, "--indicators", "VISIT.TARGETS.CHAMBER"));
        args.addAll(Arrays.asList(more));
        return Run.of(args.toArray(String[]::new));
    }

    static long visitsOfChambers(Run run) throws IOException {
        JsonNode values = JSON.readTree(run.out()).get("values");
        assertEquals(1, values.size(), run.out());
        return values.get(0).get("value").decimalValue().longValueExact();
    }

    /** The JSON Lines of {@code validate}: the problems, then the counts. */
    static List<JsonNode> validate(Path data) throws IOException {
        Run run = Run.of("validate", "--data", data.toString(), "--lang", "en");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertEquals(lines.size() == 1 && lines.get(0).get("errors").asLong() == 0
                && lines.get(0).get("warnings").asLong() == 0 ? 0 : 1, run.status(), run.out());
        return lines;
    }

    static void prependBom(Path file) throws IOException {
        byte[] body = Files.readAllBytes(file);
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        Files.write(file, out);
    }

    // ------------------------------------------------------------------ 1. a byte order mark

    @Test
    void byteOrderMarkOnEveryFile_sameFiguresAndAValidDataset() throws IOException {
        Path data = copy();
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.toList()) {
                prependBom(f);
            }
        }
        Run run = report(data);
        assertEquals(0, run.status(), run.err());
        assertEquals(196, visitsOfChambers(run));
        assertEquals("", run.err());
        assertFalse(run.out().contains("\"problems\""), run.out());
        List<JsonNode> lines = validate(data);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(0, lines.get(0).get("errors").asLong());
    }

    @Test
    void byteOrderMarkInsideAFile_isStillAProblemOfItsLine() throws IOException {
        Path data = copy();
        Path federations = data.resolve("federations.jsonl");
        List<String> lines = new ArrayList<>(Files.readAllLines(federations));
        lines.set(3, "\uFEFF" + lines.get(3));
        Files.write(federations, lines);
        List<JsonNode> out = validate(data);
        JsonNode first = out.get(0);
        assertEquals("federations.jsonl", first.get("file").asText());
        assertEquals(4, first.get("line").asLong());
        assertEquals("BOM", first.get("code").asText());
    }

    // ------------------------------------------------------------------ lines ending with CR alone

    @Test
    void activitiesWithCarriageReturnsAlone_oneProblemAndNoFigure() throws IOException {
        Path data = copy();
        Path activities = data.resolve("activities.jsonl");
        Files.writeString(activities, Files.readString(activities).replace('\n', '\r'));

        Run run = report(data, "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.errLines()[0].startsWith("error: activities.jsonl: ") && run.err().contains("(LINE_ENDINGS)"),
                run.err());

        List<JsonNode> lines = validate(data);
        assertEquals(2, lines.size(), lines.toString());
        assertEquals("LINE_ENDINGS", lines.get(0).get("code").asText());
        assertEquals(0, lines.get(0).get("line").asLong());
        assertEquals(1, lines.get(1).get("errors").asLong());
    }

    @Test
    void windowsLineEnds_areRead() throws IOException {
        Path data = copy();
        Path activities = data.resolve("activities.jsonl");
        Files.writeString(activities, Files.readString(activities).replace("\n", "\r\n"));
        Run run = report(data, "--lang", "en");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\"value\":196"), run.out());
    }

    // ------------------------------------------------------------------ 2. not UTF-8

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "GB18030", "UTF-16LE", "UTF-16LE+BOM", "UTF-16BE", "UTF-16BE+BOM"})
    void activitiesNotInUtf8_oneProblemAndNoFigure(String encoding) throws IOException {
        Path data = copy();
        Path activities = data.resolve("activities.jsonl");
        boolean bom = encoding.endsWith("+BOM");
        String charset = encoding.replace("+BOM", "");
        Files.write(activities, ((bom ? "\uFEFF" : "") + Files.readString(activities)).getBytes(Charset.forName(charset)));
        String looksLike = charset.startsWith("GB") ? "GB18030/GBK" : charset;

        Run run = report(data, "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        String line = run.errLines()[0];
        assertTrue(line.startsWith("error: activities.jsonl: "), line);
        assertTrue(line.contains("(ENCODING)"), line);
        assertTrue(line.contains(looksLike), line);
        assertTrue(line.contains("Save it as UTF-8"), line);

        List<JsonNode> lines = validate(data);
        assertEquals(2, lines.size(), lines.toString());
        JsonNode p = lines.get(0);
        assertEquals("activities.jsonl", p.get("file").asText());
        assertEquals(0, p.get("line").asLong());
        assertEquals("ENCODING", p.get("code").asText());
        assertEquals("ERROR", p.get("severity").asText());
        assertTrue(p.get("message").asText().contains(looksLike), p.toString());
        assertEquals(1, lines.get(1).get("errors").asLong());
        assertEquals(1, lines.get(1).get("codes").get("ENCODING").asLong());

        Run appraise = Run.of("appraise", "--data", data.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(1, appraise.status(), appraise.err());
        assertEquals("", appraise.out());
        assertTrue(appraise.err().contains("activities.jsonl:0") && appraise.err().contains("ENCODING"), appraise.err());
    }

    @Test
    void chineseMessage_saysHowToSaveAsUtf8() throws IOException {
        Path data = copy();
        Path federations = data.resolve("federations.jsonl");
        Files.write(federations, Files.readString(federations).getBytes(Charset.forName("GBK")));
        Run run = report(data);
        assertEquals(1, run.status());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("错误：federations.jsonl："), run.err());
        assertTrue(run.err().contains("另存为 UTF-8"), run.err());
        assertTrue(run.err().contains("（ENCODING）"), run.err());
    }

    // ------------------------------------------------------------------ 3. missing, misnamed, dangling

    @ParameterizedTest
    @ValueSource(strings = {"Activities.jsonl", "activities.json", "activities.jsonl.txt", "ACTIVITIES.JSONL",
        "activity.jsonl"})
    void misnamedActivities_isAWarningNamingTheExpectedFile(String name) throws IOException {
        Path data = copy();
        Files.move(data.resolve("activities.jsonl"), data.resolve(name));
        List<JsonNode> lines = validate(data);
        JsonNode p = lines.get(0);
        assertEquals(name, p.get("file").asText());
        assertEquals("UNKNOWN_FILE", p.get("code").asText());
        assertEquals("WARNING", p.get("severity").asText());
        assertTrue(p.get("message").asText().contains("did you mean activities.jsonl?"), p.toString());

        Run run = report(data);
        assertEquals(0, run.status(), run.err());
        JsonNode json = JSON.readTree(run.out());
        assertEquals("UNKNOWN_FILE", json.get("problems").get(0).get("code").asText());
        assertTrue(run.err().contains("UNKNOWN_FILE 1"), run.err());
    }

    @Test
    void danglingLinkByADatasetFileName_isAnErrorNamingIt() throws IOException {
        Path data = copy();
        Path activities = data.resolve("activities.jsonl");
        Files.move(activities, dir.resolve("elsewhere.jsonl"));
        Files.createSymbolicLink(activities, dir.resolve("gone.jsonl"));

        Run run = report(data, "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: activities.jsonl: activities.jsonl is a symbolic link"), run.err());
        assertTrue(run.err().contains("(UNREADABLE_FILE)"), run.err());

        JsonNode p = validate(data).get(0);
        assertEquals("activities.jsonl", p.get("file").asText());
        assertEquals("UNREADABLE_FILE", p.get("code").asText());

        Run appraise = Run.of("appraise", "--data", data.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(1, appraise.status(), appraise.err());
        assertTrue(appraise.err().contains("activities.jsonl:0") && appraise.err().contains("UNREADABLE_FILE"), appraise.err());
    }

    @Test
    void folderWithoutDatasetFiles_noFigureAndOneLineNamingTheFolder() throws IOException {
        Path data = Files.createDirectories(dir.resolve("not-a-dataset"));
        Files.writeString(data.resolve("notes.txt"), "nothing here");

        Run run = report(data);
        assertEquals(1, run.status(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains(SafeText.forDisplay(data.toString())), run.err());
        assertTrue(run.err().contains("NO_DATASET_FILES"), run.err());

        Run appraise = Run.of("appraise", "--data", data.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(1, appraise.status(), appraise.err());
        assertEquals("", appraise.out());
        List<String> errors = Arrays.stream(appraise.errLines()).filter(l -> l.startsWith("错误")).toList();
        assertEquals(1, errors.size(), appraise.err());
        assertTrue(errors.get(0).contains(SafeText.forDisplay(data.toString())) && errors.get(0).contains("NO_DATASET_FILES"), appraise.err());

        List<JsonNode> lines = validate(data);
        assertEquals("NO_DATASET_FILES", lines.get(0).get("code").asText());
        assertEquals("notes.txt", lines.get(1).get("file").asText());
        assertEquals("UNKNOWN_FILE", lines.get(1).get("code").asText());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(1, report(empty).status());
        assertEquals(1, Run.of("validate", "--data", empty.toString()).status());
    }

    // ------------------------------------------------------------------ 4. changed while read

    /** The counter the engine feeds after each read of the scan: the first call appends to or truncates the file. */
    static final class ChangingFile extends LongAdder {
        private final transient Path file;
        private final boolean truncate;
        private boolean done;

        ChangingFile(Path file, boolean truncate) {
            this.file = file;
            this.truncate = truncate;
        }

        @Override
        public void add(long x) {
            super.add(x);
            if (done) {
                return;
            }
            done = true;
            try {
                if (truncate) {
                    try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(file,
                            StandardOpenOption.WRITE)) {
                        c.truncate(c.size() / 2);
                    }
                } else {
                    Files.writeString(file, Files.readAllLines(file).get(0) + "\n", StandardOpenOption.APPEND);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void activitiesChangedWhileRead_noFigureAndOneLineNamingTheFile(boolean truncate) throws IOException {
        Path data = copy();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine app = FicApp.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false);
        ReportCommandSeam.setLineCounter(app, () -> new ChangingFile(data.resolve("activities.jsonl"), truncate));
        int status = app.execute("report", "--data", data.toString(), "--period", "2017-H1", "--scope", SeedDataset.CITY,
                "--lang", "en");
        assertEquals(1, status, err.toString());
        assertEquals("", out.toString());
        String[] lines = err.toString().split("\n");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("error: activities.jsonl: the file changed while it was read"), lines[0]);
        assertTrue(lines[0].contains("(FILE_CHANGED)"), lines[0]);
    }

    @Test
    void activitiesLeftAloneWhileRead_theFigures() throws IOException {
        Path data = copy();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine app = FicApp.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), false);
        ReportCommandSeam.setLineCounter(app, LongAdder::new);
        int status = app.execute("report", "--data", data.toString(), "--period", "2017-H1", "--scope", SeedDataset.CITY,
                "--indicators", "VISIT.TARGETS.CHAMBER");
        assertEquals(0, status, err.toString());
        assertEquals(196, JSON.readTree(out.toString()).get("values").get(0).get("value").asLong());
    }

    // ------------------------------------------------------------------ 5. memory

    /** The class path of the tests, for {@code java -cp … FicApp} in a JVM of its own. */
    static List<String> app(String maxHeap, String... args) {
        List<String> command = new ArrayList<>(List.of(maxHeap, "-cp", System.getProperty("java.class.path"),
                FicApp.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    @Test
    void manyBadLines_boundedMemory_countedByCode_firstThousandListed() throws Exception {
        Path data = copy();
        int bad = 150_000;
        try (BufferedWriter w = Files.newBufferedWriter(data.resolve("activities.jsonl"), StandardCharsets.UTF_8,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < bad; i++) {
                w.write("{\"id\":\"B" + i + "\",\"kind\":\"VISIT\",\"start\":\"2017-13-01\",\"organizers\":[\"F330400\"]}\n");
            }
        }
        ProcessRun validate = ProcessRun.of(app("-Xmx64m", "validate", "--data", data.toString(), "--lang", "en"));
        assertEquals(1, validate.status(), validate.err());
        String[] lines = validate.out().split("\n");
        assertEquals(1001, lines.length);
        JsonNode counts = JSON.readTree(lines[lines.length - 1]);
        assertEquals(bad, counts.get("codes").get("INVALID_DATE").asLong(), counts.toString());
        assertEquals(bad - 1000, counts.get("notListed").asLong());
        assertEquals(bad, counts.get("errors").asLong());
        assertEquals(bad, counts.get("rejected").asLong());

        ProcessRun report = ProcessRun.of(app("-Xmx64m", "report", "--data", data.toString(), "--period", "2017-H1",
                "--scope", SeedDataset.CITY, "--indicators", "VISIT.TARGETS.CHAMBER", "--lang", "en"));
        assertEquals(0, report.status(), report.err());
        JsonNode json = JSON.readTree(report.out());
        assertEquals(196, json.get("values").get(0).get("value").asLong());
        assertEquals(1000, json.get("problems").size());
        assertEquals(bad, json.get("problemCounts").get("INVALID_DATE").asLong());
        assertEquals(bad - 1000, json.get("problemsNotListed").asLong());
        assertTrue(report.err().contains("INVALID_DATE " + bad) && report.err().contains((bad - 1000) + " of them not listed"),
                report.err());
    }

    @Test
    void largeGbkFile_boundedMemory_oneProblem() throws Exception {
        Path data = copy();
        Path activities = data.resolve("activities.jsonl");
        List<String> seedLines = Files.readAllLines(activities);
        Charset gbk = Charset.forName("GBK");
        try (BufferedWriter w = Files.newBufferedWriter(activities, gbk)) {
            for (int i = 0; i < 50_000; i++) {
                w.write(seedLines.get(i % seedLines.size()));
                w.write('\n');
            }
        }
        ProcessRun validate = ProcessRun.of(app("-Xmx64m", "validate", "--data", data.toString(), "--lang", "en"));
        assertEquals(1, validate.status(), validate.err());
        String[] lines = validate.out().split("\n");
        assertEquals(2, lines.length, validate.out());
        assertEquals("ENCODING", JSON.readTree(lines[0]).get("code").asText());
        ProcessRun report = ProcessRun.of(app("-Xmx64m", "report", "--data", data.toString(), "--period", "2017-H1",
                "--scope", SeedDataset.CITY));
        assertEquals(1, report.status(), report.err());
        assertEquals("", report.out());
        assertTrue(report.err().contains("ENCODING"), report.err());
    }
}
