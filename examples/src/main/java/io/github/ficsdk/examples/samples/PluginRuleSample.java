package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.AppraisalSummary;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceRecord;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.RuleResult;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Sample: a plug-in scoring rule, {@code x-member-growth} (会员增长), found by
 * {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.ScoringRule} of this module, named by id
 * in a scheme document ({@code member-development.json} next to this class) and run over the
 * chambers of the default dataset for 2016, with last year's member counts derived from the same
 * records and given as evidence.
 *
 * <pre>{@code
 * Scheme scheme = Scheme.read(in, RuleRegistry.standard());   // RuleRegistry.builtIns() rejects it: UNKNOWN_RULE
 * Appraiser appraiser = Appraiser.standard();
 * EvidenceTable lastYear = appraiser.derive(scheme, year.previous(), source);
 * AppraisalBatch batch = appraiser.appraiseAll(scheme, year, source, baseline(lastYear, year));
 * }</pre>
 *
 * @since 0.1
 */
public final class PluginRuleSample {

    /** The classpath resource of the sample scheme, next to this class. */
    public static final String SCHEME = "member-development.json";
    /** The evidence key of last year's member count, given by {@link #baseline(EvidenceTable, ReportingPeriod)}. */
    public static final String PREVIOUS_YEAR = "members.previousYear";

    /**
     * 会员增长, the rule {@code x-member-growth}: {@code points} when the member count
     * ({@code evidence}, by default {@code members.total}) grew by at least {@code atLeastPercent}
     * percent over the count a year earlier ({@code baseline}, an evidence key); a chamber that had
     * no member and now has some counts as grown. For example
     * {@code {"rule": "x-member-growth", "baseline": "members.previousYear", "atLeastPercent": 30, "points": 10}}
     * gives 10 points to a chamber that went from 3 to 4 members (+33.3 %).
     *
     * <p>The comparison is exact ({@code (now - before) × 100 ≥ atLeastPercent × before}); the
     * percentage in the explanation is rounded to one decimal. Listed in
     * {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.ScoringRule}, so that
     * {@link RuleRegistry#standard()} finds it.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1
     */
    public static final class MemberGrowthRule implements ScoringRule {

        /** The rule id used in scheme documents. */
        public static final String ID = "x-member-growth";

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        /** Creates the rule (ServiceLoader needs a public constructor without arguments). */
        public MemberGrowthRule() {}

        @Override
        public String getId() {
            return ID;
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("evidence", "baseline", "atLeastPercent", "points");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            String current = spec.getString("evidence").orElse("members.total");
            String baseline = spec.getString("baseline").orElseThrow(() -> new RuleParameterException("baseline",
                    "baseline is required: the evidence key of the member count a year earlier, such as " + PREVIOUS_YEAR));
            BigDecimal atLeast = nonNegative(spec, "atLeastPercent");
            BigDecimal points = nonNegative(spec, "points");
            // without label nor evidence, RuleSpec's default label would be the rule id: name the key instead
            boolean named = spec.getParameters().containsKey("evidence");
            String label = named || spec.getParameters().containsKey("label") ? spec.getLabel() : current;
            String labelEn = named || spec.getParameters().containsKey("labelEn") ? spec.getLabelEn() : current;
            return PreparedRule.of(List.of(current, baseline), points, input -> {
                BigDecimal now = input.getNumber(current);
                BigDecimal before = input.getNumber(baseline);
                if (before.signum() == 0) {
                    boolean grew = now.signum() > 0;
                    BigDecimal p = grew ? points : BigDecimal.ZERO;
                    return RuleScore.lazy(p, () -> label + " 0 → " + plain(now) + (grew ? "，从无到有 +" : "，无增长 → ") + plain(p),
                            () -> labelEn + " 0 → " + plain(now) + (grew ? ", from none +" : ", no growth → ") + plain(p));
                }
                BigDecimal growth = now.subtract(before).multiply(HUNDRED);
                boolean reached = growth.compareTo(atLeast.multiply(before)) >= 0;
                BigDecimal p = reached ? points : BigDecimal.ZERO;
                String percent = plain(growth.divide(before, 1, RoundingMode.HALF_UP));
                return RuleScore.lazy(p,
                        () -> label + " " + plain(before) + " → " + plain(now) + "，增长 " + percent + "%"
                                + (reached ? " ≥ " + plain(atLeast) + "% +" : " < " + plain(atLeast) + "% → ") + plain(p),
                        () -> labelEn + " " + plain(before) + " → " + plain(now) + ", growth " + percent + "%"
                                + (reached ? " ≥ " + plain(atLeast) + "% +" : " < " + plain(atLeast) + "% → ") + plain(p));
            });
        }

        private static BigDecimal nonNegative(RuleSpec spec, String name) {
            BigDecimal value = spec.getNumber(name).orElseThrow(() -> new RuleParameterException(name, name + " is required"));
            if (value.signum() < 0) {
                throw new RuleParameterException(name, name + " must not be negative - but was: " + value);
            }
            return value;
        }

        private static String plain(BigDecimal value) {
            BigDecimal stripped = value.stripTrailingZeros();
            return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
        }
    }

    private PluginRuleSample() {}

    /**
     * Writes the default dataset to a temporary folder and appraises its chambers with the sample scheme.
     *
     * @param args  not used
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        run(SeedDataset.generate().writeTo(Files.createTempDirectory("fic-seed-")), System.out);
    }

    /**
     * Reads the sample scheme, checking its rules against a registry.
     *
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws io.github.ficsdk.core.appraisal.scheme.SchemeLoadException if a rule is not registered
     *         ({@code UNKNOWN_RULE} at {@code dimensions[0].rules[0].rule} with {@link RuleRegistry#builtIns()})
     */
    public static Scheme scheme(RuleRegistry registry) {
        return Bundled.use(PluginRuleSample.class, SCHEME, in -> Scheme.read(in, registry));
    }

    /**
     * Turns the member counts derived for the year before into the given evidence
     * {@value #PREVIOUS_YEAR} of a period, keeping the records behind each count as its sources.
     *
     * @param lastYear  evidence derived for the previous period, not null
     * @param period    the period appraised, not null
     * @return the given evidence, never null
     */
    public static EvidenceTable baseline(EvidenceTable lastYear, ReportingPeriod period) {
        EvidenceTable.Builder given = EvidenceTable.builder(period);
        for (String subject : lastYear.getSubjects()) {
            EvidenceRecord record = lastYear.getOrEmpty(subject);
            record.find("members.total").ifPresent(v -> given.put(subject, PREVIOUS_YEAR, v,
                    record.getSources("members.total")));
        }
        return given.build();
    }

    /**
     * Appraises every chamber of a dataset for 2016 with the sample scheme and prints the scheme's
     * rules, the grade distribution (overall and per federation subtree) and the explanation of the
     * plug-in rule for the first chamber it gave points to and the first it gave none.
     *
     * @param dataset  the dataset, not null
     * @param out      where to print, not null
     * @return the results and their summary, never null
     */
    public static AppraisalBatch run(Dataset dataset, PrintStream out) {
        RuleRegistry registry = RuleRegistry.standard();
        Scheme scheme = scheme(registry);
        ReportingPeriod year = ReportingPeriod.parse("2016");
        EvidenceSource source = EvidenceSource.of(dataset);
        Appraiser appraiser = Appraiser.builder().registry(registry).build();
        EvidenceTable lastYear = appraiser.derive(scheme, year.previous(), source);
        AppraisalBatch batch = appraiser.appraiseAll(scheme, year, source, baseline(lastYear, year));
        out.println("方案 " + scheme.getId() + "@" + scheme.getVersion() + "（" + scheme.getName() + "），规则："
                + String.join("、", registry.getIds()) + "；插件规则 " + MemberGrowthRule.ID + " 由 ServiceLoader 发现");
        AppraisalSummary.SchemeSummary summary = batch.getSummary().getSchemes().get(0);
        out.println(year + " 年 " + batch.getResults().size() + " 家商会：" + summary.getGrades());
        summary.getBySubtree().forEach((federation, grades) -> out.println("  " + federation + " " + grades));
        java.util.Map<Integer, AppraisalResult> examples = new java.util.TreeMap<>();
        for (AppraisalResult r : batch.getResults()) {
            examples.putIfAbsent(r.getDimensions().get(0).getRules().get(0).getPoints().signum(), r);
        }
        for (AppraisalResult r : examples.values()) {
            RuleResult growth = r.getDimensions().get(0).getRules().get(0);
            out.println("  " + r.getSubject() + " " + growth.rule() + "：" + growth.getExplanation() + "；总分 "
                    + r.getTotal() + "，" + r.getGrade());
        }
        return batch;
    }
}
