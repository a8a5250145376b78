package io.github.ficsdk.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTest {

    /**
     * The row masks grow with the organisations, in longs: doubling, not multiplied by the words
     * per organisation a second time (which ran a breakdown of many rows out of memory).
     */
    @Test
    void masks_growLinearlyWithTheOrganisations() {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            members.add("F" + i);
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(members);
        List<String> kinds = new ArrayList<>();
        for (int k = 0; k < 6399; k++) {
            kinds.add("X_K" + k);
        }
        Plan plan = new Plan(20170101, 20171231, rows, false, kinds,
                List.of(new Plan.Indicator(null, Plan.Measure.EVENTS, -1)));
        assertEquals(6400, plan.rows());
        assertEquals(100, plan.words);
        assertTrue(plan.masks.length <= 2 * 40 * plan.words, "masks of " + plan.masks.length + " longs");
        for (int org = 0; org < 40; org++) {
            assertEquals(1L, plan.masks[org * plan.words], "row 0 of organisation " + org);
        }
    }
}
