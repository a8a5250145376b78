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
        assertTrue(run.out().contains("32/32 项与报告一致"), run.out());
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
}
