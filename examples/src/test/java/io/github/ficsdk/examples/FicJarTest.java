package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the shaded jar {@code target/fic-examples.jar} with {@code java -jar}. Bound to the
 * {@code package} phase after the shade plugin (see the pom); skipped when the jar is missing.
 */
class FicJarTest {

    static final Path JAR = Path.of("target", "fic-examples.jar");

    @Test
    void demo_fromTheJar() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        ProcessRun run = ProcessRun.of(List.of("-jar", JAR.toString(), "demo"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("43/43 项与报告一致"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void validate_fromTheJar_usesBothMessageBundles() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        String bad = Path.of("src", "test", "resources", "bad-dataset").toString();
        ProcessRun run = ProcessRun.of(List.of("-jar", JAR.toString(), "validate", "--data", bad, "--format", "text"));
        assertEquals(1, run.status(), run.err());
        // a message of fic-validation's bundle, in Chinese: the merged bundle was found
        assertTrue(run.out().contains("CREDIT_CODE_CHECK_CHARACTER 校验码错误"), run.out());
        assertEquals("", run.err());
    }

    /** A clean report run from the jar prints nothing on stderr (no log line of a library, such as HV000001). */
    @Test
    void report_fromTheJar_printsNothingOnStderr(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        io.github.ficsdk.examples.seed.SeedDataset.generate().writeTo(folder);
        ProcessRun run = ProcessRun.of(List.of("-jar", JAR.toString(), "report", "--data", folder.toString(),
                "--period", "2017-H1", "--scope", "F330400"));
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("F330400"), run.out());
        assertEquals("", run.err());
    }

    /**
     * The launcher {@code bin/fic-examples}: its first run of a command makes an archive of the
     * app's classes (AppCDS before JDK 25, an AOT cache from 25 on) and later runs map it; the
     * output is that of {@code java -jar} every time, and a later run says nothing on stderr. Run
     * with the JVM of the tests and with any JDK 25 or later found under /usr/lib/jvm.
     */
    @Test
    void launcher_archivesTheClassesOnItsFirstRun_theOutputStaysTheSame(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/bin/bash")), "no bash");
        Path data = folder.resolve("data");
        io.github.ficsdk.examples.seed.SeedDataset.generate().writeTo(data);
        List<String> args = List.of("report", "--data", data.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--format", "csv");
        java.util.List<String> direct = new java.util.ArrayList<>(List.of("-jar", JAR.toString()));
        direct.addAll(args);
        ProcessRun expected = ProcessRun.of(direct);
        assertEquals(0, expected.status(), expected.err());
        List<Path> javas = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (java.util.stream.Stream<Path> homes = Files.list(jvms)) {
                homes.filter(home -> feature(home) >= 25).map(home -> home.resolve("bin").resolve("java"))
                        .filter(Files::isExecutable).findFirst().ifPresent(javas::add);
            }
        }
        for (Path java : javas) {
            Path archives = Files.createDirectories(folder.resolve("archives-" + javas.indexOf(java)));
            for (int run = 1; run <= 2; run++) {
                int status = launch(folder, java, archives, "", args);
                String err = Files.readString(folder.resolve("err"));
                assertEquals(0, status, java + " run " + run + ": " + err);
                assertEquals(expected.out(), Files.readString(folder.resolve("out")), java + " run " + run);
                if (run == 2) {
                    assertEquals("", err, java + ": a run that maps the archive");
                }
            }
            try (java.util.stream.Stream<Path> files = Files.list(archives)) {
                List<String> names = files.map(f -> f.getFileName().toString()).toList();
                assertEquals(1, names.size(), "one archive and nothing left over: " + names);
                assertTrue(names.get(0).matches("fic-examples-.*-report\\.(jsa|aot)"), names.toString());
            }
        }
    }

    /**
     * The launcher leaves no archive after a run that failed (a mistyped command would leave one of
     * half the classes), names the archive after the command even behind the app's own
     * {@code --lang}, and gives way to a collector named in {@code JAVA_OPTS} (the JVM refuses two).
     */
    @Test
    void launcher_keepsOnlyTheArchiveOfARunThatWentThrough_andGivesWayToJavaOpts(
            @org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/bin/bash")), "no bash");
        Path data = folder.resolve("data");
        io.github.ficsdk.examples.seed.SeedDataset.generate().writeTo(data);
        Path archives = Files.createDirectories(folder.resolve("archives"));
        List<String> bad = List.of("report", "--data", data.toString(), "--period", "nope", "--scope", "F330400");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        assertEquals(2, launch(folder, java, archives, "", bad), "a usage error");
        try (java.util.stream.Stream<Path> files = Files.list(archives)) {
            assertEquals(List.of(), files.toList(), "no archive after a failed run");
        }
        List<String> good = List.of("--lang", "en", "report", "--data", data.toString(), "--period", "2017-H1",
                "--scope", "F330400", "--format", "csv");
        assertEquals(0, launch(folder, java, archives, "", good));
        try (java.util.stream.Stream<Path> files = Files.list(archives)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).matches("fic-examples-.*-report\\.(jsa|aot)"), names.toString());
        }
        String mapped = Files.readString(folder.resolve("out"));
        assertEquals(0, launch(folder, java, archives, "-XX:+UseParallelGC", good),
                Files.readString(folder.resolve("err")));
        assertEquals(mapped, Files.readString(folder.resolve("out")));
    }

    /** Runs {@code bin/fic-examples} with a JVM; stdout and stderr to the files "out" and "err" of the folder. */
    private static int launch(Path folder, Path java, Path archives, String javaOpts, List<String> args)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/bin/bash", Path.of("bin", "fic-examples").toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(folder.resolve("err").toFile())
                .redirectOutput(folder.resolve("out").toFile());
        builder.environment().put("JAVA", java.toString());
        builder.environment().put("FIC_JAR", JAR.toString());
        builder.environment().put("FIC_CDS_DIR", archives.toString());
        builder.environment().put("JAVA_OPTS", javaOpts);
        Process process = builder.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "timed out: " + command);
        return process.exitValue();
    }

    /** The feature version of a JDK from its release file, 0 when unknown. */
    private static int feature(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^JAVA_VERSION=\"(\\d+)").matcher(line);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // no release file: not a JDK we can tell
        }
        return 0;
    }

    /**
     * Reproducible jars: every entry of the library jars, and every FIC entry of the app jar, carries
     * the one time stamp of {@code project.build.outputTimestamp}, not the time of the build (so two
     * builds of a commit give the same bytes). The jars of the other modules are checked when built.
     */
    @Test
    void jars_areReproducible_everyEntryHasTheBuildTimestamp() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        String stamp = System.getProperty("fic.output.timestamp");
        Assumptions.assumeTrue(stamp != null && !stamp.contains("${"), "no fic.output.timestamp");
        java.time.Instant expected = java.time.Instant.parse(stamp);
        List<Path> jars = new java.util.ArrayList<>(List.of(JAR));
        for (String module : List.of("validation", "core", "report")) {
            Path target = Path.of("..", module, "target");
            if (Files.isDirectory(target)) {
                try (java.util.stream.Stream<Path> files = Files.list(target)) {
                    files.filter(f -> f.getFileName().toString().matches("fic-" + module + "-.*\\.jar")).forEach(jars::add);
                }
            }
        }
        for (Path jar : jars) {
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                java.util.Set<java.time.Instant> times = new java.util.HashSet<>();
                // the app jar also holds the entries of third-party jars, with their own (fixed) times
                zip.stream().filter(e -> !jar.equals(JAR) || e.getName().startsWith("io/github/ficsdk/"))
                        .forEach(e -> times.add(e.getLastModifiedTime().toInstant()));
                assertEquals(1, times.size(), jar + " has entries of several times: " + times);
                // a zip stores local time: allow the offset of any time zone
                java.time.Duration off = java.time.Duration.between(expected, times.iterator().next()).abs();
                assertTrue(off.compareTo(java.time.Duration.ofHours(14)) <= 0, jar + ": " + times + " is not " + expected);
            }
        }
    }

    @Test
    void unusableArguments_fromTheJar() throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        ProcessRun run = ProcessRun.of(List.of("-jar", JAR.toString(), "report", "--data", "/no/such/folder",
                "--period", "2017-H1", "--scope", "F330400", "--lang", "en"));
        assertEquals(2, run.status());
        assertEquals("error: --data: folder /no/such/folder does not exist; give the folder that holds the dataset\n",
                run.err());
    }

    /**
     * {@code appraise} from the jar: JSON Lines of the seed's chambers, and the plug-in rule of the
     * samples found through the merged {@code META-INF/services} (the scheme loads; a missing
     * evidence key, not an unknown rule, stops it).
     */
    @Test
    void appraise_fromTheJar_findsThePluginRule(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        Assumptions.assumeTrue(Files.exists(JAR), "no " + JAR);
        io.github.ficsdk.examples.seed.SeedDataset.generate().writeTo(folder);
        ProcessRun run = ProcessRun.of(List.of("-jar", JAR.toString(), "appraise", "--data", folder.toString(),
                "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017"));
        assertEquals(0, run.status(), run.err());
        assertEquals(142, run.out().split("\n").length);
        assertTrue(run.out().startsWith("{\"subject\":\"51330400MJ00098N3Y\",\"scheme\":\"FOUR_GOOD_CHAMBER\""), run.out());
        assertEquals("", run.err());
        Path scheme = folder.resolve("member-development.json");
        try (java.io.InputStream in = io.github.ficsdk.examples.samples.PluginRuleSample.class
                .getResourceAsStream(io.github.ficsdk.examples.samples.PluginRuleSample.SCHEME)) {
            Files.copy(in, scheme);
        }
        ProcessRun plugin = ProcessRun.of(List.of("-jar", JAR.toString(), "appraise", "--data", folder.toString(),
                "--scheme", scheme.toString(), "--period", "2016", "--lang", "en"));
        assertEquals(1, plugin.status(), plugin.err());
        assertTrue(plugin.err().contains("rule x-member-growth in dimensions[MEMBER_DEVELOPMENT] needs evidence "
                + "members.previousYear"), plugin.err());
    }
}
