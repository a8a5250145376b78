package io.github.ficsdk.core.appraisal.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A rule's score: explanations given, or computed once when first asked, in each language apart. */
class RuleScoreTest {

    @Test
    void lazy_computesEachExplanationOnceWhenFirstAsked() {
        AtomicInteger zh = new AtomicInteger();
        AtomicInteger en = new AtomicInteger();
        RuleScore score = RuleScore.lazy(BigDecimal.TEN, () -> "一" + zh.incrementAndGet(), () -> "one" + en.incrementAndGet());
        assertEquals(0, zh.get() + en.get());
        assertEquals("一1", score.getExplanation());
        assertEquals("一1", score.getExplanation());
        assertEquals(1, zh.get());
        assertEquals(0, en.get());
        assertEquals("one1", score.getExplanationEn());
        assertEquals("one1", score.getExplanationEn());
        assertEquals(1, en.get());
        assertEquals(RuleScore.of(BigDecimal.TEN, "一1", "one1"), score);
        assertEquals(RuleScore.of(BigDecimal.TEN, "一1", "one1").hashCode(), score.hashCode());
        assertEquals("10 (一1)", score.toString());
    }

    @Test
    void of_keepsTheExplanationsAsGiven() {
        RuleScore score = RuleScore.of(BigDecimal.ONE, "是 +1", "yes +1");
        assertEquals("是 +1", score.getExplanation());
        assertEquals("yes +1", score.getExplanationEn());
        RuleScore faulty = RuleScore.of(BigDecimal.ONE, null, null);
        assertNull(faulty.getExplanation());
        assertNull(faulty.getExplanationEn());
        assertThrows(NullPointerException.class, () -> RuleScore.lazy(BigDecimal.ONE, null, () -> "x"));
        assertThrows(NullPointerException.class, () -> RuleScore.lazy(BigDecimal.ONE, () -> "x", null));
    }
}
