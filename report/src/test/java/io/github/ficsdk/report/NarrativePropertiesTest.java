package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The narrative of any scope of a generated dataset, for H1 and the year, with or without
 * comparisons: no 0 figure, no number with more than two decimals, no approximation its exact
 * figure contradicts, the subject once in each section ({@link NarrativeChecks}).
 */
class NarrativePropertiesTest {

    static final String[] KINDS = {"VISIT", "FORUM", "TRAINING", "SECONDMENT", "PUBLICITY", "CHARITY",
        "FINANCING_MATCHMAKING", "LEGAL_EDUCATION", "LEGAL_CHECKUP", "RIGHTS_PROTECTION", "TRADE_EVENT", "RESEARCH",
        "COMPREHENSIVE_EVALUATION", "INVESTIGATION", "NOMINATION", "EXCHANGE", "SERVICE_ALLIANCE_DUTY", "MEETING",
        "COMMENDATION"};
    static final String[][] COUNTIES = {{"F2", "甲县工商业联合会", "330421"}, {"F3", "乙市工商业联合会", "330481"},
        {"F4", "丙区工商业联合会", "330402"}};

    /** A generated dataset: organisations, activities, proposals. */
    record Data(ReportEngine.Organizations organizations, List<Activity> activities, List<Proposal> proposals,
            List<String> scopes) {}

    static Data generate(long seed) {
        Random rnd = new Random(seed);
        List<Federation> federations = new ArrayList<>();
        Federation.Builder city = Federation.builder().id("F1").name("某市工商业联合会（总商会）")
                .level(FederationLevel.CITY).division("330400");
        if (rnd.nextBoolean()) {
            city.shortName("某市工商联");
        }
        federations.add(city.build());
        List<String> orgs = new ArrayList<>(List.of("F1"));
        List<String> scopes = new ArrayList<>(List.of("F1"));
        List<Chamber> chambers = new ArrayList<>();
        List<PartyOrganization> parties = new ArrayList<>();
        for (String[] c : COUNTIES) {
            Federation.Builder b = Federation.builder().id(c[0]).name(c[1]).level(FederationLevel.COUNTY)
                    .division(c[2]).parent("F1");
            if (rnd.nextBoolean()) {
                b.shortName(c[1].substring(0, 2) + "工商联");
            }
            federations.add(b.build());
            orgs.add(c[0]);
            scopes.add(c[0]);
        }
        int serial = 0;
        for (String fed : List.of("F1", "F2", "F3", "F4")) {
            for (int i = rnd.nextInt(4); i > 0; i--) {
                String id = "C" + ++serial;
                Chamber.Builder b = Chamber.builder().id(id).name("某某商会" + (char) ('甲' + serial))
                        .kind(ChamberKind.INDUSTRY_CHAMBER).federation(fed)
                        .status(ChamberStatus.values()[rnd.nextInt(ChamberStatus.values().length)]);
                if (rnd.nextInt(4) > 0) {
                    b.registeredOn(LocalDate.of(2015 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                }
                chambers.add(b.build());
                orgs.add(id);
                if (rnd.nextBoolean()) {
                    PartyOrganization.Builder p = PartyOrganization.builder().id("P" + serial).name("党支部")
                            .kind(PartyOrganizationKind.BRANCH).host(id);
                    if (rnd.nextBoolean()) {
                        p.establishedOn(LocalDate.of(2015 + rnd.nextInt(4), 1 + rnd.nextInt(12), 1));
                    }
                    parties.add(p.build());
                }
            }
        }
        List<Activity> activities = new ArrayList<>();
        int count = rnd.nextInt(80);
        for (int i = 0; i < count; i++) {
            String kind = KINDS[rnd.nextInt(KINDS.length)];
            Activity.Builder b = Activity.builder().id("A" + i).kind(ActivityKind.parse(kind))
                    .start(LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(731)))
                    .addOrganizers(orgs.get(rnd.nextInt(orgs.size())));
            if (rnd.nextInt(3) == 0) {
                b.addOrganizers(orgs.get(rnd.nextInt(orgs.size())));
            }
            if (rnd.nextBoolean()) {
                b.sessions(1 + rnd.nextInt(rnd.nextBoolean() ? 3 : 60));
            }
            if (rnd.nextBoolean()) {
                b.participants(rnd.nextInt(rnd.nextBoolean() ? 20 : 5000));
            }
            if (rnd.nextBoolean()) {
                // amounts of every size: fen, yuan, 万元, 亿元
                long fen = (long) Math.floor(Math.pow(10, rnd.nextDouble() * 12)) + rnd.nextInt(100);
                b.amountYuan(Yuan.ofFen(fen));
            }
            if (rnd.nextInt(4) == 0) {
                b.copies(rnd.nextInt(2000));
            }
            for (int t = rnd.nextInt(4); t > 0; t--) {
                TargetType type = TargetType.values()[rnd.nextInt(3)];
                b.addTargets(ActivityTarget.of(type, type.name().charAt(0) + "" + rnd.nextInt(30)));
            }
            activities.add(b.build());
        }
        List<Proposal> proposals = new ArrayList<>();
        for (int i = rnd.nextInt(20); i > 0; i--) {
            Proposal.Builder b = Proposal.builder().id("R" + i)
                    .session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1))
                    .submitter(orgs.get(rnd.nextInt(orgs.size())))
                    .type(rnd.nextBoolean() ? ProposalType.GROUP : ProposalType.MEMBER)
                    .submittedOn(LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(731)));
            for (Recognition r : Recognition.values()) {
                if (rnd.nextInt(3) == 0) {
                    b.addRecognitions(r);
                }
            }
            proposals.add(b.build());
        }
        List<AnnualTarget> targets = new ArrayList<>();
        for (String code : IndicatorCatalog.standardCodes()) {
            if (rnd.nextInt(3) == 0) {
                String org = scopes.get(rnd.nextInt(scopes.size()));
                targets.add(AnnualTarget.builder().organization(org).year(2017).indicator(code)
                        .value(BigDecimal.valueOf(rnd.nextInt(3) == 0 ? 100_000_000L * (1 + rnd.nextInt(9))
                                : 1 + rnd.nextInt(500)))
                        .build());
            }
        }
        return new Data(ReportEngine.Organizations.of(federations, chambers, parties, targets), activities, proposals,
                scopes);
    }

    @Property(tries = 120)
    void narrative_ofEveryScope_statesOnlyWhatIsTrue(@ForAll long seed) {
        Data data = generate(seed);
        boolean compare = (seed & 1) == 0;
        for (String scope : data.scopes()) {
            for (String period : List.of("2017-H1", "2017")) {
                ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse(period)).scope(scope)
                        .compareWithLastYear(compare).compareWithTargets(compare).threads(1).build();
                Report report = ReportEngine.standard().run(query, data.organizations(), data.activities(),
                        data.proposals());
                Narrative.Text text = Narrative.standard().compose(report, IndicatorCatalog.standard());
                assertEquals(List.of(), NarrativeChecks.violations(report, IndicatorCatalog.standard(), text),
                        () -> scope + " " + period + ":\n" + text);
            }
        }
    }
}
