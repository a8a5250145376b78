package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The problems of this module are {@link FicProblem}s. */
class FicProblemTest {

    @Test
    void problem_componentsThroughTheInterface() {
        FicProblem p = Problem.of(Severity.WARNING, "creditCode", "CREDIT_CODE_KIND", "starts with '91'");
        assertEquals("CREDIT_CODE_KIND", p.getProblemCode());
        assertEquals("creditCode", p.getProblemPath());
        assertEquals(Severity.WARNING, p.getSeverity());
        assertEquals("starts with '91'", p.getMessage());
        FicProblem under = Problem.of(Severity.ERROR, "id", "BLANK", "m").under("targets[0]");
        assertEquals("targets[0].id", under.getProblemPath());
    }

    @Test
    void invalidCodeException_anErrorOfTheWholeValue() {
        FicProblem p = assertThrows(InvalidCodeException.class, () -> MobileNumber.parse("12345678901"));
        assertEquals("MOBILE_NUMBER_PREFIX", p.getProblemCode());
        assertEquals("", p.getProblemPath());
        assertEquals(Severity.ERROR, p.getSeverity());
        assertEquals(((InvalidCodeException) p).getProblemCode(), p.getProblemCode());
    }
}
