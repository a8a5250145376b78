package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

/** The module's version is the build's ({@code project.version}), not a number written in the code. */
class FicJacksonModuleVersionTest {

    @Test
    void version_isTheProjectVersionOfTheBuild() {
        String expected = System.getProperty("fic.project.version");
        assertNotNull(expected, "surefire passes fic.project.version");
        Version version = new FicJacksonModule().version();
        assertEquals(expected, version.toString());
        assertEquals("io.github.ficsdk", version.getGroupId());
        assertEquals("fic-core", version.getArtifactId());
    }
}
