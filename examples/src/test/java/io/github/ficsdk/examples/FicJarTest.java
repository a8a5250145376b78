package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        assertTrue(run.out().contains("42/42 项与报告一致"), run.out());
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
