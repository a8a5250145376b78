package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;

/** {@code -V} prints the version of the build, not a number written in the code. */
class FicAppVersionTest {

    @Test
    void dashV_printsTheProjectVersion() {
        String expected = System.getProperty("fic.project.version");
        assertNotNull(expected, "surefire passes fic.project.version");
        Run run = Run.of("-V");
        assertEquals(0, run.status(), run.err());
        assertEquals("FIC SDK reference app " + expected + "\n", run.out());
        assertEquals("", run.err());
    }
}
