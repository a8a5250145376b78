package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * What must not exhaust memory in appraisal: a 200 MB line of {@code evidence.jsonl}, streamed from
 * a generator, and a plug-in rule that allocates without bound. Named like the dataset's huge-line
 * test so that it runs in the same Surefire execution with {@code -Xmx256m} (see core/pom.xml),
 * where holding the line, or not catching the rule's {@link OutOfMemoryError}, fails it.
 */
class HugeLineTest {

    private static final long HUGE = 200L * 1024 * 1024;
    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");

    @Test
    void readEvidence_twoHundredMegabyteLineIsRefusedUnread() {
        InputStream huge = io.github.ficsdk.core.io.HugeStreams.line(
                "{\"subject\": \"C2\", \"period\": \"2017\", \"values\": {\"note\": \"", HUGE, "");
        InputStream in = new SequenceInputStream(new SequenceInputStream(new ByteArrayInputStream(
                "{\"subject\": \"C1\", \"period\": \"2017\", \"values\": {}}\n".getBytes(StandardCharsets.UTF_8)), huge),
                new ByteArrayInputStream("\"}}\n".getBytes(StandardCharsets.UTF_8)));
        DatasetProblem p = assertThrows(DatasetReadException.class, () -> EvidenceTable.read(in, "evidence.jsonl", YEAR))
                .getProblem();
        assertEquals("LINE_TOO_LONG", p.getProblemCode());
        assertEquals(2, p.getLine());
        assertEquals("evidence.jsonl", p.getFile());
    }

    @Test
    void appraise_aRuleThatExhaustsMemoryFailsNamingRuleAndSubject() {
        Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() <= 512L * 1024 * 1024,
                "fills the heap: runs in the low-memory execution only");
        ScoringRule hog = Rules.of("x-hog", BigDecimal.ONE, List.of(), in -> {
            List<byte[]> all = new ArrayList<>();
            while (true) {
                all.add(new byte[1 << 20]);
            }
        });
        Scheme scheme = Scheme.parse(SchemeTest.MINIMAL.replace("{\"rule\": \"flag\", \"evidence\": \"party.established\", \"points\": 10}",
                "{\"rule\": \"x-hog\", \"points\": 1}"), RuleRegistry.builtIns().with(hog));
        Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.builtIns().with(hog)).build();
        EvidenceRecord evidence = EvidenceRecord.of("C1", "2017", Map.of("party.activities", 1,
                "compliance.seriousViolation", false, "awards.provincial", 0));
        AppraisalException e = assertThrows(AppraisalException.class, () -> appraiser.appraise(scheme, YEAR, evidence));
        assertEquals("RULE_FAILED", e.getProblemCode());
        assertEquals("x-hog", e.getRule());
        assertEquals("C1", e.getSubject());
        assertTrue(e.getMessage().contains("OutOfMemoryError"), e.getMessage());
        // memory is free again: the next appraisal works
        assertEquals(1, appraiser.appraiseAll(Scheme.parse(SchemeTest.MINIMAL), YEAR, List.of("C1"),
                EvidenceTable.builder(ReportingPeriod.parse("2017")).putAll(EvidenceRecord.of("C1", "2017", Map.of("party.established", true,
                        "party.activities", 1, "compliance.seriousViolation", false, "awards.provincial", 0))).build())
                .size());
    }
}
