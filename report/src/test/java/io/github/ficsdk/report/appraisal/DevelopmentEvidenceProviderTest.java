package io.github.ficsdk.report.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The development family (四好商会, 五优县级工商联) derived from the records, counted by hand. */
class DevelopmentEvidenceProviderTest {

    static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");

    static EvidenceSource source() {
        Federation county = Federation.builder().id("F2").name("县工商联").level(FederationLevel.COUNTY).division("330402")
                .extensions(Extensions.builder().put("townships", 5).build()).build();
        List<Chamber> chambers = List.of(
                Chamber.builder().id("T1").name("镇商会1").kind(ChamberKind.TOWNSHIP).federation("F2").build(),
                Chamber.builder().id("T2").name("镇商会2").kind(ChamberKind.TOWNSHIP).federation("F2")
                        .status(ChamberStatus.UNDER_RECTIFICATION).registeredOn(LocalDate.of(2017, 12, 31)).build(),
                Chamber.builder().id("T3").name("镇商会3（筹）").kind(ChamberKind.TOWNSHIP).federation("F2")
                        .status(ChamberStatus.PREPARING).build(),
                Chamber.builder().id("T4").name("镇商会4").kind(ChamberKind.TOWNSHIP).federation("F2")
                        .registeredOn(LocalDate.of(2018, 1, 2)).build(),
                Chamber.builder().id("I1").name("行业商会").kind(ChamberKind.INDUSTRY_CHAMBER).federation("F2").build());
        List<Enterprise> enterprises = List.of(
                enterprise("E1", "330402", "20000000"),   // 规上, member of T1
                enterprise("E2", "330402", "19999999.99"), // below the threshold
                enterprise("E3", "330402", "90000000"),   // 规上, not a member
                enterprise("E4", "330411", "90000000"));  // another county
        List<Membership> memberships = List.of(
                member("E1", "T1", null, null),
                member("E2", "F2", LocalDate.of(2017, 3, 1), null),      // joined in 2017
                member("E3", "F2", null, LocalDate.of(2016, 12, 31)),    // left before 2017
                member("E5", "F2", null, null));                         // member all along
        List<Activity> activities = List.of(
                Activity.builder().id("A1").kind(ActivityKind.FORUM).start(LocalDate.of(2017, 5, 1))
                        .addOrganizers("T1", "T1", "F2").sessions(2).addTag("理想信念教育").build(),
                Activity.builder().id("A2").kind(ActivityKind.FORUM).start(LocalDate.of(2016, 5, 1))
                        .addOrganizers("T1").addTag("理想信念教育").build(),
                Activity.builder().id("A3").kind(ActivityKind.FORUM).start(LocalDate.of(2017, 5, 1))
                        .addOrganizers("T1").build());
        return EvidenceSource.builder().federations(List.of(county)).chambers(chambers).enterprises(enterprises)
                .memberships(memberships).activities(activities).build();
    }

    static Enterprise enterprise(String id, String division, String revenue) {
        return Enterprise.builder().id(id).name("企业" + id).division(division).revenueYuan(Yuan.parse(revenue)).build();
    }

    static Membership member(String member, String org, LocalDate since, LocalDate until) {
        Membership.Builder b = Membership.builder().member(member).organization(org).role(Role.MEMBER);
        if (since != null) {
            b.since(since);
        }
        if (until != null) {
            b.until(until);
        }
        return b.build();
    }

    @Test
    void derives_byHand() {
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        new DevelopmentEvidenceProvider().derive(source(), YEAR, Set.of("*"), b);
        EvidenceTable t = b.build();
        // T1 and T2 exist at 2017-12-31; T3 is being formed, T4 registered after the period
        assertEquals(new BigDecimal("2"), value(t, "F2", "chambers.township"));
        assertEquals(new BigDecimal("5"), value(t, "F2", "federation.townships"));
        // large in 330402: E1, E3; E1 is a member of T1 (in the subtree), E3 left
        assertEquals(new BigDecimal("2"), value(t, "F2", "enterprises.large"));
        assertEquals(new BigDecimal("1"), value(t, "F2", "enterprises.largeMembers"));
        // F2: at 2016-12-31 E3, E5; at 2017-12-31 E2, E5: growth 0
        assertEquals(new BigDecimal("0"), value(t, "F2", "members.growth"));
        assertEquals(new BigDecimal("0"), value(t, "T1", "members.growth"));
        // A1 (2 sessions, T1 listed twice counts once) for T1 and F2; A2 is of 2016, A3 untagged
        assertEquals(new BigDecimal("2"), value(t, "T1", "activities.idealsEducation"));
        assertEquals(new BigDecimal("2"), value(t, "F2", "activities.idealsEducation"));
        assertEquals(new BigDecimal("0"), value(t, "I1", "activities.idealsEducation"));
    }

    private static Object value(EvidenceTable t, String subject, String key) {
        return t.get(subject).orElseThrow().find(key).orElseThrow();
    }
}
