package io.github.ficsdk.core.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.validation.InvalidCodeException;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class YuanTest {

    @Test
    void parse_acceptsWholeAndOneOrTwoDecimals() {
        assertEquals(1200, Yuan.parse("12").getFen());
        assertEquals(1250, Yuan.parse("12.5").getFen());
        assertEquals(3_725_000_000L, Yuan.parse("37250000.00").getFen());
        assertEquals("37250000.00", Yuan.parse("37250000.00").toString());
        assertEquals("0.05", Yuan.ofFen(5).toString());
    }

    @Test
    void parse_rejectsWithCodes() {
        assertEquals("YUAN_AMOUNT_NEGATIVE", code("-1"));
        assertEquals("YUAN_AMOUNT_SCALE", code("1.234"));
        assertEquals("YUAN_AMOUNT_FORMAT", code("1e3"));
        assertEquals("YUAN_AMOUNT_FORMAT", code("+1"));
        assertEquals("YUAN_AMOUNT_FORMAT", code(" 1"));
        assertEquals("YUAN_AMOUNT_FORMAT", code("1,000"));
        assertEquals("YUAN_AMOUNT_FORMAT", code(""));
        assertEquals("YUAN_AMOUNT_FORMAT", code("1."));
        assertEquals("YUAN_AMOUNT_FORMAT", code(".5"));
        assertEquals("YUAN_AMOUNT_RANGE", code("92233720368547758.08"));
        assertEquals(Long.MAX_VALUE, Yuan.parse("92233720368547758.07").getFen());
    }

    private static String code(String text) {
        return assertThrows(InvalidCodeException.class, () -> Yuan.parse(text)).getProblemCode();
    }

    @Test
    void plus_detectsOverflow() {
        assertEquals(Yuan.ofFen(300), Yuan.ofFen(100).plus(Yuan.ofFen(200)));
        assertThrows(ArithmeticException.class, () -> Yuan.ofFen(Long.MAX_VALUE).plus(Yuan.ofFen(1)));
    }

    @Test
    void render_inYuanWanAndYi() {
        assertEquals("3725.0万元", Yuan.parse("37250000").render());
        assertEquals("6.2亿元", Yuan.parse("615000000").render());
        assertEquals("3725.50元", Yuan.parse("3725.5").render());
        assertEquals("0.4亿元", Yuan.parse("37250000").render(Yuan.Unit.YI));
        assertEquals("0.1万元", Yuan.parse("500").render(Yuan.Unit.WAN));
    }

    @Test
    void of_bigDecimalExactly() {
        assertEquals(Yuan.parse("1.5"), Yuan.of(new BigDecimal("1.50")));
        assertEquals(new BigDecimal("1.50"), Yuan.parse("1.5").toBigDecimal());
        assertThrows(InvalidCodeException.class, () -> Yuan.of(new BigDecimal("0.001")));
    }

    @Property
    void parse_invertsToString(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen) {
        Yuan yuan = Yuan.ofFen(fen);
        assertEquals(yuan, Yuan.parse(yuan.toString()));
        assertEquals(yuan, Yuan.of(new BigDecimal(yuan.toString())));
    }

    @Test
    void in_exactIn_unitOf() {
        Yuan amount = Yuan.parse("620000000.50");
        assertEquals(new java.math.BigDecimal("6.2"), amount.in(Yuan.Unit.YI));
        assertEquals(new java.math.BigDecimal("62000.0"), amount.in(Yuan.Unit.WAN));
        assertEquals(0, new java.math.BigDecimal("6.2000000050").compareTo(amount.exactIn(Yuan.Unit.YI)));
        assertEquals(java.util.Optional.of(Yuan.Unit.WAN), Yuan.unitOf("万元"));
        assertEquals(java.util.Optional.empty(), Yuan.unitOf("本"));
    }
}
