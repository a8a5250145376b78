package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plug-ins that never return, throw errors, cannot be loaded, and given evidence with keys nobody
 * knows: each ends the appraisal with one named problem, never a hang or a stray error.
 */
class PluginRobustnessTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    private static final Duration TINY = Duration.ofMillis(300);

    /** The minimal scheme with its linear rule replaced by a plug-in. */
    private static Scheme withPlugin(ScoringRule rule) {
        return Scheme.parse(SchemeTest.MINIMAL.replace(
                "\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                "\"rule\": \"" + rule.getId() + "\", \"points\": 1"), RuleRegistry.builtIns().with(rule));
    }

    private static List<String> subjects(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("C%05d", i));
        }
        return ids;
    }

    private static EvidenceTable table(List<String> subjects) {
        EvidenceTable.Builder b = EvidenceTable.builder(ReportingPeriod.parse("2017"));
        for (String s : subjects) {
            b.put(s, "party.established", true, List.of()).put(s, "compliance.seriousViolation", false, List.of())
                    .put(s, "awards.provincial", 0, List.of());
        }
        return b.build();
    }

    private static AppraisalException batchFails(ScoringRule rule, Duration timeout) {
        Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.builtIns().with(rule)).ruleTimeout(timeout).build();
        List<String> ids = subjects(1000);
        return assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(AppraisalException.class, () -> appraiser.appraiseAll(withPlugin(rule), YEAR, ids, table(ids))));
    }

    /** Throws a checked exception without declaring it, as code in other JVM languages may. */
    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }

    private static int depth(int n) {
        return n <= 0 ? 0 : 1 + depth(n - 1) + depth(0);
    }

    // ------------------------------------------------------------------ rule timeout

    @Test
    void appraiseAll_aRuleThatSleepsForeverTimesOutNamingRuleSubjectAndScheme() {
        ScoringRule forever = Rules.of("x-forever", BigDecimal.ONE, List.of(), in -> {
            if (in.getSubject().equals("C00500")) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        long start = System.nanoTime();
        AppraisalException e = batchFails(forever, TINY);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("RULE_TIMEOUT", e.getProblemCode());
        assertEquals("x-forever", e.getRule());
        assertEquals("C00500", e.getSubject());
        assertEquals("dimensions[POLITICAL_GUIDANCE]", e.getSection());
        assertTrue(e.getMessage().contains("T@1") && e.getMessage().contains("300 ms"), e.getMessage());
        assertTrue(ms < 10_000, "stopped after the 300 ms timeout, not the default: " + ms + " ms");
    }

    @Test
    void appraise_aRuleThatSpinsIgnoringInterruptsIsAbandonedOnADaemonThread() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        java.util.concurrent.CountDownLatch returned = new java.util.concurrent.CountDownLatch(1);
        List<Thread> spinning = new java.util.concurrent.CopyOnWriteArrayList<>();
        ScoringRule spinner = Rules.of("x-spin", BigDecimal.ONE, List.of(), in -> {
            spinning.add(Thread.currentThread());
            while (!release.get()) {
                Thread.onSpinWait();
            }
            returned.countDown();
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.builtIns().with(spinner)).ruleTimeout(TINY).build();
        EvidenceRecord evidence = EvidenceRecord.of("C1", "2017", Map.of("party.established", true,
                "compliance.seriousViolation", false, "awards.provincial", 0));
        try {
            AppraisalException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
                    AppraisalException.class, () -> appraiser.appraise(withPlugin(spinner), YEAR, evidence)));
            assertEquals("RULE_TIMEOUT", e.getProblemCode());
            assertEquals("C1", e.getSubject());
            assertEquals(1, spinning.size());
            Thread worker = spinning.get(0);
            assertTrue(worker.isDaemon(), "a stuck rule must not keep the JVM alive");
            assertTrue(worker.isAlive(), "the rule is still spinning: abandoned, not waited for");
            assertTrue(worker != Thread.currentThread());
        } finally {
            release.set(true);
        }
        assertTrue(returned.await(10, java.util.concurrent.TimeUnit.SECONDS));
    }

    @Test
    void appraiseAll_theTimeoutIsPerCallAndAFastBatchPasses() {
        // 25 calls of 60 ms each: beyond the 1 s timeout in all, each call well within it
        ScoringRule slowish = Rules.of("x-slowish", BigDecimal.ONE, List.of(), in -> {
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.builtIns().with(slowish))
                .ruleTimeout(Duration.ofSeconds(1)).ruleBudget(Duration.ofSeconds(1)).build();
        List<String> ids = subjects(25);
        List<AppraisalResult> results = appraiser.appraiseAll(withPlugin(slowish), YEAR, ids, table(ids));
        assertEquals(25, results.size());
        assertEquals(0, new BigDecimal("11").compareTo(results.get(24).getTotal()));
    }

    @Test
    void builder_refusesATimeoutThatIsNotPositive() {
        assertThrows(IllegalArgumentException.class, () -> Appraiser.builder().ruleTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Appraiser.builder().ruleTimeout(Duration.ofMillis(-1)));
        assertEquals(Duration.ofSeconds(10), Appraiser.DEFAULT_RULE_TIMEOUT);
    }

    // ------------------------------------------------------------------ errors thrown by rules

    @Test
    void appraiseAll_aRuleThrowingAnErrorOrACheckedExceptionFailsNamingRuleAndSubject() {
        ScoringRule oom = Rules.of("x-oom", BigDecimal.ONE, List.of(), in -> {
            if (in.getSubject().equals("C00007")) {
                throw new OutOfMemoryError("Java heap space");
            }
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        AppraisalException e = batchFails(oom, Appraiser.DEFAULT_RULE_TIMEOUT);
        assertEquals("RULE_FAILED", e.getProblemCode());
        assertEquals("x-oom", e.getRule());
        assertEquals("C00007", e.getSubject());
        assertTrue(e.getMessage().contains("OutOfMemoryError"), e.getMessage());

        ScoringRule deep = Rules.of("x-deep", BigDecimal.ONE, List.of(), in -> {
            depth(Integer.MAX_VALUE);
            return RuleScore.of(BigDecimal.ONE, "一", "one");
        });
        e = batchFails(deep, Appraiser.DEFAULT_RULE_TIMEOUT);
        assertEquals("RULE_FAILED", e.getProblemCode());
        assertEquals("C00000", e.getSubject());
        assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());

        ScoringRule checked = Rules.of("x-checked", BigDecimal.ONE, List.of(), in -> {
            throw sneaky(new java.io.IOException("disk gone"));
        });
        e = batchFails(checked, Appraiser.DEFAULT_RULE_TIMEOUT);
        assertEquals("RULE_FAILED", e.getProblemCode());
        assertTrue(e.getMessage().contains("disk gone"), e.getMessage());

        ScoringRule internal = Rules.of("x-internal", BigDecimal.ONE, List.of(), in -> {
            throw new InternalError("native code failed");
        });
        assertEquals("RULE_FAILED", batchFails(internal, Appraiser.DEFAULT_RULE_TIMEOUT).getProblemCode());
    }

    @Test
    void derive_aProviderThrowingAnErrorIsNamed() {
        EvidenceProvider hog = new EvidenceProvider() {
            @Override
            public String getId() {
                return "x-hog";
            }

            @Override
            public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
                throw new OutOfMemoryError("Java heap space");
            }
        };
        Appraiser appraiser = Appraiser.builder().addProvider(hog).build();
        AppraisalException e = assertThrows(AppraisalException.class, () -> appraiser.derive(
                SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017"), YEAR, EvidenceDerivationTest.source()));
        assertEquals("PROVIDER_FAILED", e.getProblemCode());
        assertEquals("x-hog", e.getRule());
    }

    // ------------------------------------------------------------------ plug-ins that cannot be loaded

    @Test
    void discovered_aProviderThatCannotBeLoadedIsRememberedAndTheOthersWork(@TempDir Path dir) throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(ScoringRule.class.getName()), String.join("\n",
                "io.github.ficsdk.core.appraisal.NoSuchRule",
                BrokenPlugins.BrokenRule.class.getName(),
                BrokenPlugins.class.getName(),
                BrokenPlugins.GoodRule.class.getName()) + "\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            RuleRegistry registry = RuleRegistry.discovered(loader);
            assertTrue(registry.getIds().contains("x-good"), registry.getIds().toString());
            Map<String, String> failed = registry.getFailedProviders();
            assertEquals(Set.of("io.github.ficsdk.core.appraisal.NoSuchRule", BrokenPlugins.BrokenRule.class.getName(),
                    BrokenPlugins.class.getName()), failed.keySet());
            assertTrue(failed.get(BrokenPlugins.class.getName()).contains("not a subtype"), failed.toString());
            assertTrue(failed.get(BrokenPlugins.BrokenRule.class.getName()).contains("no licence file"), failed.toString());

            // a scheme that does not use the broken rule loads and appraises
            Scheme good = Scheme.parse(SchemeTest.MINIMAL.replace(
                    "\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                    "\"rule\": \"x-good\", \"points\": 1"), registry);
            EvidenceRecord evidence = EvidenceRecord.of("C1", "2017", Map.of("party.established", true,
                    "compliance.seriousViolation", false, "awards.provincial", 0));
            assertEquals(0, new BigDecimal("11").compareTo(Appraiser.builder().registry(registry).build()
                    .appraise(good, YEAR, evidence).getTotal()));

            // one that names it fails, naming the rule id, the provider class and its error
            SchemeLoadException e = assertThrows(SchemeLoadException.class, () -> Scheme.parse(SchemeTest.MINIMAL.replace(
                    "\"rule\": \"linear\", \"evidence\": \"party.activities\", \"pointsPerUnit\": 1, \"maxPoints\": 15",
                    "\"rule\": \"x-broken\""), registry));
            assertEquals("UNKNOWN_RULE", e.getProblemCode());
            assertTrue(e.getMessage().contains("rule x-broken is not registered"), e.getMessage());
            assertTrue(e.getMessage().contains(BrokenPlugins.BrokenRule.class.getName() + " (java.lang.IllegalStateException: "
                    + "no licence file for x-broken)"), e.getMessage());
        }
    }

    @Test
    void standard_brokenPluginsOnTheClassPathLeaveTheStandardRegistryAndAppraiserWorking() {
        // this module's test META-INF/services lists a broken rule and a broken evidence provider
        RuleRegistry registry = RuleRegistry.standard();
        assertTrue(registry.getFailedProviders().containsKey(BrokenPlugins.BrokenRule.class.getName()),
                registry.getFailedProviders().toString());
        assertTrue(registry.getIds().containsAll(Set.of("flag", "threshold", "linear", "ratio")));
        Appraiser appraiser = Appraiser.standard();
        assertTrue(appraiser.getFailedProviders().get(BrokenPlugins.BrokenProvider.class.getName())
                .contains("no database for x-broken-provider"), appraiser.getFailedProviders().toString());
        Scheme four = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        assertEquals(3, appraiser.appraiseAll(four, YEAR, EvidenceDerivationTest.source(),
                EvidenceDerivationTest.counted("2017").build()).getResults().size());
        // evidence that is missing names the provider that could not be loaded
        Scheme needsMore = Scheme.parse(SchemeTest.MINIMAL.replace("\"evidence\": \"party.activities\"",
                "\"evidence\": \"x.fromTheBrokenProvider\""));
        AppraisalException e = assertThrows(AppraisalException.class, () -> appraiser.appraiseAll(needsMore, YEAR,
                EvidenceDerivationTest.source(), EvidenceTable.empty(ReportingPeriod.parse("2017"))));
        assertEquals("MISSING_EVIDENCE", e.getProblemCode());
        assertTrue(e.getMessage().contains(BrokenPlugins.BrokenProvider.class.getName()), e.getMessage());
    }

    // ------------------------------------------------------------------ unknown evidence keys

    @Test
    void appraiseAll_anEvidenceKeyNobodyKnowsIsAnErrorWithASuggestion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("evidence.jsonl");
        Files.writeString(file, """
                {"subject": "C1", "period": "2017", "values": {"awards.provincial": 1}}
                {"subject": "C3", "period": "2017", "values": {"membrs.total": 300}}
                """);
        EvidenceTable given = EvidenceTable.read(file, YEAR);
        Scheme four = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
        AppraisalException e = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(four, YEAR, EvidenceDerivationTest.source(), given));
        assertEquals("UNKNOWN_EVIDENCE_KEY", e.getProblemCode());
        assertEquals("C3", e.getSubject());
        assertEquals("membrs.total", e.getEvidenceKey().orElseThrow());
        assertTrue(e.getMessage().startsWith("evidence.jsonl:2: C3: evidence key membrs.total"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean members.total?"), e.getMessage());
        assertTrue(e.getMessage().contains("FOUR_GOOD_CHAMBER@2017"), e.getMessage());
    }

    @Test
    void appraiseAll_keysOfOtherSchemesOfTheCatalogAndOfProvidersAreKnown() {
        EvidenceSource source = EvidenceDerivationTest.source();
        Scheme cleanup = SchemeCatalog.reference().get("CHAMBER_CLEANUP", "2017");
        ReportingPeriod year = ReportingPeriod.parse("2018");
        // awards.provincial: read by FOUR_GOOD_CHAMBER, not by CHAMBER_CLEANUP; activities.VISIT: read by
        // FIVE_EXCELLENCE_COUNTY; members.DIRECTOR: derived by fic-core's standard provider (fic-core alone: the
        // activities.lastTwoYears that CHAMBER_CLEANUP reads is given too)
        EvidenceTable shared = EvidenceTable.builder(ReportingPeriod.parse("2018")).put("C1", "awards.provincial", 1, List.of())
                .put("C1", "activities.VISIT", 3, List.of()).put("C3", "members.DIRECTOR", 4, List.of())
                .put("C1", "activities.lastTwoYears", 5, List.of()).put("C2", "activities.lastTwoYears", 3, List.of())
                .put("C3", "activities.lastTwoYears", 0, List.of()).build();
        assertEquals(3, Appraiser.standard().appraiseAll(cleanup, year, source, shared).getResults().size());
        // with fic-core alone nobody derives activities.X_MENTORING of a team kind (fic-report does)
        EvidenceTable mentoring = EvidenceTable.builder(ReportingPeriod.parse("2018")).put("C1", "activities.X_MENTORING", 2, List.of()).build();
        assertEquals("UNKNOWN_EVIDENCE_KEY", assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(cleanup, year, source, mentoring)).getProblemCode());

        // a team's key: unknown to the reference schemes, known once its scheme is in the catalog
        EvidenceTable team = EvidenceTable.builder(ReportingPeriod.parse("2018")).put("C1", "x.audit", true, List.of())
                .put("C1", "activities.lastTwoYears", 5, List.of()).put("C2", "activities.lastTwoYears", 3, List.of())
                .put("C3", "activities.lastTwoYears", 0, List.of()).build();
        AppraisalException e = assertThrows(AppraisalException.class,
                () -> Appraiser.standard().appraiseAll(cleanup, year, source, team));
        assertEquals("UNKNOWN_EVIDENCE_KEY", e.getProblemCode());
        assertFalse(e.getMessage().contains("did you mean"), "nothing near: " + e.getMessage());
        Scheme audit = Scheme.parse(SchemeTest.MINIMAL.replace("\"id\": \"T\"", "\"id\": \"X_AUDIT\"")
                .replace("compliance.seriousViolation", "x.audit"));
        Appraiser withAudit = Appraiser.builder().catalog(SchemeCatalog.reference().with(audit)).build();
        assertEquals(3, withAudit.appraiseAll(cleanup, year, source, team).getResults().size());

        // or once a provider says it derives it
        EvidenceProvider auditor = new EvidenceProvider() {
            @Override
            public String getId() {
                return "x-auditor";
            }

            @Override
            public void derive(EvidenceSource s, ReportingPeriod p, Set<String> keys, EvidenceTable.Builder sink) {}

            @Override
            public boolean derives(String key) {
                return key.equals("x.audit");
            }
        };
        assertEquals(3, Appraiser.builder().addProvider(auditor).build().appraiseAll(cleanup, year, source, team)
                .getResults().size());
    }

    @Test
    void appraiseAll_aKeyReadOnlyByTheSchemeBeingRunIsKnown() {
        Scheme audit = Scheme.parse(SchemeTest.MINIMAL.replace("compliance.seriousViolation", "x.audit"));
        EvidenceTable.Builder b = EvidenceDerivationTest.counted("2017");
        for (String c : List.of("C1", "C2", "C3")) {
            b.put(c, "x.audit", c.equals("C1"), List.of()).put(c, "awards.provincial", 0, List.of());
        }
        EvidenceTable given = b.build();
        List<AppraisalResult> results = Appraiser.standard().appraiseAll(audit, YEAR, EvidenceDerivationTest.source(), given)
                .getResults();
        assertEquals(List.of("严重违法违规"), results.get(0).getVetoes());
    }
}
