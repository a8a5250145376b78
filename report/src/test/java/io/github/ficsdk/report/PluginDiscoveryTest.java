package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static io.github.ficsdk.report.Fixtures.activity;
import static io.github.ficsdk.report.Fixtures.h1;
import static io.github.ficsdk.report.Fixtures.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One plug-in story: the standard factories include what ServiceLoader finds, as RuleRegistry's does. */
class PluginDiscoveryTest {

    /** A team's indicator registered in code: volunteer hours of X_VOLUNTEER activities. */
    static final class VolunteerHours implements CustomIndicator {
        @Override
        public String getCode() {
            return "X_VOLUNTEER.HOURS";
        }

        @Override
        public String getName() {
            return "志愿服务时长";
        }

        @Override
        public String getEnglishName() {
            return "volunteer hours";
        }

        @Override
        public String getUnit() {
            return "小时";
        }

        @Override
        public boolean selects(Activity a) {
            return a.getKind().getCode().equals("X_VOLUNTEER");
        }

        @Override
        public BigDecimal measure(Activity a) {
            return a.getExtensions().getNumber("hours").orElse(BigDecimal.ZERO);
        }
    }

    private static Activity volunteer(String id, String organizer, String hours) {
        return activity(id, "X_VOLUNTEER", "2017-03-01", organizer)
                .extensions(Extensions.of(Map.of("hours", new BigDecimal(hours)))).build();
    }

    @Test
    void standard_includesTheServiceLoaderPlugins() {
        assertTrue(IndicatorCatalog.standard().custom("X_TEST.HOURS").isPresent());
        assertFalse(IndicatorCatalog.builtIns().custom("X_TEST.HOURS").isPresent());
        assertTrue(ReportEngine.standard().getCatalog().custom("X_TEST.HOURS").isPresent());
        assertTrue(ReportEngine.discovered(getClass().getClassLoader()).getCatalog().custom("X_TEST.HOURS").isPresent());
        Report report = ReportEngine.standard().run(h1("X_TEST.HOURS").build(), organizations(),
                List.of(activity("A1", "X_MENTORING", "2017-03-01", NANHU)
                        .extensions(Extensions.of(Map.of("hours", new BigDecimal("2")))).build()), List.of());
        assertEquals(0, new BigDecimal("2").compareTo(report.total("X_TEST.HOURS").orElseThrow().getValue()));
    }

    @Test
    void registeredCustomIndicator_ofATeamKindIsSummed() {
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.standard().with(new VolunteerHours()));
        Report report = engine.run(h1("X_VOLUNTEER.HOURS", "X_VOLUNTEER.EVENTS").build(), organizations(),
                List.of(volunteer("V1", NANHU, "3.5"), volunteer("V2", XIUZHOU, "1")), List.of());
        assertEquals(0, new BigDecimal("4.5").compareTo(report.total("X_VOLUNTEER.HOURS").orElseThrow().getValue()));
        assertEquals(0, new BigDecimal("2").compareTo(report.total("X_VOLUNTEER.EVENTS").orElseThrow().getValue()));
        assertEquals("志愿服务时长", engine.getCatalog().info("X_VOLUNTEER.HOURS").getName());
    }

    @Test
    void unregisteredCustomCode_saysSoAndListsWhatIsRegistered() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportEngine.standard()
                .run(h1("X_VOLUNTEER.HOURS").build(), organizations(), List.of(), List.of()));
        assertTrue(e.getMessage().startsWith("unknown indicator 'X_VOLUNTEER.HOURS': no custom indicator of this catalog"),
                e.getMessage());
        assertTrue(e.getMessage().contains("META-INF/services/io.github.ficsdk.report.CustomIndicator"), e.getMessage());
        assertTrue(e.getMessage().endsWith("custom indicators registered: X_TEST.HOURS"), e.getMessage());
        IllegalArgumentException info = assertThrows(IllegalArgumentException.class,
                () -> IndicatorCatalog.builtIns().info("X_VOLUNTEER.HOURS"));
        assertTrue(info.getMessage().endsWith("custom indicators registered: none"), info.getMessage());
    }

    @Test
    void discovered_aProviderThatCannotBeLoadedIsRememberedAndNamedWhenItsCodeIsAsked(@TempDir Path dir)
            throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(CustomIndicator.class.getName()),
                "io.github.ficsdk.report.NoSuchIndicator\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            IndicatorCatalog catalog = IndicatorCatalog.discovered(loader);
            assertTrue(catalog.custom("X_TEST.HOURS").isPresent());
            assertEquals(Set.of("io.github.ficsdk.report.NoSuchIndicator"),
                    catalog.getFailedProviders().keySet());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> catalog.info("X_NOSUCH.HOURS"));
            assertTrue(e.getMessage().contains("plug-ins that failed to load: ")
                    && e.getMessage().contains("NoSuchIndicator"), e.getMessage());
        }
    }
}
