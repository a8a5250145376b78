package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class YuanAmountFormatPropertiesTest {

    @Property
    void parseFen_formatFen_roundTrip(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen) {
        assertEquals(fen, YuanAmountFormat.parseFen(YuanAmountFormat.formatFen(fen)));
    }

    @Property
    void parseFen_agreesWithBigDecimal(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long fen) {
        String text = new BigDecimal(fen).movePointLeft(2).stripTrailingZeros().toPlainString();
        assertEquals(fen, YuanAmountFormat.parseFen(text));
    }
}
