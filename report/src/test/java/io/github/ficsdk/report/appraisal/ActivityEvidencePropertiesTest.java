package io.github.ficsdk.report.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.EvidenceRecord;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The activity and proposal evidence of every subject equals what the public report engine reports
 * for a scope holding that subject alone (for {@code party.activities}: the subject and the party
 * organisations it hosts, which for a chamber is its subtree), values and the records behind them,
 * while the providers compute every subject in one pass.
 */
class ActivityEvidencePropertiesTest {

    static final List<Federation> FEDERATIONS = List.of(
            Federation.builder().id("F0").name("市").level(FederationLevel.CITY).division("330400").build(),
            Federation.builder().id("F1").name("县").level(FederationLevel.COUNTY).division("330421").parent("F0").build());
    static final List<Chamber> CHAMBERS = List.of(
            Chamber.builder().id("C0").name("甲").kind(ChamberKind.TOWNSHIP).federation("F0").build(),
            Chamber.builder().id("C1").name("乙").kind(ChamberKind.TOWNSHIP).federation("F1").build(),
            Chamber.builder().id("C2").name("丙").kind(ChamberKind.TOWNSHIP).federation("F1").build());
    static final List<PartyOrganization> PARTIES = List.of(party("P0", "C0"), party("P1", "C1"), party("P2", "F1"),
            party("P3", "C1"));
    static final String[] ORGANIZERS = {"F0", "F1", "C0", "C1", "C2", "P0", "P1", "P2", "P3", "X9"};
    static final List<String> KINDS = List.of("VISIT", "TRAINING", "PARTY_ACTIVITY", "X_TEST");

    static PartyOrganization party(String id, String host) {
        return PartyOrganization.builder().id(id).name("党支部" + id).kind(PartyOrganizationKind.BRANCH).host(host).build();
    }

    @Provide
    Arbitrary<List<Activity>> activities() {
        Arbitrary<Activity> one = Combinators.combine(Arbitraries.integers().between(1, 40), Arbitraries.of(KINDS),
                Arbitraries.integers().between(0, 1100), Arbitraries.of(ORGANIZERS).list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 4)).as((id, kind, day, organizers, sessions) -> {
                    Activity.Builder b = Activity.builder().id("A" + id).kind(ActivityKind.parse(kind))
                            .start(LocalDate.of(2015, 6, 1).plusDays(day)).organizers(organizers);
                    if (sessions > 0) {
                        b.sessions(sessions);
                    }
                    return b.build();
                });
        return one.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Proposal>> proposals() {
        Arbitrary<Proposal> one = Combinators.combine(Arbitraries.integers().between(1, 15), Arbitraries.of(ORGANIZERS),
                Arbitraries.integers().between(0, 1100)).as((id, submitter, day) ->
                        EvidenceFixtures.proposal("PR" + id, submitter, LocalDate.of(2015, 6, 1).plusDays(day).toString()));
        return one.list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return Arbitraries.of("2017", "2016", "2017-H1", "2016-Q3", "2017-03", "2016-07-15/2017-02-10")
                .map(ReportingPeriod::parse);
    }

    @Property(tries = 60)
    void derive_equalsTheReportEngineForEachSubject(@ForAll("activities") List<Activity> activities,
            @ForAll("proposals") List<Proposal> proposals, @ForAll("periods") ReportingPeriod period) {
        EvidenceSource source = EvidenceSource.builder().federations(FEDERATIONS).chambers(CHAMBERS)
                .partyOrganizations(PARTIES).activities(activities).proposals(proposals).build();
        EvidenceTable.Builder sink = EvidenceTable.builder(period);
        // every standard key, and the team kind of the activities
        new ActivityEvidenceProvider().derive(source, period, Set.of("*", "activities.X_TEST"), sink);
        new ProposalEvidenceProvider().derive(source, period, Set.of("*"), sink);
        EvidenceTable t = sink.build();

        // what the engine counts: each id once, by its first occurrence
        List<Activity> firstActivities = firstOccurrences(activities, Activity::getId);
        List<Proposal> firstProposals = firstOccurrences(proposals, Proposal::getId);
        ReportingPeriod twoYears = ReportingPeriod.parse(period.getEnd().minusYears(2).plusDays(1) + "/" + period.getEnd());
        List<String> indicators = new ArrayList<>();
        KINDS.forEach(k -> indicators.add(k + ".EVENTS"));
        indicators.add("ALL.EVENTS");
        indicators.add("PROPOSAL.SUBMITTED");
        for (String subject : List.of("F0", "F1", "C0", "C1", "C2", "P0", "P1", "P2", "P3")) {
            EvidenceRecord r = t.get(subject).orElseThrow();
            ReportEngine.Organizations alone = organizations(subject, false);
            Report report = run(period, subject, indicators, alone, firstActivities, firstProposals);
            for (String kind : KINDS) {
                check(r, "activities." + kind, report, kind + ".EVENTS");
            }
            check(r, "activities.total", report, "ALL.EVENTS");
            check(r, "proposals.submitted", report, "PROPOSAL.SUBMITTED");
            check(r, "activities.lastTwoYears",
                    run(twoYears, subject, List.of("ALL.EVENTS"), alone, firstActivities, List.of()), "ALL.EVENTS");
            check(r, "party.activities", run(period, subject, List.of("PARTY_ACTIVITY.EVENTS"),
                    organizations(subject, true), firstActivities, List.of()), "PARTY_ACTIVITY.EVENTS");
        }
    }

    /** The subject alone, or with the party organisations it hosts: the scope's subtree is exactly that. */
    static ReportEngine.Organizations organizations(String subject, boolean withHosted) {
        List<Federation> federations = FEDERATIONS.stream().filter(f -> f.getId().equals(subject)).toList();
        List<Chamber> chambers = CHAMBERS.stream().filter(c -> c.getId().equals(subject)).toList();
        List<PartyOrganization> parties = PARTIES.stream()
                .filter(p -> p.getId().equals(subject) || withHosted && p.getHost().equals(subject)).toList();
        return ReportEngine.Organizations.of(federations, chambers, parties, List.of());
    }

    static Report run(ReportingPeriod period, String scope, List<String> indicators, ReportEngine.Organizations orgs,
            List<Activity> activities, List<Proposal> proposals) {
        ReportQuery query = ReportQuery.builder().period(period).scope(scope).indicators(indicators).trackSources(true)
                .threads(1).build();
        return ReportEngine.standard().run(query, orgs, activities, proposals);
    }

    static void check(EvidenceRecord r, String key, Report report, String indicator) {
        ReportValue v = report.total(indicator).orElseThrow();
        assertEquals(0, v.getValue().compareTo((BigDecimal) r.find(key).orElseThrow()), r.getSubject() + " " + key);
        assertEquals(v.getSources(), r.getSources(key).stream().sorted().toList(), r.getSubject() + " " + key);
    }

    static <T> List<T> firstOccurrences(List<T> records, java.util.function.Function<T, String> id) {
        Set<String> seen = new HashSet<>();
        return records.stream().filter(x -> seen.add(id.apply(x))).toList();
    }
}
