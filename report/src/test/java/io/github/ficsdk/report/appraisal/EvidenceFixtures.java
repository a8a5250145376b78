package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of the evidence tests (those of fic-core's {@code EvidenceDerivationTest}): the city
 * F330400 and the county F330421; chambers C1, C2 under the county and C3 under the city; party
 * branches P1 (hosted by C1) and P2 (by C2, established in 2018); activities of 2015–2017.
 */
final class EvidenceFixtures {

    static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");

    static final List<Federation> FEDERATIONS = List.of(
            Federation.builder().id("F330400").name("嘉兴市工商联").level(FederationLevel.CITY).division("330400").build(),
            Federation.builder().id("F330421").name("嘉善县工商联").level(FederationLevel.COUNTY).division("330421")
                    .parent("F330400").build());
    static final List<Chamber> CHAMBERS = List.of(
            Chamber.builder().id("C1").name("一商会").kind(ChamberKind.INDUSTRY_CHAMBER).federation("F330421")
                    .registeredOn(LocalDate.of(2015, 3, 1))
                    .addFeeTiers(FeeTier.of("会长", Yuan.ofYuan(60000)), FeeTier.of("副会长", Yuan.ofYuan(30000)),
                            FeeTier.of("常务理事", Yuan.ofYuan(10000)), FeeTier.of("理事", Yuan.ofYuan(5000)),
                            FeeTier.of("会员", Yuan.ofYuan(1000)))
                    .build(),
            Chamber.builder().id("C2").name("二商会").kind(ChamberKind.OUT_OF_TOWN).federation("F330421")
                    .registeredOn(LocalDate.of(2017, 6, 1)).build(),
            Chamber.builder().id("C3").name("三商会").kind(ChamberKind.TOWNSHIP).federation("F330400").build());
    static final List<PartyOrganization> PARTIES = List.of(
            PartyOrganization.builder().id("P1").name("一商会党支部").kind(PartyOrganizationKind.BRANCH).host("C1")
                    .establishedOn(LocalDate.of(2016, 1, 1)).build(),
            PartyOrganization.builder().id("P2").name("二商会党支部").kind(PartyOrganizationKind.BRANCH).host("C2")
                    .establishedOn(LocalDate.of(2018, 1, 1)).build());
    static final List<Activity> ACTIVITIES = List.of(
            activity("A1", ActivityKind.PARTY_ACTIVITY, "2017-03-01", 2, "P1"),
            activity("A2", ActivityKind.PARTY_ACTIVITY, "2017-04-01", 1, "C1", "P1"),
            activity("A3", ActivityKind.TRAINING, "2017-05-01", 3, "C1", "C2"),
            activity("A5", ActivityKind.MEETING, "2016-02-01", 1, "C1"),
            activity("A6", ActivityKind.MEETING, "2015-06-01", 1, "C1"));
    static final List<Membership> MEMBERSHIPS = List.of(
            Membership.builder().member("E1").organization("C1").role(Role.MEMBER).build(),
            Membership.builder().member("E2").organization("C1").role(Role.VICE_PRESIDENT).build(),
            Membership.builder().member("E3").organization("C1").role(Role.MEMBER).until(LocalDate.of(2017, 6, 30)).build(),
            Membership.builder().member("E4").organization("C2").role(Role.PRESIDENT).since(LocalDate.of(2018, 1, 1)).build());
    static final List<Proposal> PROPOSALS = List.of(proposal("PR1", "C1", "2017-02-20"), proposal("PR2", "C1", "2016-02-20"));

    private EvidenceFixtures() {}

    static Activity activity(String id, ActivityKind kind, String start, int sessions, String... organizers) {
        return Activity.builder().id(id).kind(kind).start(LocalDate.parse(start)).sessions(sessions)
                .addOrganizers(organizers).build();
    }

    static Proposal proposal(String id, String submitter, String on) {
        return Proposal.builder().id(id).session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1))
                .submitter(submitter).type(ProposalType.GROUP).submittedOn(LocalDate.parse(on)).build();
    }

    static EvidenceSource source() {
        return EvidenceSource.builder().federations(FEDERATIONS).chambers(CHAMBERS).partyOrganizations(PARTIES)
                .activities(ACTIVITIES).memberships(MEMBERSHIPS).proposals(PROPOSALS).build();
    }
}
