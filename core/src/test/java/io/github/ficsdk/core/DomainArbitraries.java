package io.github.ficsdk.core;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Ownership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Shared jqwik generators of every domain type (valid by construction). */
public final class DomainArbitraries {

    private DomainArbitraries() {}

    public static Arbitrary<String> ids() {
        Arbitrary<String> first = Arbitraries.strings().withCharRange('A', 'Z').withCharRange('0', '9').ofLength(1);
        Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9')
                .withChars('.', '_', ':', '-').ofMaxLength(12);
        return Combinators.combine(first, rest).as(String::concat);
    }

    /** Texts including Chinese, quotes, escapes and control characters. */
    public static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange('一', '龥').withCharRange(' ', '~').withChars('"', '\\', '\n', '\t')
                .ofMinLength(1).ofMaxLength(20).filter(s -> !s.isBlank())
                .flatMap(s -> Arbitraries.of(s, s + "\uD83D\uDE00"));
    }

    public static Arbitrary<String> divisions() {
        return Arbitraries.integers().between(110000, 659999).map(String::valueOf);
    }

    public static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20 * 366).map(d -> LocalDate.of(2005, 1, 1).plusDays(d));
    }

    public static Arbitrary<Yuan> yuan() {
        return Arbitraries.oneOf(Arbitraries.longs().between(0, 100_000_000_000L),
                Arbitraries.longs().between(0, Long.MAX_VALUE)).map(Yuan::ofFen);
    }

    public static Arbitrary<Extensions> extensions() {
        Arbitrary<Object> values = Arbitraries.oneOf(texts().map(s -> (Object) s),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3)
                        .map(d -> (Object) d),
                Arbitraries.longs().map(l -> (Object) BigDecimal.valueOf(l)));
        return Arbitraries.maps(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8), values).ofMaxSize(3)
                .map(Extensions::of);
    }

    public static Arbitrary<ActivityKind> activityKinds() {
        return Arbitraries.oneOf(Arbitraries.of(ActivityKind.standardKinds()),
                Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(10)
                        .map(s -> ActivityKind.parse("X_" + s)));
    }

    public static Arbitrary<Federation> federations() {
        return Builders.withBuilder(Federation::builder)
                .use(ids()).inSetter(Federation.Builder::id)
                .use(texts()).inSetter(Federation.Builder::name)
                .use(texts()).withProbability(0.5).inSetter(Federation.Builder::shortName)
                .use(Arbitraries.of(FederationLevel.class)).inSetter(Federation.Builder::level)
                .use(divisions()).inSetter(Federation.Builder::division)
                .use(ids().map(s -> "P" + s)).withProbability(0.5).inSetter(Federation.Builder::parent)
                .use(extensions()).withProbability(0.3).inSetter(Federation.Builder::extensions)
                .build(Federation.Builder::build);
    }

    public static Arbitrary<FeeTier> feeTiers() {
        return Combinators.combine(texts(), yuan()).as(FeeTier::of);
    }

    public static Arbitrary<Chamber> chambers() {
        return Builders.withBuilder(Chamber::builder)
                .use(ids()).inSetter(Chamber.Builder::id)
                .use(texts()).inSetter(Chamber.Builder::name)
                .use(texts()).withProbability(0.5).inSetter(Chamber.Builder::shortName)
                .use(Arbitraries.of(ChamberKind.class)).inSetter(Chamber.Builder::kind)
                .use(ids()).inSetter(Chamber.Builder::federation)
                .use(Arbitraries.strings().numeric().ofLength(18)).withProbability(0.3).inSetter(Chamber.Builder::creditCode)
                .use(Arbitraries.of(ChamberStatus.class)).withProbability(0.5).inSetter(Chamber.Builder::status)
                .use(dates()).withProbability(0.5).inSetter(Chamber.Builder::registeredOn)
                .use(divisions()).withProbability(0.3).inSetter(Chamber.Builder::originRegion)
                .use(divisions()).withProbability(0.3).inSetter(Chamber.Builder::hostRegion)
                .use(feeTiers().list().ofMaxSize(6)).inSetter(Chamber.Builder::feeTiers)
                .use(extensions()).withProbability(0.3).inSetter(Chamber.Builder::extensions)
                .build(Chamber.Builder::build);
    }

    public static Arbitrary<PartyOrganization> partyOrganizations() {
        return Builders.withBuilder(PartyOrganization::builder)
                .use(ids()).inSetter(PartyOrganization.Builder::id)
                .use(texts()).inSetter(PartyOrganization.Builder::name)
                .use(Arbitraries.of(PartyOrganizationKind.class)).inSetter(PartyOrganization.Builder::kind)
                .use(ids()).inSetter(PartyOrganization.Builder::host)
                .use(dates()).withProbability(0.5).inSetter(PartyOrganization.Builder::establishedOn)
                .use(Arbitraries.integers().between(0, 500)).withProbability(0.5).inSetter(PartyOrganization.Builder::memberCount)
                .use(extensions()).withProbability(0.3).inSetter(PartyOrganization.Builder::extensions)
                .build(PartyOrganization.Builder::build);
    }

    public static Arbitrary<Enterprise> enterprises() {
        return Builders.withBuilder(Enterprise::builder)
                .use(ids()).inSetter(Enterprise.Builder::id)
                .use(texts()).inSetter(Enterprise.Builder::name)
                .use(Arbitraries.strings().numeric().ofLength(18)).withProbability(0.3).inSetter(Enterprise.Builder::creditCode)
                .use(divisions()).withProbability(0.3).inSetter(Enterprise.Builder::division)
                .use(Arbitraries.of("C17", "C", "I65", "F51")).withProbability(0.3).inSetter(Enterprise.Builder::industry)
                .use(Arbitraries.of(Ownership.class)).withProbability(0.5).inSetter(Enterprise.Builder::ownership)
                .use(yuan()).withProbability(0.5).inSetter(Enterprise.Builder::revenueYuan)
                .use(Arbitraries.integers().between(1990, 2030)).withProbability(0.5).inSetter(Enterprise.Builder::revenueYear)
                .use(Arbitraries.integers().between(0, 1_000_000)).withProbability(0.5).inSetter(Enterprise.Builder::employees)
                .use(extensions()).withProbability(0.3).inSetter(Enterprise.Builder::extensions)
                .build(Enterprise.Builder::build);
    }

    public static Arbitrary<Person> persons() {
        return Builders.withBuilder(Person::builder)
                .use(ids()).inSetter(Person.Builder::id)
                .use(texts()).inSetter(Person.Builder::name)
                .use(Arbitraries.integers().between(1930, 2005)).withProbability(0.5).inSetter(Person.Builder::birthYear)
                .use(ids()).withProbability(0.5).inSetter(Person.Builder::enterprise)
                .use(Arbitraries.strings().numeric().ofLength(8).map(s -> "138" + s)).withProbability(0.5)
                        .inSetter(Person.Builder::mobile)
                .use(Arbitraries.of(Gender.class)).withProbability(0.5).inSetter(Person.Builder::gender)
                .use(extensions()).withProbability(0.3).inSetter(Person.Builder::extensions)
                .build(Person.Builder::build);
    }

    public static Arbitrary<Membership> memberships() {
        return Builders.withBuilder(Membership::builder)
                .use(ids()).inSetter(Membership.Builder::member)
                .use(ids()).inSetter(Membership.Builder::organization)
                .use(Arbitraries.of(Role.class)).inSetter(Membership.Builder::role)
                .use(texts()).withProbability(0.5).inSetter(Membership.Builder::feeTier)
                .use(dates()).withProbability(0.5).inSetter(Membership.Builder::since)
                .use(extensions()).withProbability(0.3).inSetter(Membership.Builder::extensions)
                .build(b -> {
                    Membership m = b.build();
                    return m.getSince().isPresent() ? Membership.builder().from(m)
                            .until(m.getSince().get().plusDays(m.getMember().length() * 100L)).build() : m;
                });
    }

    public static Arbitrary<ActivityTarget> activityTargets() {
        return Combinators.combine(Arbitraries.of(TargetType.class), ids()).as(ActivityTarget::of);
    }

    public static Arbitrary<Activity> activities() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 10)).flatAs((start, days) ->
                Builders.withBuilder(Activity::builder)
                        .use(ids()).inSetter(Activity.Builder::id)
                        .use(activityKinds()).inSetter(Activity.Builder::kind)
                        .use(Arbitraries.just(start)).inSetter(Activity.Builder::start)
                        .use(ids().list().ofMinSize(1).ofMaxSize(3)).inSetter(Activity.Builder::organizers)
                        .use(texts()).withProbability(0.5).inSetter(Activity.Builder::title)
                        .use(Arbitraries.just(start.plusDays(days))).withProbability(0.5).inSetter(Activity.Builder::end)
                        .use(divisions()).withProbability(0.3).inSetter(Activity.Builder::region)
                        .use(Arbitraries.integers().between(1, 50)).withProbability(0.5).inSetter(Activity.Builder::sessions)
                        .use(Arbitraries.longs().between(0, Long.MAX_VALUE)).withProbability(0.5)
                                .inSetter(Activity.Builder::participants)
                        .use(Arbitraries.longs().between(0, 100_000)).withProbability(0.5).inSetter(Activity.Builder::copies)
                        .use(yuan()).withProbability(0.5).inSetter(Activity.Builder::amountYuan)
                        .use(activityTargets().list().ofMaxSize(4)).inSetter(Activity.Builder::targets)
                        .use(texts().list().ofMaxSize(3)).inSetter(Activity.Builder::tags)
                        .use(extensions()).withProbability(0.3).inSetter(Activity.Builder::extensions)
                        .build(Activity.Builder::build));
    }

    public static Arbitrary<ProposalSession> proposalSessions() {
        return Combinators.combine(Arbitraries.of(ProposalBody.class), divisions(),
                Arbitraries.integers().between(1, 15), Arbitraries.integers().between(1, 6)).as(ProposalSession::of);
    }

    public static Arbitrary<Proposal> proposals() {
        return Builders.withBuilder(Proposal::builder)
                .use(ids()).inSetter(Proposal.Builder::id)
                .use(proposalSessions()).inSetter(Proposal.Builder::session)
                .use(ids()).inSetter(Proposal.Builder::submitter)
                .use(Arbitraries.of(ProposalType.class)).inSetter(Proposal.Builder::type)
                .use(dates()).inSetter(Proposal.Builder::submittedOn)
                .use(texts()).withProbability(0.5).inSetter(Proposal.Builder::title)
                .use(Arbitraries.of(Recognition.class).list().ofMaxSize(2)).inSetter(Proposal.Builder::recognitions)
                .use(extensions()).withProbability(0.3).inSetter(Proposal.Builder::extensions)
                .build(Proposal.Builder::build);
    }

    public static Arbitrary<AnnualTarget> annualTargets() {
        return Builders.withBuilder(AnnualTarget::builder)
                .use(ids()).inSetter(AnnualTarget.Builder::organization)
                .use(Arbitraries.integers().between(2000, 2040)).inSetter(AnnualTarget.Builder::year)
                .use(Arbitraries.of("VISIT.TARGETS.CHAMBER", "FORUM.EVENTS", "PROPOSAL.SUBMITTED"))
                        .inSetter(AnnualTarget.Builder::indicator)
                .use(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e15")).ofScale(2))
                        .inSetter(AnnualTarget.Builder::value)
                .use(extensions()).withProbability(0.3).inSetter(AnnualTarget.Builder::extensions)
                .build(AnnualTarget.Builder::build);
    }
}
