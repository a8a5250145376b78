package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.CreditCodeFinding;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.DivisionCode;
import java.util.Optional;

/**
 * Tells, without Bean Validation, that an organisation certainly has no Bean Validation error,
 * so that a reader that validates on read ({@link BeanValidationErrors}) need not start Hibernate
 * Validator (most of a short run's start-up) for a folder whose organisations are all valid. It
 * checks exactly the constraints of {@link Federation}, {@link Chamber} and
 * {@link PartyOrganization} with the same rules their validators use (an id is
 * {@link ByteRules#isId(CharSequence)}, a division code {@link DivisionCode#isKnown}, a chamber's
 * credit code {@link CreditCode#check} of kind {@code CHAMBER} without an error finding); warnings
 * ({@code FEE_TIERS_TOO_MANY}) reject nothing and are not looked at. Anything else — another
 * class, a subclass, a value that fails a check — answers "not certain", and Bean Validation
 * decides and words the problem. {@code QuickBeanCheckTest} pins the constraints these classes
 * declare, so a constraint added to them fails the build until it is checked here too.
 */
public final class QuickBeanCheck {

    /** The classes Immutables generates for the three (package-private, final: no subclass of them). */
    private static final String FEDERATION = Federation.class.getPackageName() + ".ImmutableFederation";
    private static final String CHAMBER = Chamber.class.getPackageName() + ".ImmutableChamber";
    private static final String PARTY_ORGANIZATION = PartyOrganization.class.getPackageName()
            + ".ImmutablePartyOrganization";

    private QuickBeanCheck() {
    }

    /**
     * Tells whether a record certainly has no Bean Validation error.
     *
     * @param record  the record, not null
     * @return true when it certainly has none; false when Bean Validation must decide
     */
    public static boolean certainlyNoError(Object record) {
        String type = record.getClass().getName();
        if (type.equals(FEDERATION)) {
            Federation f = (Federation) record;
            return ByteRules.isId(f.getId()) && DivisionCode.isKnown(f.getDivision()) && isIdOrAbsent(f.getParent());
        }
        if (type.equals(CHAMBER)) {
            Chamber c = (Chamber) record;
            return ByteRules.isId(c.getId()) && ByteRules.isId(c.getFederation())
                    && isDivisionOrAbsent(c.getOriginRegion()) && isDivisionOrAbsent(c.getHostRegion())
                    && (c.getCreditCode().isEmpty() || noErrorIn(c.getCreditCode().get()));
        }
        if (type.equals(PARTY_ORGANIZATION)) {
            PartyOrganization p = (PartyOrganization) record;
            return ByteRules.isId(p.getId()) && ByteRules.isId(p.getHost());
        }
        return false;
    }

    /** A credit code with warnings only (such as an organisation code's check character) rejects nothing. */
    private static boolean noErrorIn(String creditCode) {
        for (CreditCodeFinding finding : CreditCode.check(creditCode, CreditCodeKind.CHAMBER)) {
            if (finding.isError()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIdOrAbsent(Optional<String> id) {
        return id.isEmpty() || ByteRules.isId(id.get());
    }

    private static boolean isDivisionOrAbsent(Optional<String> code) {
        return code.isEmpty() || DivisionCode.isKnown(code.get());
    }
}
