package io.github.ficsdk.report;

import static io.github.ficsdk.report.Fixtures.CITY;
import static io.github.ficsdk.report.Fixtures.NANHU;
import static io.github.ficsdk.report.Fixtures.XIUZHOU;
import static io.github.ficsdk.report.Fixtures.activity;
import static io.github.ficsdk.report.Fixtures.h1;
import static io.github.ficsdk.report.Fixtures.organizations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomIndicatorTest {

    private static Activity withHours(String id, String organizer, String hours) {
        return activity(id, "X_MENTORING", "2017-03-01", organizer)
                .extensions(Extensions.of(Map.of("hours", new BigDecimal(hours)))).build();
    }

    @Test
    void discovered_findsTheIndicatorAndTheEngineSumsIt() {
        IndicatorCatalog catalog = IndicatorCatalog.discovered(getClass().getClassLoader());
        assertTrue(catalog.custom("X_TEST.HOURS").isPresent());
        assertEquals("小时", catalog.info("X_TEST.HOURS").getUnit());
        Report report = ReportEngine.of(catalog).run(h1("X_TEST.HOURS", "X_MENTORING.EVENTS").build(), organizations(),
                List.of(withHours("A1", NANHU, "1.5"), withHours("A2", XIUZHOU, "2.25"),
                        activity("A3", "X_MENTORING", "2017-03-01", NANHU).build()), List.of());
        assertEquals(0, new BigDecimal("3.75").compareTo(report.total("X_TEST.HOURS").orElseThrow().getValue()));
        assertEquals(0, new BigDecimal("1.5").compareTo(report.value(NANHU, "X_TEST.HOURS").orElseThrow().getValue()));
        assertEquals(0, new BigDecimal("3").compareTo(report.total("X_MENTORING.EVENTS").orElseThrow().getValue()));
    }

    @Test
    void builtInCatalog_doesNotKnowIt() {
        assertThrows(IllegalArgumentException.class,
                () -> ReportEngine.of(IndicatorCatalog.builtIns()).run(h1("X_TEST.HOURS").build(), organizations(), List.of(), List.of()));
    }

    @Test
    void with_rejectsAStandardFormCodeAndATakenOne() {
        CustomIndicator clash = new TestHoursIndicator() {
            @Override
            public String getCode() {
                return "VISIT.EVENTS";
            }
        };
        assertThrows(IllegalArgumentException.class, () -> IndicatorCatalog.builtIns().with(clash));
        IndicatorCatalog once = IndicatorCatalog.builtIns().with(new TestHoursIndicator());
        assertThrows(IllegalArgumentException.class, () -> once.with(new TestHoursIndicator()));
    }

    @Test
    void aFailingIndicatorIsAnErrorNamingItAndTheActivity() {
        CustomIndicator failing = new TestHoursIndicator() {
            @Override
            public BigDecimal measure(Activity activity) {
                throw new IllegalStateException("boom");
            }
        };
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.builtIns().with(failing));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.run(h1("X_TEST.HOURS").build(),
                organizations(), List.of(withHours("A9", CITY, "1")), List.of()));
        assertTrue(e.getMessage().contains("X_TEST.HOURS") && e.getMessage().contains("A9"), e.getMessage());
    }
}
