package io.github.ficsdk.core.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Severity;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The quick check answers "no error" only where Bean Validation finds none, and answers it for
 * the common valid organisations (else it would not spare Hibernate Validator's start-up).
 */
class QuickBeanCheckTest {

    private static final FicValidator VALIDATOR = FicValidator.english();
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** A chamber's credit code (51…) with its check character, as GB 32100 computes it. */
    static String chamberCreditCode(String division, String body) {
        String first17 = "51" + division + body;
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return first17 + CHARSET.charAt(check);
    }

    private static boolean hasError(Object record) {
        return VALIDATOR.validate(record).stream().anyMatch(p -> p.getSeverity() == Severity.ERROR);
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("FC0123456789").ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withChars("Fa0._:-/ 中+").ofMinLength(1).ofMaxLength(6),
                Arbitraries.strings().withChars("A").ofMinLength(60).ofMaxLength(70));
    }

    @Provide
    Arbitrary<String> divisions() {
        return Arbitraries.oneOf(Arbitraries.of("330400", "330402", "330481", "110000", "330499", "999999", "33040",
                "3304000", "33O400", "０３３０４０"), Arbitraries.strings().numeric().ofLength(6));
    }

    @Provide
    Arbitrary<String> creditCodes() {
        Arbitrary<String> valid = Arbitraries.strings().withChars(CHARSET).ofLength(9)
                .map(body -> chamberCreditCode("330400", body));
        Arbitrary<String> altered = valid.flatMap(code -> Arbitraries.integers().between(0, 17)
                .flatMap(i -> Arbitraries.of('0', 'A', 'I', 'O', 'Z', '9', 'x')
                        .map(c -> code.substring(0, i) + c + code.substring(i + 1))));
        return Arbitraries.oneOf(valid, altered, Arbitraries.of("", "51330400MJ0000000X", "91330400MA28A0001X"));
    }

    @Property(tries = 400)
    void aFederationSaidValidHasNoError(@ForAll("ids") String id, @ForAll("divisions") String division,
            @ForAll("ids") String parent, @ForAll boolean withParent) {
        Federation f;
        try {
            Federation.Builder b = Federation.builder().id(id).name("联合会").level(FederationLevel.COUNTY)
                    .division(division);
            if (withParent && !parent.equals(id)) {
                b.parent(parent);
            }
            f = b.build();
        } catch (RuntimeException blankOrSelf) {
            return; // construction refuses it: no record to validate
        }
        if (QuickBeanCheck.certainlyNoError(f)) {
            assertFalse(hasError(f), f.toString());
        } else {
            assertTrue(hasError(f), "not certain, yet valid: " + f);
        }
    }

    @Property(tries = 400)
    void aChamberSaidValidHasNoError(@ForAll("ids") String id, @ForAll("ids") String federation,
            @ForAll("creditCodes") String creditCode, @ForAll("divisions") String origin,
            @ForAll("divisions") String host, @ForAll boolean withCode, @ForAll boolean withOrigin,
            @ForAll boolean withHost) {
        Chamber c;
        try {
            Chamber.Builder b = Chamber.builder().id(id).name("商会").kind(ChamberKind.INDUSTRY_CHAMBER)
                    .federation(federation);
            if (withCode) {
                b.creditCode(creditCode);
            }
            if (withOrigin) {
                b.originRegion(origin);
            }
            if (withHost) {
                b.hostRegion(host);
            }
            c = b.build();
        } catch (RuntimeException blank) {
            return;
        }
        if (QuickBeanCheck.certainlyNoError(c)) {
            assertFalse(hasError(c), c.toString());
        } else {
            assertTrue(hasError(c), "not certain, yet valid: " + c);
        }
    }

    @Property(tries = 200)
    void aPartyOrganizationSaidValidHasNoError(@ForAll("ids") String id, @ForAll("ids") String host) {
        PartyOrganization p;
        try {
            p = PartyOrganization.builder().id(id).name("党支部").kind(PartyOrganizationKind.BRANCH).host(host).build();
        } catch (RuntimeException blank) {
            return;
        }
        assertEquals(!hasError(p), QuickBeanCheck.certainlyNoError(p), p.toString());
    }

    @Test
    void theCommonValidOrganisationsAreDecidedWithoutBeanValidation() {
        assertTrue(QuickBeanCheck.certainlyNoError(Federation.builder().id("F330402").name("南湖区工商联")
                .level(FederationLevel.COUNTY).division("330402").parent("F330400").build()));
        assertTrue(QuickBeanCheck.certainlyNoError(Chamber.builder().id("C0001").name("商会")
                .kind(ChamberKind.INDUSTRY_CHAMBER).federation("F330400")
                .creditCode(chamberCreditCode("330400", "MJ0000001")).originRegion("330300").build()));
        assertFalse(QuickBeanCheck.certainlyNoError("not an organisation"));
    }

    /**
     * Pins every constraint Bean Validation sees on the three classes: a constraint added to one
     * of them fails here until {@link QuickBeanCheck} checks it too (else it would wave through
     * records that Bean Validation rejects).
     */
    @Test
    void theCheckCoversEveryConstraintOfTheOrganisations() {
        assertEquals(List.of("division: ValidDivisionCode", "id: Pattern", "parent<>: Pattern"),
                constraints(Federation.class));
        assertEquals(List.of("creditCode<>: ValidCreditCode", "federation: Pattern", "feeTiers: Size",
                "hostRegion<>: ValidDivisionCode", "id: Pattern", "originRegion<>: ValidDivisionCode"),
                constraints(Chamber.class));
        assertEquals(List.of("host: Pattern", "id: Pattern"), constraints(PartyOrganization.class));
    }

    private static List<String> constraints(Class<?> type) {
        BeanDescriptor bean = VALIDATOR.unwrap().getConstraintsForClass(type);
        TreeSet<String> out = new TreeSet<>();
        bean.getConstraintDescriptors().forEach(d -> out.add("class: " + d.getAnnotation().annotationType()
                .getSimpleName()));
        for (PropertyDescriptor p : bean.getConstrainedProperties()) {
            if (p.isCascaded()) {
                out.add(p.getPropertyName() + ": @Valid");
            }
            p.getConstraintDescriptors().forEach(d -> out.add(p.getPropertyName() + ": "
                    + d.getAnnotation().annotationType().getSimpleName()));
            p.getConstrainedContainerElementTypes().forEach(c -> {
                if (c.isCascaded()) {
                    out.add(p.getPropertyName() + "<>: @Valid");
                }
                c.getConstraintDescriptors().forEach(d -> out.add(p.getPropertyName() + "<>: "
                        + d.getAnnotation().annotationType().getSimpleName()));
            });
        }
        return new ArrayList<>(out);
    }
}
