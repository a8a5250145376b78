package io.github.ficsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import io.github.ficsdk.validation.constraints.ValidMobileNumber;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.BeanDescriptor;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Bean Validation constraint declared on the domain types is actually seen by the validator
 * (a constraint on a non-JavaBean getter would be silently ignored). Checks metadata, so it does
 * not call the validators of fic-validation; core's own constraints are also made to fail.
 */
class BeanValidationGuardTest {

    private static final Validator VALIDATOR = FicValidator.english().unwrap();

    static Federation federation() {
        return Federation.builder().id("F330400").name("嘉兴市工商联").level(FederationLevel.CITY).division("330400").build();
    }

    static Chamber chamber() {
        return Chamber.builder().id("C1").name("温州商会").kind(ChamberKind.OUT_OF_TOWN).federation("F330400").build();
    }

    static Activity activity() {
        return Activity.builder().id("A1").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 14))
                .addOrganizer("F330400").build();
    }

    private static Set<Class<? extends Annotation>> constraintsOf(Object value, String property) {
        BeanDescriptor bean = VALIDATOR.getConstraintsForClass(value.getClass());
        PropertyDescriptor descriptor = bean.getConstraintsForProperty(property);
        Set<Class<? extends Annotation>> types = new HashSet<>();
        if (descriptor == null) {
            return types;
        }
        for (ConstraintDescriptor<?> c : descriptor.getConstraintDescriptors()) {
            types.add(c.getAnnotation().annotationType());
        }
        for (ContainerElementTypeDescriptor e : descriptor.getConstrainedContainerElementTypes()) {
            for (ConstraintDescriptor<?> c : e.getConstraintDescriptors()) {
                types.add(c.getAnnotation().annotationType());
            }
        }
        if (descriptor.isCascaded()) {
            types.add(jakarta.validation.Valid.class);
        }
        for (ContainerElementTypeDescriptor e : descriptor.getConstrainedContainerElementTypes()) {
            if (e.isCascaded()) {
                types.add(jakarta.validation.Valid.class);
            }
        }
        return types;
    }

    private static void assertConstrained(Object value, String property, Class<? extends Annotation> constraint) {
        Set<Class<? extends Annotation>> seen = constraintsOf(value, property);
        assertTrue(seen.contains(constraint), value.getClass().getSimpleName() + "." + property + " lacks "
                + constraint.getSimpleName() + ", has " + seen);
    }

    @Test
    void constraints_areSeenOnEveryConstrainedGetter() {
        assertConstrained(federation(), "id", Pattern.class);
        assertConstrained(federation(), "division", ValidDivisionCode.class);
        assertConstrained(federation(), "parent", Pattern.class);
        assertConstrained(chamber(), "id", Pattern.class);
        assertConstrained(chamber(), "federation", Pattern.class);
        assertConstrained(chamber(), "creditCode", ValidCreditCode.class);
        assertConstrained(chamber(), "originRegion", ValidDivisionCode.class);
        assertConstrained(chamber(), "hostRegion", ValidDivisionCode.class);
        assertConstrained(chamber(), "feeTiers", Size.class);
        PartyOrganization party = PartyOrganization.builder().id("P1").name("党支部").kind(PartyOrganizationKind.BRANCH)
                .host("C1").build();
        assertConstrained(party, "id", Pattern.class);
        assertConstrained(party, "host", Pattern.class);
        Enterprise enterprise = Enterprise.builder().id("E1").name("某公司").build();
        assertConstrained(enterprise, "id", Pattern.class);
        assertConstrained(enterprise, "creditCode", ValidCreditCode.class);
        assertConstrained(enterprise, "division", ValidDivisionCode.class);
        assertConstrained(enterprise, "industry", ValidIndustryCode.class);
        Person person = Person.builder().id("P1").name("张三").build();
        assertConstrained(person, "id", Pattern.class);
        assertConstrained(person, "enterprise", Pattern.class);
        assertConstrained(person, "mobile", ValidMobileNumber.class);
        Membership membership = Membership.builder().member("E1").organization("C1").role(Role.MEMBER).build();
        assertConstrained(membership, "member", Pattern.class);
        assertConstrained(membership, "organization", Pattern.class);
        assertConstrained(activity(), "id", Pattern.class);
        assertConstrained(activity(), "organizers", Pattern.class);
        assertConstrained(activity(), "region", ValidDivisionCode.class);
        assertConstrained(activity(), "targets", jakarta.validation.Valid.class);
        assertConstrained(ActivityTarget.of(TargetType.CHAMBER, "C1"), "id", Pattern.class);
        Proposal proposal = Proposal.builder().id("PR1").session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1))
                .submitter("F330400").type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 1)).build();
        assertConstrained(proposal, "id", Pattern.class);
        assertConstrained(proposal, "submitter", Pattern.class);
        assertConstrained(proposal, "session", jakarta.validation.Valid.class);
        assertConstrained(proposal.getSession(), "division", ValidDivisionCode.class);
        AnnualTarget target = AnnualTarget.builder().organization("F1").year(2017).indicator("FORUM.EVENTS")
                .value(BigDecimal.TEN).build();
        assertConstrained(target, "organization", Pattern.class);
        assertConstrained(target, "indicator", Pattern.class);
    }

    private static List<Problem> validateProperty(Object value, String property) {
        return FicValidator.toProblems(VALIDATOR.validateProperty(value, property));
    }

    @Test
    void validateProperty_idFormatFails() {
        PartyOrganization party = PartyOrganization.builder().id("-bad id").name("党支部")
                .kind(PartyOrganizationKind.BRANCH).host("C1").build();
        List<Problem> problems = validateProperty(party, "id");
        assertEquals(List.of("id ID_FORMAT ERROR"), problems.stream()
                .map(p -> p.getProblemPath() + " " + p.getProblemCode() + " " + p.getSeverity()).collect(Collectors.toList()));
    }

    @Test
    void validateProperty_organizerElementFormatFails() {
        Activity a = Activity.builder().from(activity()).addOrganizer("bad id").build();
        List<Problem> problems = validateProperty(a, "organizers");
        assertEquals(List.of("organizers[1] ID_FORMAT"), problems.stream()
                .map(p -> p.getProblemPath() + " " + p.getProblemCode()).collect(Collectors.toList()));
    }

    @Test
    void validateProperty_moreThanFourFeeTiersIsAWarning() {
        Chamber.Builder b = Chamber.builder().from(chamber());
        for (int i = 0; i < 5; i++) {
            b.addFeeTier(FeeTier.of("档次" + i, Yuan.ofYuan(1000L * i)));
        }
        List<Problem> problems = validateProperty(b.build(), "feeTiers");
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("FEE_TIERS_TOO_MANY", problems.get(0).getProblemCode());
        assertEquals(Severity.WARNING, problems.get(0).getSeverity());
        assertTrue(validateProperty(Chamber.builder().from(chamber()).addFeeTier(FeeTier.of("会员", Yuan.ZERO)).build(),
                "feeTiers").isEmpty());
    }

    @Test
    void validateProperty_indicatorFormatFails() {
        AnnualTarget target = AnnualTarget.builder().organization("F1").year(2017).indicator("forum events")
                .value(BigDecimal.ONE).build();
        assertEquals(List.of("INDICATOR_FORMAT"), validateProperty(target, "indicator").stream().map(Problem::getProblemCode)
                .collect(Collectors.toList()));
    }

    @Test
    void messages_comeFromTheCoreBundleInBothLanguages() {
        PartyOrganization party = PartyOrganization.builder().id("-").name("x").kind(PartyOrganizationKind.BRANCH)
                .host("C1").build();
        String zh = FicValidator.toProblems(FicValidator.chinese().unwrap().validateProperty(party, "id")).get(0).getMessage();
        String en = validateProperty(party, "id").get(0).getMessage();
        assertTrue(zh.contains("标识"), zh);
        assertTrue(en.contains("id of 1 to 64"), en);
    }
}
