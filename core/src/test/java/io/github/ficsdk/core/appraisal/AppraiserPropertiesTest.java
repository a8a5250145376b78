package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.scheme.Bonus;
import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.appraisal.scheme.Veto;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class AppraiserPropertiesTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    private static final Scheme FOUR_GOOD = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
    private static final Appraiser APPRAISER = Appraiser.standard();
    /** Keys read by monotone (non-decreasing) rules of FOUR_GOOD_CHAMBER. */
    private static final List<String> MONOTONE = List.of("chamber.yearsRegistered", "party.activities", "members.total",
            "members.SECRETARY_GENERAL", "activities.TRAINING", "activities.total", "activities.CHARITY",
            "activities.idealsEducation", "staff.fullTime",
            "proposals.submitted", "activities.FINANCING_MATCHMAKING", "activities.MEETING", "awards.provincial");

    @Provide
    Arbitrary<Map<String, Object>> evidence() {
        Arbitrary<BigDecimal> counts = Arbitraries.integers().between(0, 80).map(BigDecimal::valueOf);
        Arbitrary<List<BigDecimal>> numbers = counts.list().ofSize(MONOTONE.size() + 1);
        return Combinators.combine(numbers, Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((ns, party, violation) -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    for (int i = 0; i < MONOTONE.size(); i++) {
                        m.put(MONOTONE.get(i), ns.get(i));
                    }
                    m.put("feeTiers.count", ns.get(MONOTONE.size()).remainder(BigDecimal.TEN));
                    m.put("party.established", party);
                    m.put("compliance.seriousViolation", violation);
                    return m;
                });
    }

    private static AppraisalResult appraise(Map<String, Object> evidence) {
        return APPRAISER.appraise(FOUR_GOOD, YEAR, EvidenceRecord.of("C1", "2017", evidence));
    }

    @Property(tries = 300)
    void appraise_totalWithinZeroAndCaps(@ForAll("evidence") Map<String, Object> evidence) {
        AppraisalResult r = appraise(evidence);
        assertTrue(r.getTotal().signum() >= 0);
        assertTrue(r.getTotal().compareTo(FOUR_GOOD.getMaxTotal()) <= 0, r.toString());
        for (DimensionResult d : r.getDimensions()) {
            assertTrue(d.getPoints().compareTo(d.getMaxPoints()) <= 0);
        }
    }

    @Property(tries = 300)
    void appraise_firedVetoMeansFail(@ForAll("evidence") Map<String, Object> evidence) {
        AppraisalResult r = appraise(evidence);
        if (!r.getVetoes().isEmpty()) {
            assertEquals("FAIL", r.getGrade());
        }
        if (r.isEligible() && Boolean.TRUE.equals(evidence.get("compliance.seriousViolation"))) {
            assertEquals(List.of("严重违法违规"), r.getVetoes());
        }
    }

    @Property(tries = 300)
    void appraise_raisingMonotoneEvidenceNeverLowersTotal(@ForAll("evidence") Map<String, Object> evidence,
            @ForAll @IntRange(min = 0, max = 10) int which, @ForAll @IntRange(min = 1, max = 40) int raise) {
        String key = MONOTONE.get(which);
        Map<String, Object> raised = new LinkedHashMap<>(evidence);
        raised.put(key, ((BigDecimal) evidence.get(key)).add(BigDecimal.valueOf(raise)));
        assertTrue(appraise(raised).getTotal().compareTo(appraise(evidence).getTotal()) >= 0, key);
    }

    @Property(tries = 40)
    void appraiseAll_sameResultsInAnyOrder(@ForAll("evidence") Map<String, Object> base, @ForAll long seed) {
        List<String> ids = new ArrayList<>();
        List<EvidenceRecord> records = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 0; i < 30; i++) {
            String id = "C" + random.nextInt(1000) + "-" + i;
            Map<String, Object> e = new LinkedHashMap<>(base);
            e.put("activities.total", BigDecimal.valueOf(random.nextInt(50)));
            ids.add(id);
            records.add(EvidenceRecord.of(id, "2017", e));
        }
        List<AppraisalResult> first = APPRAISER.appraiseAll(FOUR_GOOD, YEAR, ids, EvidenceTable.of(ReportingPeriod.parse("2017"), records));
        Collections.shuffle(ids, random);
        Collections.shuffle(records, random);
        List<AppraisalResult> second = APPRAISER.appraiseAll(FOUR_GOOD, YEAR, ids, EvidenceTable.of(ReportingPeriod.parse("2017"), records));
        assertEquals(first, second);
        assertEquals(first.stream().map(AppraisalResult::toJson).toList(), second.stream().map(AppraisalResult::toJson).toList());
    }

    @Provide
    Arbitrary<Scheme> schemes() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).map(s -> "k." + s);
        Arbitrary<BigDecimal> points = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50")).ofScale(1);
        Arbitrary<RuleSpec> flag = Combinators.combine(keys, points).as((k, p) -> RuleSpec.builder().rule("flag")
                .putParameter("evidence", k).putParameter("points", p).build());
        Arbitrary<RuleSpec> linear = Combinators.combine(keys, points, points).as((k, p, m) -> RuleSpec.builder().rule("linear")
                .putParameter("evidence", k).putParameter("pointsPerUnit", p).putParameter("maxPoints", m)
                .putParameter("label", "标签").build());
        Arbitrary<RuleSpec> threshold = Combinators.combine(keys, points, points).as((k, a, p) -> RuleSpec.builder()
                .rule("threshold").putParameter("evidence", k).putParameter("atLeast", a).putParameter("points", p).build());
        Arbitrary<RuleSpec> ratio = Combinators.combine(keys, keys, points).as((k, per, p) -> RuleSpec.builder().rule("ratio")
                .putParameter("evidence", k).putParameter("per", per).putParameter("atLeast", new BigDecimal("0.5"))
                .putParameter("points", p).build());
        Arbitrary<RuleSpec> rules = Arbitraries.oneOf(flag, linear, threshold, ratio);
        Arbitrary<Dimension> dimension = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(6),
                points, rules.list().ofMinSize(1).ofMaxSize(4)).as((code, max, rs) -> Dimension.builder().code(code)
                .name("维度" + code).maxPoints(max).addAllRules(rs).build());
        Arbitrary<List<Dimension>> dims = dimension.list().ofMinSize(1).ofMaxSize(5).uniqueElements(Dimension::getCode);
        return Combinators.combine(dims, rules.list().ofMaxSize(2), Arbitraries.of(true, false))
                .as((ds, vetoRules, withBonus) -> {
                    Scheme.Builder b = Scheme.builder().id("GEN").version("1").name("生成").subject(SubjectType.CHAMBER)
                            .addAllDimensions(ds)
                            .addGrades(GradeBand.of("GOOD", new BigDecimal("80")), GradeBand.of("PASS", new BigDecimal("60.5")),
                                    GradeBand.of("FAIL", BigDecimal.ZERO));
                    vetoRules.forEach(v -> b.addVetoes(Veto.of(v, "否决")));
                    if (withBonus) {
                        b.bonus(Bonus.builder().maxPoints(BigDecimal.TEN).addAllRules(vetoRules).build());
                    }
                    return b.build();
                });
    }

    @Property(tries = 200)
    void toJson_roundTrips(@ForAll("schemes") Scheme scheme) {
        assertEquals(scheme, Scheme.parse(scheme.toJson()));
    }
}
