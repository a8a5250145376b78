package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every factory of plug-ins has the same name: {@code discovered(ClassLoader)}. */
class AppraiserDiscoveredTest {

    @Test
    void discovered_usesThePluginsOfTheGivenClassLoader(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ScoringRule.class.getName()), BrokenPlugins.GoodRule.class.getName() + "\n");
        assertFalse(Appraiser.standard().getRegistry().getIds().contains("x-good"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Appraiser appraiser = Appraiser.discovered(loader);
            assertTrue(appraiser.getRegistry().getIds().contains("x-good"), appraiser.getRegistry().getIds().toString());
            assertTrue(appraiser.getRegistry().getFailedProviders().containsKey(BrokenPlugins.BrokenRule.class.getName()));
        }
    }
}
