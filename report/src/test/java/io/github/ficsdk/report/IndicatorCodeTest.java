package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.TargetType;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class IndicatorCodeTest {

    @Test
    void parse_targetsAndDistinct() {
        IndicatorCode code = IndicatorCode.parse("VISIT.DISTINCT.ENTERPRISE");
        assertEquals(Optional.of(ActivityKind.VISIT), code.getKind());
        assertEquals(Measure.DISTINCT, code.getMeasure());
        assertEquals(Optional.of(TargetType.ENTERPRISE), code.getTargetType());
        assertFalse(code.getMeasure().isAdditive());
        assertTrue(IndicatorCode.parse("VISIT.TARGETS.CHAMBER").getMeasure().isAdditive());
    }

    @Test
    void parse_allKindsTeamKindsAndProposals() {
        assertTrue(IndicatorCode.parse("ALL.EVENTS").isAllKinds());
        assertEquals("X_MENTORING", IndicatorCode.parse("X_MENTORING.PARTICIPANTS").getKind().orElseThrow().getCode());
        IndicatorCode key = IndicatorCode.parse("PROPOSAL.KEY");
        assertTrue(key.isProposal());
        assertFalse(key.isAllKinds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"VISIT.TARGETS.CHAMBER", "ALL.EVENTS", "PROPOSAL.PLENARY_SPEECH", "X_A.AMOUNT",
        "CHARITY.AMOUNT", "LEGAL_CHECKUP.DISTINCT.ENTERPRISE"})
    void parse_toString_roundTrip(String text) {
        assertEquals(text, IndicatorCode.parse(text).toString());
        assertEquals(IndicatorCode.parse(text), IndicatorCode.parse(IndicatorCode.parse(text).toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "VISITS.EVENTS|unknown activity kind 'VISITS'",
        "VISIT.EVENT|unknown measure 'EVENT'",
        "VISIT.TARGETS|needs a target type",
        "VISIT.EVENTS.CHAMBER|takes no target type",
        "VISIT.TARGETS.SHOP|unknown target type 'SHOP'",
        "PROPOSAL.EVENTS|unknown measure 'EVENTS'",
        "VISIT.KEY|unknown measure 'KEY'",
        "PROPOSAL.KEY.CHAMBER|takes no target type",
        "VISIT|must be KIND.MEASURE",
        "A.B.C.D|must be KIND.MEASURE"})
    void parse_errorsNameThePart(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IndicatorCode.parse(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void catalog_officialWordingAndGeneratedNames() {
        IndicatorCatalog catalog = IndicatorCatalog.standard();
        assertEquals("走访商会协会", catalog.info("VISIT.TARGETS.CHAMBER").getName());
        assertEquals("家次", catalog.info("VISIT.TARGETS.CHAMBER").getUnit());
        assertEquals("家", catalog.info("VISIT.DISTINCT.ENTERPRISE").getUnit());
        assertEquals("场次", catalog.info("LEGAL_EDUCATION.EVENTS").getUnit());
        assertEquals("件", catalog.info("PROPOSAL.KEY").getUnit());
        assertEquals("次", catalog.info("STUDY_TOUR.EVENTS").getUnit());
        assertThrows(IllegalArgumentException.class, () -> catalog.info("NOPE.EVENTS"));
        for (String code : IndicatorCatalog.standardCodes()) {
            assertEquals(code, IndicatorCode.parse(code).toString());
        }
    }
}
