package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consumer's checks, run on the module path: the SDK's modules resolve (Jackson, Hibernate
 * Validator and their resources), its services are found, and the figures are right.
 */
class ConsumerTest {

    @TempDir
    static Path folder;

    static Dataset dataset;

    @BeforeAll
    static void writeDataset() {
        dataset = FiveMinutes.write(folder);
    }

    @Test
    void runsOnTheModulePath() {
        assertTrue(ConsumerTest.class.getModule().isNamed(), "the tests run in module com.example.consumer");
        assertEquals("io.github.ficsdk.report", ReportEngine.class.getModule().getName());
        assertEquals("io.github.ficsdk.core", Dataset.class.getModule().getName());
        assertEquals("io.github.ficsdk.validation", FicValidator.class.getModule().getName());
    }

    @Test
    void theSdkExportsOnlyItsApi() {
        Module core = Dataset.class.getModule();
        assertTrue(core.isExported("io.github.ficsdk.core.io"));
        assertTrue(!core.isExported("io.github.ficsdk.core.io.internal"), "internal packages stay inside");
        assertTrue(!ReportEngine.class.getModule().isExported("io.github.ficsdk.report.internal"));
    }

    @Test
    void recordsInCode_writtenAndValidated_areClean() {
        DataQualityReport quality = FiveMinutes.validate(dataset);
        assertEquals(0, quality.getErrorCount(), quality::toString);
        assertEquals(0, quality.getWarningCount(), quality::toString);
    }

    @Test
    void beanValidation_worksOnTheModulePath_withTheSdkMessages() {
        // 91330400MA2B3C4D5E: the check character is wrong (a valid code would end differently)
        Enterprise enterprise = Enterprise.builder().id("E1").name("嘉兴某服饰有限公司")
                .creditCode("91330400MA2B3C4D5E").build();
        List<Problem> problems = FicValidator.english().validate(enterprise);
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("creditCode", problems.get(0).getProblemPath());
        assertTrue(problems.get(0).getProblemCode().startsWith("CREDIT_CODE"), problems::toString);
        assertTrue(!problems.get(0).getMessage().contains("{"), "the message template is resolved: " + problems);
    }

    /**
     * The SDK's values are Immutables types whose implementations are package-private: a team's own
     * ObjectMapper still reads their getters on the module path (the packages are opened to Jackson).
     */
    @Test
    void ownObjectMapper_writesTheSdkValues_onTheModulePath() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String info = mapper.writeValueAsString(IndicatorCatalog.standard().info("VISIT.TARGETS.CHAMBER"));
        assertTrue(info.contains("\"code\":\"VISIT.TARGETS.CHAMBER\""), info);
        String code = mapper.writeValueAsString(io.github.ficsdk.core.io.ProblemCode.of("ID_FORMAT"));
        assertTrue(code.contains("\"code\":\"ID_FORMAT\""), code);
        Enterprise enterprise = Enterprise.builder().id("E1").name("嘉兴某服饰有限公司")
                .creditCode("91330400MA2B3C4D5E").build();
        String problem = mapper.writeValueAsString(FicValidator.english().validate(enterprise).get(0));
        assertTrue(problem.contains("\"problemPath\":\"creditCode\""), problem);
    }

    @Test
    void ownIndicator_foundByServiceLoader_throughTheCatalog() {
        IndicatorCatalog catalog = IndicatorCatalog.discovered(ConsumerTest.class.getClassLoader());
        Report report = FiveMinutes.report(ReportEngine.of(catalog), dataset);
        assertHours(report);
    }

    /**
     * The spec of issue #10: {@code ReportEngine.standard()} includes the indicators ServiceLoader
     * finds.
     */
    @Test
    void ownIndicator_foundByServiceLoader_throughTheStandardEngine() {
        Report report = FiveMinutes.report(ReportEngine.standard(), dataset);
        assertHours(report);
    }

    private static void assertHours(Report report) {
        assertTrue(!report.isRefused(), report::toString);
        assertEquals(0, new BigDecimal("19.5").compareTo(report.total(VolunteerHours.CODE).orElseThrow().getValue()));
        assertEquals(0, new BigDecimal("9.5").compareTo(
                report.value(FiveMinutes.COUNTY, VolunteerHours.CODE).orElseThrow().getValue()));
    }

    @Test
    void ownRule_foundByServiceLoader_scoresTheChambers() {
        Appraiser appraiser = Appraiser.standard();
        assertTrue(appraiser.getRegistry().getIds().contains(ActivityBonusRule.ID), appraiser.getRegistry().getIds()::toString);
        Scheme scheme = FiveMinutes.scheme(appraiser);
        assertEquals("X_ACTIVITY_BONUS", scheme.getId());

        AppraisalBatch batch = FiveMinutes.appraise(dataset);

        Map<String, AppraisalResult> bySubject = new TreeMap<>();
        for (AppraisalResult r : batch.getResults()) {
            bySubject.put(r.getSubject(), r);
        }
        assertEquals(List.of("C1", "C2"), new ArrayList<>(bySubject.keySet()));
        // C1 organised 3 activities (≥ 3: 10 points), C2 one (0 points); activities.total is derived
        // by fic-report's evidence provider, a service of module io.github.ficsdk.report
        assertEquals(0, BigDecimal.TEN.compareTo(bySubject.get("C1").getTotal()), bySubject.get("C1")::toString);
        assertEquals("GOOD", bySubject.get("C1").getGrade());
        assertEquals(0, BigDecimal.ZERO.compareTo(bySubject.get("C2").getTotal()), bySubject.get("C2")::toString);
        assertEquals("PASS", bySubject.get("C2").getGrade());
    }

    /**
     * Validate, report and appraise in a fresh JVM on the module path: stdout has the figures, and
     * stderr is empty (no log line of a library, such as Hibernate Validator's HV000001).
     */
    @Test
    void aCleanRun_printsNothingOnStderr(@TempDir Path child) throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "the tests run on the module path");
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(javaBin, "--module-path", modulePath,
                "-m", "com.example.consumer/com.example.consumer.FiveMinutes", child.resolve("data").toString())
                .start();
        process.getOutputStream().close();
        Future<String> err = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        }).submit(() -> new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child JVM ends");
        assertEquals("", err.get(), "stderr of a clean run");
        assertEquals("errors=0 hours=19.5 appraised=2\n", out.replace("\r\n", "\n"));
        assertEquals(0, process.exitValue());
    }

    @Test
    void oneEngine_fromFourThreads_givesTheSameFigures() throws Exception {
        ReportEngine engine = ReportEngine.of(IndicatorCatalog.discovered(ConsumerTest.class.getClassLoader()));
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Report>> reports = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                reports.add(callers.submit(() -> FiveMinutes.report(engine, dataset)));
            }
            for (Future<Report> report : reports) {
                assertHours(report.get());
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
