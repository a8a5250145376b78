package io.github.ficsdk.examples.adversarial;

import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.validation.SafeText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.examples.FicApp;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.cli.AbstractCommand;
import io.github.ficsdk.examples.cli.CheckedWriter;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The app when what it writes cannot be written (a full disk, {@code ulimit -f}), when
 * {@code demo --write} meets a folder in use, when a breakdown is too large, and when an
 * {@link Error} ends a run: exit 1 (2 for arguments) and one line on stderr, never a silent 0, a
 * stack trace or a hang.
 */
class OutputAdversarialTest {

    @TempDir
    static Path seed;

    @BeforeAll
    static void setUp() {
        SeedDataset.generate().writeTo(seed);
    }

    // ------------------------------------------------------------------ output that cannot be written

    /** A stream that is full from the first byte, as stdout is when it is /dev/full. */
    static final class FullWriter extends Writer {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {}
    }

    static Run runToFullOutput(String... args) {
        StringWriter err = new StringWriter();
        int status = FicApp.execute(new CheckedWriter(new FullWriter()), err, false, args);
        return new Run(status, "", err.toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"report", "validate", "appraise", "demo", "help"})
    void everyCommand_whoseOutputCannotBeWritten_exitsOneWithOneLine(String command) {
        List<String> args = new ArrayList<>(switch (command) {
            case "report" -> List.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400");
            case "validate" -> List.of("validate", "--data", seed.toString());
            case "appraise" -> List.of("appraise", "--data", seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER",
                    "--period", "2017");
            case "demo" -> List.of("demo");
            default -> List.of("report", "--help");
        });
        args.addAll(List.of("--lang", "en"));
        Run run = runToFullOutput(args.toArray(String[]::new));
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of("error: cannot write to standard output (No space left on device); the output is incomplete"),
                List.of(run.errLines()));
    }

    @Test
    void unusableArguments_stayTwo_evenWhenTheOutputIsFull() {
        Run run = runToFullOutput("report", "--data", seed.toString(), "--period", "2017-H3", "--scope", "F330400");
        assertEquals(2, run.status(), run.err());
    }

    /** {@code main} writes through a stream that does not swallow the failure: /dev/full as stdout. */
    @Test
    void main_toDevFull_exitsOneWithOneLine() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "no /dev/full");
        Child run = Child.run(List.of(java(), "-cp", System.getProperty("java.class.path"), FicApp.class.getName(),
                "report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400", "--lang", "en"),
                pb -> pb.redirectOutput(full));
        assertEquals(1, run.status, run.err);
        assertEquals("error: cannot write to standard output (No space left on device); the output is incomplete\n",
                run.err);
    }

    /**
     * Past {@code ulimit -f} the JVM ignores SIGXFSZ and the write fails with EFBIG: the file is cut
     * (nothing can help that once stdout is a file), and the run says so and exits 1 instead of 0.
     */
    @Test
    void main_pastUlimitF_exitsOneWithOneLine(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(new File("/bin/bash").canExecute(), "no bash");
        Path out = dir.resolve("a.jsonl");
        List<String> command = new ArrayList<>(List.of("/bin/bash", "-c", "ulimit -f 100 && exec \"$@\" > \"$OUT\"", "bash",
                java(), "-cp", System.getProperty("java.class.path"), FicApp.class.getName(), "appraise", "--data",
                seed.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017", "--lang", "en"));
        Child run = Child.run(command, pb -> pb.environment().put("OUT", out.toString()));
        assertEquals(1, run.status, run.err);
        assertEquals("error: cannot write to standard output (File too large); the output is incomplete\n", run.err);
        assertEquals(100 * 1024, Files.size(out));
    }

    // ------------------------------------------------------------------ demo --write

    @Test
    void demoWrite_intoAFolderInUse_isRefusedAndLeavesIt(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("activities.jsonl"), "mine\n");
        Run run = Run.of("demo", "--write", folder.toString(), "--lang", "en");
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().contains(SafeText.forDisplay(folder.toString())) && run.err().contains("--force"), run.err());
        assertEquals("", run.out());
        assertEquals("mine\n", Files.readString(folder.resolve("activities.jsonl")));
        assertEquals(List.of("activities.jsonl"), names(folder));
    }

    @Test
    void demoWrite_withForce_replacesTheFolderAsAWhole(@TempDir Path parent) throws IOException {
        Path folder = Files.createDirectory(parent.resolve("data"));
        Files.writeString(folder.resolve("stale.jsonl"), "old\n");
        Run run = Run.of("demo", "--write", folder.toString(), "--force");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("activities.jsonl", "chambers.jsonl", "enterprises.jsonl", "federations.jsonl",
                "memberships.jsonl", "party-organizations.jsonl", "persons.jsonl", "projects.jsonl", "proposals.jsonl",
                "targets.jsonl", "tasks.jsonl", "tickets.jsonl"), names(folder));
        assertEquals(List.of("data"), names(parent), "no temporary or old folder left beside it");
        assertTrue(run.out().contains("43/43"), "the report read the new folder: " + run.out());
    }

    @Test
    void demoWrite_intoAFolderThatCannotBeCreated_exitsOneWithOneLine(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("file"), "x");
        Run run = Run.of("demo", "--write", file.resolve("data").toString(), "--lang", "en");
        assertEquals(1, run.status(), run.err());
        assertEquals(1, run.errLines().length, run.err());
        assertTrue(run.err().startsWith("error: cannot write the dataset folder " + SafeText.forDisplay(file.resolve("data").toString())), run.err());
        assertEquals("", run.out());
    }

    /** What a killed {@code demo --write} used to leave: the first files, no proposals, and a clean validate. */
    @Test
    void demoWrite_failingMidway_leavesNoFolderThatLooksValid(@TempDir Path parent) {
        Path folder = parent.resolve("data");
        SeedDataset seedData = SeedDataset.generate();
        try {
            try (var writer = Dataset.writer(folder)) {
                writer.write(DatasetFile.FEDERATIONS, seedData.federations());
                writer.write(DatasetFile.PROPOSALS, () -> {
                    throw new IllegalStateException("killed");
                });
                writer.commit();
            }
        } catch (IllegalStateException expected) {
            // the run stops here
        }
        assertFalse(Files.exists(folder), "no folder that would validate clean with PROPOSAL.SUBMITTED 0");
    }

    // ------------------------------------------------------------------ breakdowns beyond the limit

    @Test
    void report_byMonthOverEightThousandYears_isRefusedWithOneLine() throws Exception {
        Child run = Child.run(List.of(java(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FicApp.class.getName(), "report", "--data", seed.toString(), "--period", "1000-01-01/9999-12-31",
                "--scope", "F330400", "--by", "month", "--lang", "en"), pb -> { });
        assertEquals(2, run.status, run.err);
        assertEquals("", run.out);
        assertEquals("error: --by month: 1000-01-01/9999-12-31 gives 108001 rows × 41 indicators = 4428041 values, "
                + "more than the limit of 50000 values per report; shorten --period, give fewer --indicators or "
                + "another --by\n", run.err);
    }

    // ------------------------------------------------------------------ errors

    /** A command that ends in an {@link Error}, as one that runs out of memory or stack does. */
    @Command(name = "boom")
    static final class Boom extends AbstractCommand {
        static Error error;

        @Override
        protected int execute() {
            throw error;
        }
    }

    static Run runBoom(Error error, String... args) {
        Boom.error = error;
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        CommandLine cl = FicApp.commandLine(o, e, false);
        cl.addSubcommand(new Boom());
        cl.setCaseInsensitiveEnumValuesAllowed(true).setOut(o).setErr(e); // for the subcommand added
        List<String> all = new ArrayList<>(List.of("boom"));
        all.addAll(List.of(args));
        int status = cl.execute(all.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void anError_endsTheCommandWithOneLineAndStatusOne() {
        Run overflow = runBoom(new StackOverflowError(), "--lang", "en");
        assertEquals(1, overflow.status());
        assertEquals(List.of("error: StackOverflowError (add --verbose for the stack trace)"), List.of(overflow.errLines()));
        Run memory = runBoom(new OutOfMemoryError("Java heap space"));
        assertEquals(1, memory.status());
        assertEquals(List.of("错误：内存不足（OutOfMemoryError: Java heap space）；请给 Java 更多内存后重新运行，例如 java -Xmx4g -jar fic-examples.jar …"),
                List.of(memory.errLines()));
        Run verbose = runBoom(new StackOverflowError(), "--verbose");
        assertEquals(1, verbose.status());
        assertTrue(verbose.errLines().length > 1 && verbose.err().contains("at io.github.ficsdk"), verbose.err());
    }

    /**
     * A plug-in rule that runs out of memory, in a JVM of its own: {@code appraise} ends promptly
     * with exit 1 and one line naming the rule ({@code RULE_FAILED}), nothing on stdout.
     */
    @Test
    void appraise_withAPluginThatRunsOutOfMemory_exitsOneWithOneLine(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF").resolve("services"));
        Files.writeString(services.resolve(ScoringRule.class.getName()), OutOfMemoryRule.class.getName() + "\n");
        Path scheme = Files.writeString(dir.resolve("oom.json"), "{\"id\": \"X_OOM\", \"version\": \"2017\", "
                + "\"name\": \"测试\", \"subject\": \"CHAMBER\", \"dimensions\": [{\"code\": \"D\", \"name\": \"维度\", "
                + "\"maxPoints\": 10, \"rules\": [{\"rule\": \"x-out-of-memory\"}]}], "
                + "\"grades\": [{\"grade\": \"PASS\", \"minPoints\": 0}]}", StandardCharsets.UTF_8);
        Child run = Child.run(List.of(java(), "-cp", System.getProperty("java.class.path") + File.pathSeparator + dir,
                FicApp.class.getName(), "appraise", "--data", seed.toString(), "--scheme", scheme.toString(),
                "--period", "2017", "--lang", "en"), pb -> { });
        assertEquals(1, run.status, run.err);
        assertEquals("", run.out);
        // the appraiser names the rule that failed (RULE_FAILED), the error and its message
        assertEquals(1, run.err.split("\n").length, run.err);
        assertTrue(run.err.startsWith("error: the appraisal cannot finish: "), run.err);
        assertTrue(run.err.contains("rule x-out-of-memory") && run.err.contains("OutOfMemoryError: " + OutOfMemoryRule.MESSAGE)
                && run.err.endsWith("(RULE_FAILED)\n"), run.err);
    }

    // ------------------------------------------------------------------ helpers

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** A JVM of its own, given at most 60 seconds. */
    record Child(int status, String out, String err) {
        static Child run(List<String> command, java.util.function.Consumer<ProcessBuilder> setUp) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(command);
            setUp.accept(pb);
            Process process = pb.start();
            CompletableFuture<byte[]> out = readAll(process.getInputStream());
            CompletableFuture<byte[]> err = readAll(process.getErrorStream());
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("still running after 60 s: " + command);
            }
            return new Child(process.exitValue(), new String(out.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8),
                    new String(err.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        }

        private static CompletableFuture<byte[]> readAll(java.io.InputStream in) {
            return CompletableFuture.supplyAsync(() -> {
                try (in) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
