package io.github.ficsdk.core.appraisal.bench;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Appraisal benchmark (not run by {@code mvn verify}): N chambers (default 100,000) under 100 county
 * federations, with 3 activities, 10 memberships each, a party branch for every third and a proposal
 * for every second, in memory; a 20-rule scheme (FOUR_GOOD_CHAMBER plus a 6-rule dimension); times
 * evidence derivation plus appraisal of every chamber plus the summary, single-threaded.
 * The activity and proposal counts come from fic-report's evidence providers, found by ServiceLoader on the
 * class path the script builds. Usage: {@code core/scripts/bench-appraisal.sh [chambers] [rounds]}.
 */
public final class AppraisalBenchmark {

    private AppraisalBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Random random = new Random(42);
        List<Federation> feds = new ArrayList<>();
        feds.add(Federation.builder().id("F330400").name("市工商联").level(FederationLevel.CITY).division("330400").build());
        for (int f = 0; f < 100; f++) {
            feds.add(Federation.builder().id("F" + f).name("县工商联" + f).level(FederationLevel.COUNTY).division("330421")
                    .parent("F330400").build());
        }
        List<Chamber> chambers = new ArrayList<>(n);
        List<PartyOrganization> parties = new ArrayList<>();
        List<Activity> activities = new ArrayList<>(3 * n);
        List<Membership> memberships = new ArrayList<>(10 * n);
        List<Proposal> proposals = new ArrayList<>();
        List<ActivityKind> kinds = ActivityKind.standardKinds();
        Role[] roles = Role.values();
        ProposalSession session = ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1);
        for (int i = 0; i < n; i++) {
            String id = "C" + i;
            Chamber.Builder c = Chamber.builder().id(id).name("商会" + i).kind(ChamberKind.INDUSTRY_CHAMBER)
                    .federation("F" + (i % 100)).registeredOn(LocalDate.of(2010 + random.nextInt(8), 1 + random.nextInt(12), 1));
            for (int t = random.nextInt(6); t > 0; t--) {
                c.addFeeTier(FeeTier.of("档" + t, Yuan.ofYuan(1000L * (1 + random.nextInt(80)))));
            }
            chambers.add(c.build());
            if (i % 3 == 0) {
                parties.add(PartyOrganization.builder().id("P" + i).name("党支部" + i).kind(PartyOrganizationKind.BRANCH)
                        .host(id).build());
            }
            for (int a = 0; a < 3; a++) {
                Activity.Builder ab = Activity.builder().id("A" + i + "_" + a).kind(kinds.get(random.nextInt(kinds.size())))
                        .start(LocalDate.of(2016 + random.nextInt(2), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                        .sessions(1 + random.nextInt(4)).addOrganizer(i % 3 == 0 && a == 0 ? "P" + i : id);
                if (random.nextInt(10) == 0) {
                    ab.addOrganizer("C" + random.nextInt(n));
                }
                activities.add(ab.build());
            }
            for (int m = 0; m < 10; m++) {
                memberships.add(Membership.builder().member("E" + i + "_" + m).organization(id)
                        .role(roles[m < 3 ? m : roles.length - 1]).build());
            }
            if (i % 2 == 0) {
                proposals.add(Proposal.builder().id("PR" + i).session(session).submitter(id).type(ProposalType.MEMBER)
                        .submittedOn(LocalDate.of(2017, 1 + random.nextInt(12), 10)).build());
            }
        }
        EvidenceSource source = EvidenceSource.builder().federations(feds).chambers(chambers).partyOrganizations(parties)
                .activities(activities).memberships(memberships).proposals(proposals).build();
        Scheme four = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        Dimension extra = Dimension.builder().code("EXTRA").name("附加").maxPoints(new BigDecimal("20"))
                .addRules(RuleSpec.builder().rule("linear").putParameter("evidence", "activities.VISIT")
                                .putParameter("pointsPerUnit", BigDecimal.ONE).putParameter("maxPoints", BigDecimal.TEN).build(),
                        RuleSpec.builder().rule("threshold").putParameter("evidence", "activities.FORUM")
                                .putParameter("atLeast", BigDecimal.ONE).putParameter("points", new BigDecimal("3")).build(),
                        RuleSpec.builder().rule("threshold").putParameter("evidence", "members.DIRECTOR")
                                .putParameter("tiers", List.of(java.util.Map.of("atLeast", BigDecimal.ONE, "points", BigDecimal.ONE),
                                        java.util.Map.of("atLeast", new BigDecimal("3"), "points", new BigDecimal("2"))))
                                .build(),
                        RuleSpec.builder().rule("ratio").putParameter("evidence", "activities.total")
                                .putParameter("per", "members.total").putParameter("atLeast", new BigDecimal("0.5"))
                                .putParameter("points", new BigDecimal("5")).build(),
                        RuleSpec.builder().rule("linear").putParameter("evidence", "activities.TRAINING")
                                .putParameter("pointsPerUnit", new BigDecimal("0.5")).putParameter("maxPoints", BigDecimal.TEN)
                                .build(),
                        RuleSpec.builder().rule("threshold").putParameter("evidence", "activities.lastTwoYears")
                                .putParameter("atMost", BigDecimal.ZERO).putParameter("points", BigDecimal.ONE).build())
                .build();
        Scheme scheme = Scheme.builder().from(four).id("BENCH_20").totalPoints(Optional.empty()).addDimensions(extra).build();
        int ruleCount = scheme.getEligibility().size() + scheme.getVetoes().size()
                + scheme.getBonus().map(b -> b.getRules().size()).orElse(0)
                + scheme.getDimensions().stream().mapToInt(d -> d.getRules().size()).sum();
        System.out.printf("chambers %,d, activities %,d, memberships %,d, party organisations %,d, proposals %,d, rules %d%n",
                n, activities.size(), memberships.size(), parties.size(), proposals.size(), ruleCount);
        Appraiser appraiser = Appraiser.standard();
        ReportingPeriod year = ReportingPeriod.parse("2017");
        List<String> ids = chambers.stream().map(Chamber::getId).toList();
        for (int r = 1; r <= rounds; r++) {
            System.gc(); // each round starts from the same heap: the previous round's results are garbage
            long t0 = System.nanoTime();
            AppraisalBatch batch = appraiser.appraiseAll(scheme, year, source, EvidenceTable.empty(ReportingPeriod.parse("2017")));
            long t1 = System.nanoTime();
            String grades = batch.getSummary().getSchemes().get(0).getGrades().toString();
            int results = batch.getResults().size();
            batch = null;
            System.gc();
            long t2 = System.nanoTime();
            EvidenceTable derived = appraiser.derive(scheme, year, source);
            long t3 = System.nanoTime();
            int appraised = appraiser.appraiseAll(scheme, year, ids, derived).size();
            long t4 = System.nanoTime();
            System.out.printf("round %d: derive + appraise + summary %,d ms (%,d results; %s)%n", r, (t1 - t0) / 1_000_000,
                    results, grades);
            System.out.printf("         split: derive %,d ms, appraise %,d ms (%,d results)%n", (t3 - t2) / 1_000_000,
                    (t4 - t3) / 1_000_000, appraised);
        }
    }
}
