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
import io.github.ficsdk.core.activity.ActivityKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ExtensionSumIndicatorTest {

    static final class VolunteerHours extends ExtensionSumIndicator {
        VolunteerHours() {
            super(IndicatorInfo.of("X_VOLUNTEER.HOURS", "志愿服务时长", "volunteer hours", "小时", Approximation.MORE_THAN),
                    ActivityKind.parse("X_VOLUNTEER"), "hours");
        }
    }

    private static Activity volunteering(String id, String organizer, Map<String, Object> extensions) {
        return activity(id, "X_VOLUNTEER", "2017-03-01", organizer).extensions(Extensions.of(extensions)).build();
    }

    @Test
    void describesItselfByItsInfo() {
        VolunteerHours hours = new VolunteerHours();
        assertEquals("X_VOLUNTEER.HOURS", hours.getCode());
        assertEquals("志愿服务时长", hours.getName());
        assertEquals("volunteer hours", hours.getEnglishName());
        assertEquals("小时", hours.getUnit());
        assertEquals(Approximation.MORE_THAN, hours.getApproximation());
        assertEquals("X_VOLUNTEER.HOURS", hours.getInfo().getCode());
    }

    @Test
    void selectsItsKind_andMeasuresTheField_zeroWhenAbsent() {
        VolunteerHours hours = new VolunteerHours();
        assertTrue(hours.selects(volunteering("A1", NANHU, Map.of())));
        assertFalse(hours.selects(activity("A2", "X_MENTORING", "2017-03-01", NANHU)
                .extensions(Extensions.of(Map.of("hours", BigDecimal.TEN))).build()));
        assertEquals(new BigDecimal("2.5"), hours.measure(volunteering("A3", NANHU, Map.of("hours", new BigDecimal("2.5")))));
        assertEquals(BigDecimal.ZERO, hours.measure(volunteering("A4", NANHU, Map.of())));
        assertEquals(BigDecimal.ZERO, hours.measure(volunteering("A5", NANHU, Map.of("hours", " "))));
    }

    /** A CSV or spreadsheet ledger gives its cells as text: a plain decimal number counts as that number. */
    @Test
    void aTextThatIsANumber_countsAsTheNumber() {
        VolunteerHours hours = new VolunteerHours();
        assertEquals(new BigDecimal("3.5"), hours.measure(volunteering("A1", NANHU, Map.of("hours", "3.5"))));
        assertEquals(new BigDecimal("12"), hours.measure(volunteering("A2", NANHU, Map.of("hours", " 12 "))));
    }

    /** Any other text refuses the figure (through the engine: the report stops naming indicator and activity), never 0. */
    @Test
    void anyOtherText_refusesTheFigure_neverCountsZero() {
        VolunteerHours hours = new VolunteerHours();
        for (String text : List.of("三小时", "1,000", "3.5h", "١٢", "１２")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> hours.measure(volunteering("A1", NANHU, Map.of("hours", text))), text);
            assertTrue(e.getMessage().contains("hours") && !e.getMessage().contains(text), e.getMessage());
        }
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.builtIns().with(hours));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> engine.run(h1("X_VOLUNTEER.HOURS").build(),
                organizations(), List.of(volunteering("A7", NANHU, Map.of("hours", "三小时"))), List.of()));
        assertTrue(e.getMessage().contains("X_VOLUNTEER.HOURS") && e.getMessage().contains("A7"), e.getMessage());
    }

    @Test
    void rejectsABlankFieldAndNulls() {
        IndicatorInfo info = IndicatorInfo.of("X_V.HOURS", "时长", "hours", "小时", Approximation.EXACT);
        ActivityKind kind = ActivityKind.parse("X_V");
        assertThrows(IllegalArgumentException.class, () -> new ExtensionSumIndicator(info, kind, " ") {});
        assertThrows(NullPointerException.class, () -> new ExtensionSumIndicator(null, kind, "hours") {});
        assertThrows(NullPointerException.class, () -> new ExtensionSumIndicator(info, null, "hours") {});
        assertThrows(NullPointerException.class, () -> new ExtensionSumIndicator(info, kind, null) {});
    }

    /** Through the engine, the figure is the sum of the field over the activities of the kind, per organiser. */
    @Property(tries = 50)
    void theReportedTotal_isTheSumOfTheFieldOverTheKind(@ForAll @Size(max = 12) List<@IntRange(max = 400) Integer> tenths,
            @ForAll @Size(max = 12) List<Boolean> otherKind) {
        List<Activity> activities = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        BigDecimal nanhu = BigDecimal.ZERO;
        for (int i = 0; i < tenths.size(); i++) {
            BigDecimal hours = BigDecimal.valueOf(tenths.get(i), 1);
            boolean other = i < otherKind.size() && otherKind.get(i);
            String organizer = i % 2 == 0 ? NANHU : XIUZHOU;
            Map<String, Object> extensions = new LinkedHashMap<>();
            extensions.put("hours", hours);
            activities.add(activity("A" + i, other ? "X_MENTORING" : "X_VOLUNTEER", "2017-03-01", organizer)
                    .extensions(Extensions.of(extensions)).build());
            if (!other) {
                expected = expected.add(hours);
                nanhu = organizer.equals(NANHU) ? nanhu.add(hours) : nanhu;
            }
        }
        Report report = ReportEngine.of(IndicatorCatalog.builtIns().with(new VolunteerHours()))
                .run(h1("X_VOLUNTEER.HOURS").build(), organizations(), activities, List.of());
        assertEquals(0, expected.compareTo(report.total("X_VOLUNTEER.HOURS").map(ReportValue::getValue)
                .orElse(BigDecimal.ZERO)), report::toString);
        assertEquals(0, nanhu.compareTo(report.value(NANHU, "X_VOLUNTEER.HOURS").map(ReportValue::getValue)
                .orElse(BigDecimal.ZERO)), report::toString);
    }
}
