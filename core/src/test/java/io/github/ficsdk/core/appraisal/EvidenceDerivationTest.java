package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetReadException;
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
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceDerivationTest {

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

    static EvidenceTable deriveAll(EvidenceSource source) {
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        EvidenceProvider.standard().derive(source, YEAR, Set.of("*"), b);
        return b.build();
    }

    private static Object value(EvidenceTable t, String subject, String key) {
        return t.get(subject).orElseThrow().find(key).orElse(null);
    }

    private static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    /**
     * The activity and proposal counts that FOUR_GOOD_CHAMBER reads, as fic-report derives them from
     * {@link #source()}, given as a user of fic-core alone gives them.
     */
    static EvidenceTable.Builder counted(String period) {
        return EvidenceTable.builder(period)
                .put("C1", "activities.total", 4, List.of("A2", "A3")).put("C1", "activities.TRAINING", 3, List.of("A3"))
                .put("C1", "activities.CHARITY", 0, List.of()).put("C1", "activities.FINANCING_MATCHMAKING", 0, List.of())
                .put("C1", "activities.MEETING", 0, List.of()).put("C1", "activities.idealsEducation", 0, List.of()).put("C1", "party.activities", 3, List.of("A1", "A2"))
                .put("C1", "proposals.submitted", 1, List.of("PR1"))
                .put("C2", "activities.total", 3, List.of("A3")).put("C2", "activities.TRAINING", 3, List.of("A3"))
                .put("C2", "activities.CHARITY", 0, List.of()).put("C2", "activities.FINANCING_MATCHMAKING", 0, List.of())
                .put("C2", "activities.MEETING", 0, List.of()).put("C2", "activities.idealsEducation", 0, List.of()).put("C2", "party.activities", 0, List.of())
                .put("C2", "proposals.submitted", 0, List.of())
                .put("C3", "activities.total", 0, List.of()).put("C3", "activities.TRAINING", 0, List.of())
                .put("C3", "activities.CHARITY", 0, List.of()).put("C3", "activities.FINANCING_MATCHMAKING", 0, List.of())
                .put("C3", "activities.MEETING", 0, List.of()).put("C3", "activities.idealsEducation", 0, List.of()).put("C3", "party.activities", 0, List.of())
                .put("C3", "proposals.submitted", 0, List.of());
    }

    @Test
    void derive_standardKeysOfCore() {
        EvidenceTable t = deriveAll(source());
        assertEquals(List.of("F330400", "F330421", "C1", "C2", "C3", "P1", "P2"), t.getSubjects());
        assertEquals(true, value(t, "C1", "party.established"));
        assertEquals(List.of("P1"), t.get("C1").orElseThrow().getSources("party.established"));
        assertEquals(false, value(t, "C2", "party.established"));
        assertEquals(n(2), value(t, "C1", "members.total"));
        assertEquals(List.of("E1", "E2"), t.get("C1").orElseThrow().getSources("members.total"));
        assertEquals(n(1), value(t, "C1", "members.VICE_PRESIDENT"));
        assertEquals(n(0), value(t, "C2", "members.PRESIDENT"));
        assertEquals(n(5), value(t, "C1", "feeTiers.count"));
        assertEquals(new BigDecimal("60000.00"), value(t, "C1", "feeTiers.maxFeeYuan"));
        assertEquals(n(2), value(t, "C1", "chamber.yearsRegistered"));
        assertEquals(n(0), value(t, "C2", "chamber.yearsRegistered"));
        assertEquals(null, value(t, "C3", "chamber.yearsRegistered"));
        assertEquals("ACTIVE", value(t, "C3", "chamber.status"));
        assertEquals("COUNTY", value(t, "F330421", "federation.level"));
        assertEquals(n(2), value(t, "F330421", "federation.chambers"));
        assertEquals(List.of("C1", "C2"), t.get("F330421").orElseThrow().getSources("federation.chambers"));
    }

    @Test
    void derive_coreCountsNoActivitiesNorProposals() {
        // fic-core alone: the activity and proposal counts are fic-report's (found by ServiceLoader there)
        EvidenceTable t = deriveAll(source());
        for (String subject : t.getSubjects()) {
            for (String key : t.get(subject).orElseThrow().getValues().keySet()) {
                assertFalse(key.startsWith("activities.") || key.equals("party.activities")
                        || key.startsWith("proposals."), subject + " " + key);
            }
        }
        assertFalse(EvidenceProvider.standard().derives("activities.total"));
        assertFalse(EvidenceProvider.standard().derives("party.activities"));
        assertFalse(EvidenceProvider.standard().derives("proposals.submitted"));
        assertTrue(EvidenceProvider.standard().derives("members.total"));
    }

    @Test
    void appraiseAll_withCoreAloneActivityEvidenceMustBeGiven() throws Exception {
        Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        // a class path without fic-report: ServiceLoader finds no evidence provider
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertEquals(List.of(), EvidenceProvider.discovered(empty));
        }
        Appraiser coreAlone = Appraiser.builder().clearProviders().addProvider(EvidenceProvider.standard()).build();
        AppraisalException e = assertThrows(AppraisalException.class,
                () -> coreAlone.appraiseAll(scheme, YEAR, source(), EvidenceTable.empty(ReportingPeriod.parse("2017"))));
        assertEquals("MISSING_EVIDENCE", e.getProblemCode());
        assertEquals("C1", e.getSubject());
        assertEquals("linear", e.getRule());
        assertEquals("party.activities", e.getEvidenceKey().orElseThrow());
        assertTrue(e.getMessage().startsWith("C1: rule linear in dimensions[POLITICAL_GUIDANCE] needs evidence "
                + "party.activities, which is missing"), e.getMessage());
        // the same with this module's class path, which lists an evidence provider that fails to load
        AppraisalException named = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(scheme, YEAR, source(), EvidenceTable.empty(ReportingPeriod.parse("2017"))));
        assertEquals("MISSING_EVIDENCE", named.getProblemCode());
        assertTrue(named.getMessage().contains(BrokenPlugins.BrokenProvider.class.getName()), named.getMessage());

        // given, the counts are used as they are
        AppraisalBatch batch = coreAlone.appraiseAll(scheme, YEAR, source(), counted("2017").build());
        AppraisalResult c1 = batch.getResults().get(0);
        assertEquals(n(3), c1.getEvidence().get("party.activities"));
        assertEquals(List.of("A1", "A2"), c1.getSources().get("party.activities"));
        assertEquals(n(2), c1.getEvidence().get("members.total"));
    }

    @Test
    void read_aPeriodWrittenAsItsDaysIsThePeriod(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {\"a\": 1}}\n"
                + "{\"subject\": \"C3\", \"period\": \"2017-01-01/2017-12-31\", \"values\": {\"a\": 2}}\n"
                + "{\"subject\": \"C2\", \"period\": \"2017-H1\", \"values\": {\"a\": 3}}\n", StandardCharsets.UTF_8);
        assertEquals(List.of("C1", "C3"), EvidenceTable.read(file, YEAR).getSubjects());
        assertEquals(List.of("C1", "C3"),
                EvidenceTable.read(file, ReportingPeriod.parse("2017-01-01/2017-12-31")).getSubjects());
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017-H3\", \"values\": {}}\n", StandardCharsets.UTF_8);
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR));
        assertEquals("INVALID_PERIOD", e.getProblem().getProblemCode());
    }

    @Test
    void appraiseAll_givenEvidenceOfAnotherPeriodOrAnUnknownSubjectIsAnError() {
        Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        EvidenceTable typo = EvidenceTable.builder(ReportingPeriod.parse("2017")).put("C9", "compliance.seriousViolation", true, List.of()).build();
        AppraisalException unknown = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(scheme, YEAR, source(), typo));
        assertEquals("UNKNOWN_SUBJECT", unknown.getProblemCode());
        assertEquals("C9", unknown.getSubject());
        EvidenceTable lastYear = EvidenceTable.builder(ReportingPeriod.parse("2016")).put("C1", "awards.provincial", 1, List.of()).build();
        assertThrows(IllegalArgumentException.class, () -> Appraiser.standard().appraiseAll(scheme, YEAR, source(), lastYear));
        // the same days, written otherwise, are the same period
        EvidenceTable days = counted("2017-01-01/2017-12-31").put("C1", "awards.provincial", 1, List.of()).build();
        assertEquals(3, Appraiser.standard().appraiseAll(scheme, YEAR, source(), days).getResults().size());
    }

    @Test
    void derive_aChamberBeingFormedHasZeroYearsRegistered() {
        List<Chamber> chambers = List.of(Chamber.builder().id("C8").name("筹备中的商会").kind(ChamberKind.TOWNSHIP)
                .federation("F330421").status(io.github.ficsdk.core.org.ChamberStatus.PREPARING).build());
        EvidenceSource source = EvidenceSource.builder().federations(FEDERATIONS).chambers(chambers)
                .partyOrganizations(List.of()).activities(List.of()).memberships(List.of()).proposals(List.of()).build();
        assertEquals(n(0), value(deriveAll(source), "C8", "chamber.yearsRegistered"));
    }

    @Test
    void derive_aFailingProviderIsNamed() {
        EvidenceProvider broken = new EvidenceProvider() {
            @Override
            public String getId() {
                return "x-broken";
            }

            @Override
            public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
                throw new IllegalStateException("no database");
            }
        };
        Appraiser appraiser = Appraiser.builder().addProvider(broken).build();
        Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        AppraisalException e = assertThrows(AppraisalException.class, () -> appraiser.derive(scheme, YEAR, source()));
        assertEquals("PROVIDER_FAILED", e.getProblemCode());
        assertEquals("x-broken", e.getRule());
        assertTrue(e.getMessage().contains("no database"), e.getMessage());
    }

    @Test
    void derive_fromDatasetFolderEqualsInMemory(@TempDir Path dir) {
        Dataset dataset = Dataset.of(dir);
        dataset.write(DatasetFile.FEDERATIONS, FEDERATIONS);
        dataset.write(DatasetFile.CHAMBERS, CHAMBERS);
        dataset.write(DatasetFile.PARTY_ORGANIZATIONS, PARTIES);
        dataset.write(DatasetFile.ACTIVITIES, ACTIVITIES);
        dataset.write(DatasetFile.MEMBERSHIPS, MEMBERSHIPS);
        dataset.write(DatasetFile.PROPOSALS, PROPOSALS);
        EvidenceTable fromFolder = deriveAll(EvidenceSource.of(dataset));
        EvidenceTable inMemory = deriveAll(source());
        for (String s : inMemory.getSubjects()) {
            assertEquals(inMemory.get(s), fromFolder.get(s), s);
        }
    }

    @Test
    void read_rejectsBadLinesWithFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {}}\n"
                + "{\"subject\": \"C2\", \"period\": \"2017\", \"values\": {\"x\": null}}\n", StandardCharsets.UTF_8);
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR));
        assertEquals(2, e.getProblem().getLine());
        assertEquals("WRONG_TYPE", e.getProblem().getProblemCode());
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {}}\n"
                + "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {\"x\": 1}}\n", StandardCharsets.UTF_8);
        e = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR));
        assertEquals("DUPLICATE_ID", e.getProblem().getProblemCode());
        Files.writeString(file, "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {}}\n"
                + "{\"subject\": \"C2\", \"period\": \"2017\", \"values\": {\"x\": 1e999999999}}\n", StandardCharsets.UTF_8);
        e = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR));
        assertEquals("OUT_OF_RANGE", e.getProblem().getProblemCode());
        assertEquals(2, e.getProblem().getLine());
        assertEquals("values.x", e.getProblem().getProblemPath());
        Files.write(file, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        e = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(file, YEAR));
        assertEquals("INVALID_UTF8", e.getProblem().getProblemCode());
    }
}
