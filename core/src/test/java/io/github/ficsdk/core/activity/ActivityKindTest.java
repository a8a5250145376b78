package io.github.ficsdk.core.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.validation.InvalidCodeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityKindTest {

    @Test
    void parse_standardKindsAreInterned() {
        assertEquals(21, ActivityKind.standardKinds().size());
        for (ActivityKind kind : ActivityKind.standardKinds()) {
            assertSame(kind, ActivityKind.parse(kind.toString()));
            assertTrue(kind.isStandard());
            assertFalse(kind.getLabel().isEmpty());
        }
        assertEquals("场", ActivityKind.FORUM.getUnit());
        assertEquals("起", ActivityKind.RIGHTS_PROTECTION.getUnit());
    }

    @Test
    void parse_teamCodesAndRejections() {
        ActivityKind team = ActivityKind.parse("X_MENTORING");
        assertFalse(team.isStandard());
        assertEquals(team, ActivityKind.parse("X_MENTORING"));
        InvalidCodeException e = assertThrows(InvalidCodeException.class, () -> ActivityKind.parse("MENTORING"));
        assertEquals("UNKNOWN_ACTIVITY_KIND", e.getProblemCode());
        assertTrue(e.getMessage().contains("SERVICE_ALLIANCE_DUTY"));
        assertThrows(InvalidCodeException.class, () -> ActivityKind.parse("X_"));
        assertThrows(InvalidCodeException.class, () -> ActivityKind.parse("x_lower"));
    }

    @Test
    void build_rejectsMeaninglessValuesNamingTheField() {
        Activity.Builder b = Activity.builder().id("A1").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 2));
        InvalidValueException e = assertThrows(InvalidValueException.class, b::build);
        assertEquals("organizers", e.getField());
        assertEquals("NO_ORGANIZER", e.getProblemCode());
        b.addOrganizer("F1");
        e = assertThrows(InvalidValueException.class, () -> Activity.builder().from(b.build())
                .end(LocalDate.of(2017, 3, 1)).build());
        assertEquals("end", e.getField());
        assertTrue(e.getMessage().startsWith("end must not be before start - but was:"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> Activity.builder().from(b.build()).sessions(0).build());
        assertEquals("sessions", e.getField());
        e = assertThrows(InvalidValueException.class, () -> Activity.builder().from(b.build()).copies(-1).build());
        assertEquals("NEGATIVE", e.getProblemCode());
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Activity.builder().id(null));
        assertTrue(String.valueOf(npe.getMessage()).contains("id"));
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> Activity.builder().id("A1").build());
        assertTrue(missing.getMessage().contains("start"), missing.getMessage());
        Activity a = b.build();
        assertEquals(a.getStart(), a.getEnd());
        assertEquals(1, a.getSessions());
        assertEquals(0, a.getAmountFen());
    }
}
