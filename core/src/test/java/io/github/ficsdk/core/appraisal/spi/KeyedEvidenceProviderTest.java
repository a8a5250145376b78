package io.github.ficsdk.core.appraisal.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyedEvidenceProviderTest {

    /** A provider that derives nothing: only its id and keys are under test. */
    static final class Investment extends KeyedEvidenceProvider {
        Investment(String id, Set<String> keys) {
            super(id, keys);
        }

        @Override
        public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {}
    }

    @Test
    void getIdAndDerives_asGiven() {
        Investment p = new Investment("x-investment", Set.of("investment.projects", "investment.amount"));
        assertEquals("x-investment", p.getId());
        assertTrue(p.derives("investment.projects"));
        assertTrue(p.derives("investment.amount"));
        assertFalse(p.derives("investment"));
        assertFalse(p.derives("*"));
    }

    @Test
    void keys_copiedAtConstruction() {
        Set<String> keys = new HashSet<>(Set.of("investment.projects"));
        Investment p = new Investment("x-investment", keys);
        keys.add("investment.amount");
        assertFalse(p.derives("investment.amount"));
    }

    @Test
    void constructor_nullIdOrKeyFails() {
        assertEquals("id", assertThrows(NullPointerException.class, () -> new Investment(null, Set.of())).getMessage());
        Set<String> withNull = new HashSet<>();
        withNull.add(null);
        assertThrows(NullPointerException.class, () -> new Investment("x", withNull));
    }
}
