package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MobileNumberPropertiesTest {

    static Arbitrary<String> validMobileNumbers() {
        Arbitrary<String> prefixes = Arbitraries.of("130", "135", "139", "145", "147", "150", "158", "166",
                "170", "173", "177", "180", "186", "189", "191", "199");
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(8);
        return Combinators.combine(prefixes, rest).as(String::concat);
    }

    @Provide
    Arbitrary<String> mobiles() {
        return validMobileNumbers();
    }

    @Property
    void parse_toString_roundTrip(@ForAll("mobiles") String text) {
        MobileNumber mobile = MobileNumber.parse(text);
        assertEquals(mobile, MobileNumber.parse(mobile.toString()));
        assertEquals(text, mobile.toString());
    }

    @Property
    void masked_neverShowsTheMiddleDigits(@ForAll("mobiles") String text) {
        String masked = MobileNumber.parse(text).masked();
        assertEquals(text.substring(0, 3) + "****" + text.substring(7), masked);
        assertFalse(masked.contains(text.substring(3, 7)) && masked.indexOf(text.substring(3, 7)) == 3);
    }
}
