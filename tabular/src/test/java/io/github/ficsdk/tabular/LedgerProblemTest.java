package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.validation.Severity;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ledger problem as a value: its location, its dataset problem, its safe texts and its language. */
class LedgerProblemTest {

    private static LedgerProblem problem(String id, String message) {
        return LedgerProblem.of("台账.xlsx", "活动", 17, "D", "开始日期", id, "start", Severity.ERROR, "INVALID_DATE", message);
    }

    @Test
    void toDatasetProblem_isTheProblemOfTheSheetAtItsRow() {
        LedgerProblem p = problem("A17", "start must be a date");
        DatasetProblem d = p.toDatasetProblem();
        assertEquals(DatasetProblem.of("台账.xlsx#活动", 17, "A17", "start", Severity.ERROR, "INVALID_DATE",
                "start must be a date"), d);
        assertEquals("台账.xlsx", p.getFile());
        assertEquals(Optional.of("活动"), p.getSheet());
        assertEquals(17, p.getRow());
        assertEquals(Optional.of("D"), p.getColumn());
        assertEquals(Optional.of("开始日期"), p.getHeader());
        assertEquals(Optional.of("A17"), p.getId());
        assertEquals("start", p.getProblemPath());
        assertEquals("INVALID_DATE", p.getProblemCode());
        assertTrue(p.isError());
        assertEquals("台账.xlsx 活动!D17 开始日期 A17 start ERROR INVALID_DATE start must be a date", p.toString());
        LedgerProblem csv = LedgerProblem.of("activities.csv", null, 0, null, null, null, "", Severity.WARNING,
                "BLANK_ROW", "blank");
        assertEquals("activities.csv", csv.toDatasetProblem().getFile());
        assertEquals(Optional.empty(), csv.getId());
        assertFalse(csv.isError());
        assertEquals("activities.csv WARNING BLANK_ROW blank", csv.toString());
    }

    @Test
    void constructor_masksAndEscapesItsTexts() {
        LedgerProblem p = LedgerProblem.of("13812345678.xlsx", "表\u001B", 2, "B", "手机\n", "110105194912310021",
                "mobile", Severity.WARNING, "CODE", "bad 13812345678");
        assertEquals("138****5678.xlsx", p.getFile());
        assertEquals(Optional.of("表\\u001B"), p.getSheet());
        assertEquals(Optional.of("手机\\n"), p.getHeader());
        assertEquals(Optional.of("110105********0021"), p.getId());
        assertEquals("bad 138****5678", p.getMessage());
        assertEquals("138****5678.xlsx#表\\u001B", p.toDatasetProblem().getFile());
    }

    @Test
    void equals_comparesEveryProperty() {
        LedgerProblem p = problem("A17", "m");
        assertEquals(p, problem("A17", "m"));
        assertEquals(p.hashCode(), problem("A17", "m").hashCode());
        assertNotEquals(p, problem("A18", "m"));
        assertNotEquals(p, problem("A17", "n"));
        assertNotEquals(p, LedgerProblem.of("台账.xlsx", "活动", 17, "E", "开始日期", "A17", "start", Severity.ERROR,
                "INVALID_DATE", "m"));
        assertNotEquals(p, LedgerProblem.of("台账.xlsx", "活动", 18, "D", "开始日期", "A17", "start", Severity.ERROR,
                "INVALID_DATE", "m"));
    }

    @Test
    void localize_changesTheMessageKeepingTheLocation() {
        LedgerProblem p = problem("A17", "start must be a date");
        assertSame(p, p.localize(Locale.ENGLISH));
        LedgerProblem zh = p.localize(Locale.CHINESE);
        assertTrue(zh.getMessage().endsWith("：start must be a date"), zh.getMessage());
        assertNotEquals(p.getMessage(), zh.getMessage());
        assertEquals(LedgerProblem.of("台账.xlsx", "活动", 17, "D", "开始日期", "A17", "start", Severity.ERROR,
                "INVALID_DATE", zh.getMessage()), zh);
        assertSame(zh, zh.localize(Locale.CHINESE));
    }

    @Test
    void constructor_refusesMissingParts() {
        assertThrows(NullPointerException.class, () -> LedgerProblem.of(null, null, 0, null, null, null, "",
                Severity.ERROR, "C", "m"));
        assertThrows(NullPointerException.class, () -> LedgerProblem.of("f", null, 0, null, null, null, null,
                Severity.ERROR, "C", "m"));
        assertThrows(NullPointerException.class, () -> LedgerProblem.of("f", null, 0, null, null, null, "",
                null, "C", "m"));
    }
}
