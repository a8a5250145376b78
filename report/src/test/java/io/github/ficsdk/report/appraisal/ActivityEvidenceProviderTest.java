package io.github.ficsdk.report.appraisal;

import static io.github.ficsdk.report.appraisal.EvidenceFixtures.YEAR;
import static io.github.ficsdk.report.appraisal.EvidenceFixtures.activity;
import static io.github.ficsdk.report.appraisal.EvidenceFixtures.proposal;
import static io.github.ficsdk.report.appraisal.EvidenceFixtures.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.AppraisalSummary;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity and proposal evidence of fic-report, found by ServiceLoader. */
class ActivityEvidenceProviderTest {

    /** Every provider the appraiser uses: fic-core's standard one and those this module lists for ServiceLoader. */
    static EvidenceTable deriveAll(EvidenceSource source, ReportingPeriod period) {
        EvidenceTable.Builder b = EvidenceTable.builder(period);
        List<EvidenceProvider> providers = new ArrayList<>(List.of(EvidenceProvider.standard()));
        providers.addAll(EvidenceProvider.discovered(ActivityEvidenceProvider.class.getClassLoader()));
        for (EvidenceProvider p : providers) {
            p.derive(source, period, Set.of("*"), b);
        }
        return b.build();
    }

    private static Object value(EvidenceTable t, String subject, String key) {
        return t.get(subject).orElseThrow().find(key).orElse(null);
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    void discovered_findsOneProviderPerFamily() {
        List<EvidenceProvider> found = EvidenceProvider.discovered(ActivityEvidenceProvider.class.getClassLoader());
        assertEquals(List.of(ActivityEvidenceProvider.class, ProposalEvidenceProvider.class,
                AnnualAssessmentEvidenceProvider.class, DevelopmentEvidenceProvider.class),
                found.stream().map(Object::getClass).toList());
        assertEquals(List.of("activities", "proposals", "annual-assessment", "development"),
                found.stream().map(EvidenceProvider::getId).toList());
        assertEquals(Map.of(), Appraiser.standard().getFailedProviders());
    }

    @Test
    void standard_derivesActivityEvidenceWhenFicReportIsOnTheClassPath() {
        Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        EvidenceTable derived = Appraiser.standard().derive(scheme, YEAR, source());
        assertEquals(n(4), value(derived, "C1", "activities.total"));
        assertEquals(List.of("A2", "A3"), derived.get("C1").orElseThrow().getSources("activities.total"));
        assertEquals(n(3), value(derived, "C1", "party.activities"));
        assertEquals(n(1), value(derived, "C1", "proposals.submitted"));
        assertEquals(n(2), value(derived, "C1", "members.total"));
        // and appraises with it, nothing given
        AppraisalBatch batch = Appraiser.standard().appraiseAll(scheme, YEAR, source(), EvidenceTable.empty(ReportingPeriod.parse("2017")));
        assertEquals(List.of("C1", "C2", "C3"), batch.getResults().stream().map(AppraisalResult::getSubject).toList());
        assertEquals(n(3), batch.getResults().get(0).getEvidence().get("activities.TRAINING"));
    }

    @Test
    void derive_standardKeys() {
        EvidenceTable t = deriveAll(source(), YEAR);
        assertEquals(n(4), value(t, "C1", "activities.total"));
        assertEquals(n(5), value(t, "C1", "activities.lastTwoYears"));
        assertEquals(List.of("A2", "A3", "A5"), t.get("C1").orElseThrow().getSources("activities.lastTwoYears"));
        assertEquals(n(3), value(t, "C1", "activities.TRAINING"));
        assertEquals(n(1), value(t, "C1", "activities.PARTY_ACTIVITY"));
        assertEquals(n(0), value(t, "C1", "activities.VISIT"));
        assertEquals(List.of(), t.get("C1").orElseThrow().getSources("activities.VISIT"));
        assertEquals(n(3), value(t, "C1", "party.activities"));
        assertEquals(List.of("A1", "A2"), t.get("C1").orElseThrow().getSources("party.activities"));
        assertEquals(true, value(t, "C1", "party.established"));
        assertEquals(List.of("P1"), t.get("C1").orElseThrow().getSources("party.established"));
        assertEquals(false, value(t, "C2", "party.established"));
        assertEquals(n(2), value(t, "C1", "members.total"));
        assertEquals(n(1), value(t, "C1", "members.VICE_PRESIDENT"));
        assertEquals(n(0), value(t, "C2", "members.PRESIDENT"));
        assertEquals(n(1), value(t, "C1", "proposals.submitted"));
        assertEquals(List.of("PR1"), t.get("C1").orElseThrow().getSources("proposals.submitted"));
        assertEquals(n(5), value(t, "C1", "feeTiers.count"));
        assertEquals(new BigDecimal("60000.00"), value(t, "C1", "feeTiers.maxFeeYuan"));
        assertEquals(n(2), value(t, "C1", "chamber.yearsRegistered"));
        assertEquals(n(0), value(t, "C2", "chamber.yearsRegistered"));
        assertEquals(null, value(t, "C3", "chamber.yearsRegistered"));
        assertEquals(n(3), value(t, "C2", "activities.total"));
        assertEquals("COUNTY", value(t, "F330421", "federation.level"));
        assertEquals(n(2), value(t, "F330421", "federation.chambers"));
        assertEquals(n(3), value(t, "P1", "activities.total"));
        // a federation counts what it organised itself, not its chambers' activities
        assertEquals(n(0), value(t, "F330421", "activities.total"));
    }

    @Test
    void derive_partyActivityCoOrganizedByThreePartyOrganizationsOfThreeChambers() {
        List<PartyOrganization> parties = List.of(
                PartyOrganization.builder().id("P1").name("一").kind(PartyOrganizationKind.BRANCH).host("C1").build(),
                PartyOrganization.builder().id("P2").name("二").kind(PartyOrganizationKind.BRANCH).host("C2").build(),
                PartyOrganization.builder().id("P3").name("三").kind(PartyOrganizationKind.BRANCH).host("C3").build());
        EvidenceSource source = EvidenceSource.builder().federations(EvidenceFixtures.FEDERATIONS)
                .chambers(EvidenceFixtures.CHAMBERS).partyOrganizations(parties)
                .activities(List.of(activity("A9", ActivityKind.PARTY_ACTIVITY, "2017-07-01", 2, "P1", "P2", "P3")))
                .memberships(List.of()).proposals(List.of()).build();
        EvidenceTable t = deriveAll(source, YEAR);
        for (String subject : List.of("C1", "C2", "C3", "P1", "P2", "P3")) {
            assertEquals(n(2), value(t, subject, "party.activities"), subject);
            assertEquals(List.of("A9"), t.get(subject).orElseThrow().getSources("party.activities"), subject);
        }
    }

    @Test
    void derive_anIdUsedAgainCountsOnceByItsFirstOccurrence() {
        EvidenceSource source = EvidenceSource.builder().federations(EvidenceFixtures.FEDERATIONS)
                .chambers(EvidenceFixtures.CHAMBERS).partyOrganizations(EvidenceFixtures.PARTIES)
                .activities(List.of(activity("A1", ActivityKind.TRAINING, "2017-03-01", 2, "C1"),
                        activity("A1", ActivityKind.TRAINING, "2017-04-01", 5, "C1", "C2"),
                        activity("A2", ActivityKind.VISIT, "2017-05-01", 1, "C1", "C1")))
                .proposals(List.of(proposal("PR1", "C1", "2017-02-20"), proposal("PR1", "C2", "2017-03-20")))
                .memberships(List.of()).build();
        EvidenceTable t = deriveAll(source, YEAR);
        assertEquals(n(2), value(t, "C1", "activities.TRAINING"));
        assertEquals(List.of("A1"), t.get("C1").orElseThrow().getSources("activities.TRAINING"));
        assertEquals(n(0), value(t, "C2", "activities.TRAINING"));
        // an organizer named twice: the activity counts once
        assertEquals(n(1), value(t, "C1", "activities.VISIT"));
        assertEquals(n(3), value(t, "C1", "activities.total"));
        assertEquals(List.of("A1", "A2"), t.get("C1").orElseThrow().getSources("activities.total"));
        assertEquals(n(1), value(t, "C1", "proposals.submitted"));
        assertEquals(n(0), value(t, "C2", "proposals.submitted"));
    }

    @Test
    void derive_teamKindsAndOnlyTheKeysWanted() {
        EvidenceSource source = EvidenceSource.builder().federations(EvidenceFixtures.FEDERATIONS)
                .chambers(EvidenceFixtures.CHAMBERS)
                .activities(List.of(activity("A1", ActivityKind.parse("X_MENTORING"), "2017-03-01", 4, "C3"))).build();
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        new ActivityEvidenceProvider().derive(source, YEAR, Set.of("activities.X_MENTORING", "members.total"), b);
        EvidenceTable t = b.build();
        assertEquals(n(4), value(t, "C3", "activities.X_MENTORING"));
        assertEquals(n(0), value(t, "C1", "activities.X_MENTORING"));
        assertEquals(Set.of("activities.X_MENTORING"), t.getKeys());
        assertTrue(new ActivityEvidenceProvider().derives("activities.X_MENTORING"));
        assertTrue(new ActivityEvidenceProvider().derives("activities.VISIT"));
        assertTrue(new ActivityEvidenceProvider().derives("party.activities"));
        assertTrue(!new ActivityEvidenceProvider().derives("activities.visit"));
        assertTrue(!new ActivityEvidenceProvider().derives("members.total"));
        assertTrue(new ProposalEvidenceProvider().derives("proposals.submitted"));
    }

    @Test
    void derive_nothingWhenNoKeyOfTheFamilyIsWanted() {
        EvidenceSource source = EvidenceSource.builder().federations(EvidenceFixtures.FEDERATIONS)
                .chambers(EvidenceFixtures.CHAMBERS)
                .activities(List.of(activity("A1", ActivityKind.VISIT, "2017-03-01", 1, "C1"))).build();
        List<EvidenceProvider> providers = List.of(new ActivityEvidenceProvider(), new ProposalEvidenceProvider(),
                new AnnualAssessmentEvidenceProvider(), new DevelopmentEvidenceProvider());
        for (EvidenceProvider p : providers) {
            EvidenceTable.Builder b = EvidenceTable.builder(YEAR);
            p.derive(source, YEAR, Set.of("members.total"), b);
            assertEquals(List.of(), b.build().getSubjects(), p.getId());
        }
        assertEquals(List.of("activities", "proposals", "annual-assessment", "development"),
                providers.stream().map(EvidenceProvider::getId).toList());
        // a key activities.X_… is counted (0 here) even when it is no team kind's code
        EvidenceTable.Builder b = EvidenceTable.builder(YEAR);
        new ActivityEvidenceProvider().derive(source, YEAR, Set.of("activities.X_"), b);
        assertEquals(n(0), value(b.build(), "C1", "activities.X_"));
        assertTrue(!new ActivityEvidenceProvider().derives("activities.X_"));
    }

    @Test
    void derive_fromDatasetFolderEqualsInMemory(@TempDir Path dir) {
        Dataset dataset = Dataset.of(dir);
        dataset.write(DatasetFile.FEDERATIONS, EvidenceFixtures.FEDERATIONS);
        dataset.write(DatasetFile.CHAMBERS, EvidenceFixtures.CHAMBERS);
        dataset.write(DatasetFile.PARTY_ORGANIZATIONS, EvidenceFixtures.PARTIES);
        dataset.write(DatasetFile.ACTIVITIES, EvidenceFixtures.ACTIVITIES);
        dataset.write(DatasetFile.MEMBERSHIPS, EvidenceFixtures.MEMBERSHIPS);
        dataset.write(DatasetFile.PROPOSALS, EvidenceFixtures.PROPOSALS);
        EvidenceTable fromFolder = deriveAll(EvidenceSource.of(dataset), YEAR);
        EvidenceTable inMemory = deriveAll(source(), YEAR);
        assertEquals(inMemory.getSubjects(), fromFolder.getSubjects());
        for (String s : inMemory.getSubjects()) {
            assertEquals(inMemory.get(s), fromFolder.get(s), s);
            for (String key : inMemory.get(s).orElseThrow().getValues().keySet()) {
                assertEquals(inMemory.get(s).orElseThrow().getSources(key), fromFolder.get(s).orElseThrow().getSources(key));
            }
        }
    }

    @Test
    void appraiseAll_datasetWithEvidenceFileAndSummary(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, """
                {"subject": "C1", "period": "2017", "values": {"compliance.seriousViolation": true, "awards.provincial": 1}}
                {"subject": "C1", "period": "2016", "values": {"compliance.seriousViolation": false}}
                {"subject": "C3", "period": "2017", "values": {"awards.provincial": 2}}
                """, StandardCharsets.UTF_8);
        EvidenceTable given = EvidenceTable.read(file, YEAR);
        assertEquals(List.of("evidence.jsonl:1"), given.get("C1").orElseThrow().getSources("awards.provincial"));
        Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        AppraisalBatch batch = Appraiser.standard().appraiseAll(scheme, YEAR, source(), given);
        List<AppraisalResult> results = batch.getResults();
        assertEquals(List.of("C1", "C2", "C3"), results.stream().map(AppraisalResult::getSubject).toList());
        AppraisalResult c1 = results.get(0);
        assertEquals("FAIL", c1.getGrade());
        assertEquals(List.of("严重违法违规"), c1.getVetoes());
        assertEquals(List.of("A1", "A2"), c1.getSources().get("party.activities"));
        assertEquals(AppraisalResult.NOT_ELIGIBLE, results.get(1).getGrade());
        assertEquals(List.of("登记成立不满一年"), results.get(1).getIneligibleReasons());
        assertTrue(results.get(2).isEligible());
        AppraisalSummary.SchemeSummary summary = batch.getSummary().getSchemes().get(0);
        assertEquals(3L, summary.getGrades().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(Map.of("FAIL", 1L, AppraisalResult.NOT_ELIGIBLE, 1L), summary.getBySubtree().get("F330421"));
        assertEquals(3L, summary.getBySubtree().get("F330400").values().stream().mapToLong(Long::longValue).sum());
        assertTrue(batch.getSummary().toJson().contains("\"bySubtree\""));
    }

    @Test
    void appraiseAll_keysTheReportProvidersDeriveAreKnownAndSuggested() {
        Scheme cleanup = SchemeCatalog.reference().get("CHAMBER_CLEANUP", "2017");
        ReportingPeriod year = ReportingPeriod.parse("2018");
        // activities.X_MENTORING: read by no reference scheme, derived by ActivityEvidenceProvider
        EvidenceTable shared = EvidenceTable.builder(ReportingPeriod.parse("2018")).put("C1", "activities.X_MENTORING", 2, List.of()).build();
        assertEquals(3, Appraiser.standard().appraiseAll(cleanup, year, source(), shared).getResults().size());
        EvidenceTable typo = EvidenceTable.builder(ReportingPeriod.parse("2018")).put("C1", "party.activites", 2, List.of()).build();
        AppraisalException e = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(cleanup, year, source(), typo));
        assertEquals("UNKNOWN_EVIDENCE_KEY", e.getProblemCode());
        assertTrue(e.getMessage().contains("did you mean party.activities?"), e.getMessage());
    }
}
