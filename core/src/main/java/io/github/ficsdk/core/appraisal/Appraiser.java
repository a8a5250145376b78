package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.internal.Params;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Appraises subjects against a {@link Scheme}: runs the eligibility gates, the dimension and bonus
 * rules, the vetoes and the recommendation conditions on each subject's evidence, refusing any
 * rule result that is null, negative, above the rule's cap or late, and any missing evidence, with
 * an {@link AppraisalException} naming the rule, the subject and the section.
 *
 * <pre>{@code
 * Appraiser appraiser = Appraiser.builder()
 *         .registry(RuleRegistry.standard().with(new StarRatingRule()))
 *         .ruleBudget(Duration.ofMillis(100))
 *         .build();
 * AppraisalBatch batch = appraiser.appraiseAll(scheme, ReportingPeriod.parse("2017"),
 *         EvidenceSource.of(Dataset.of(Path.of("data"))), EvidenceTable.empty("2017"));
 * batch.results().forEach(r -> System.out.println(r.toJson()));
 * }</pre>
 *
 * <p>Batches are all or nothing: results come back in subject id order, the same for any order of
 * the inputs, or an exception is thrown and no result at all. The time budget of a plug-in rule is
 * checked by measuring each call; a call over budget is made once more (rules are pure) so that a
 * pause of the JVM such as a garbage collection is not blamed on the rule, and a second overrun
 * is an error (a slow rule is not interrupted, its result is refused). The built-in rules are not
 * timed.
 *
 * <p>This class is immutable and thread-safe (it keeps a small cache of prepared schemes).
 *
 * @since 0.1
 */
public final class Appraiser {

    /** The default time budget of one rule call: 100 ms. */
    public static final Duration DEFAULT_RULE_BUDGET = Duration.ofMillis(100);

    private final RuleRegistry registry;
    private final long defaultBudgetNanos;
    private final Map<String, Long> budgetNanos;
    private final List<EvidenceProvider> providers;
    private final Map<Scheme, CompiledScheme> cache = Collections.synchronizedMap(
            new LinkedHashMap<Scheme, CompiledScheme>(16, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<Scheme, CompiledScheme> eldest) {
                    return size() > 16;
                }
            });

    private Appraiser(Builder b) {
        this.registry = b.registry;
        this.defaultBudgetNanos = b.defaultBudget.toNanos();
        Map<String, Long> budgets = new HashMap<>();
        b.budgets.forEach((k, v) -> budgets.put(k, v.toNanos()));
        this.budgetNanos = Map.copyOf(budgets);
        this.providers = List.copyOf(b.providers);
    }

    /**
     * Returns an appraiser with the {@linkplain RuleRegistry#standard() standard rules}, the
     * {@linkplain EvidenceProvider#standard() standard evidence provider} plus the providers found
     * by {@link java.util.ServiceLoader}, and the default rule budget.
     *
     * @return the appraiser, never null
     */
    public static Appraiser standard() {
        return builder().build();
    }

    /**
     * Returns a new builder, set up as {@link #standard()}.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the rule registry.
     *
     * @return the registry, never null
     */
    public RuleRegistry getRegistry() {
        return registry;
    }

    /**
     * Appraises one subject.
     *
     * @param scheme    the scheme, not null
     * @param period    the reporting period, not null
     * @param evidence  the subject's evidence, not null
     * @return the result, never null
     * @throws SchemeLoadException if a rule of the scheme is not registered or has wrong parameters
     * @throws AppraisalException if a rule fails or evidence is missing
     */
    public AppraisalResult appraise(Scheme scheme, ReportingPeriod period, EvidenceRecord evidence) {
        return score(compiled(scheme), period.toString(), evidence);
    }

    /**
     * Appraises subjects with the evidence of a table; subjects the table does not hold have no evidence.
     *
     * @param scheme    the scheme, not null
     * @param period    the reporting period, not null
     * @param subjects  the subject ids, not null; repeats are appraised once
     * @param evidence  the evidence, not null
     * @return the results by subject id, never null
     * @throws SchemeLoadException if a rule of the scheme is not registered or has wrong parameters
     * @throws AppraisalException at the first rule failure or missing evidence; no result is returned
     */
    public List<AppraisalResult> appraiseAll(Scheme scheme, ReportingPeriod period, Collection<String> subjects,
            EvidenceTable evidence) {
        CompiledScheme cs = compiled(scheme);
        List<String> ids = new ArrayList<>(new HashSet<>(subjects));
        Collections.sort(ids);
        String p = period.toString();
        List<AppraisalResult> results = new ArrayList<>(ids.size());
        for (String id : ids) {
            results.add(score(cs, p, evidence.getOrEmpty(id)));
        }
        return Collections.unmodifiableList(results);
    }

    /**
     * Derives the evidence a scheme reads from records, with this appraiser's providers.
     *
     * @param scheme  the scheme, not null
     * @param period  the reporting period, not null
     * @param source  the records, not null
     * @return the derived evidence, never null
     */
    public EvidenceTable derive(Scheme scheme, ReportingPeriod period, EvidenceSource source) {
        Set<String> keys = Set.copyOf(compiled(scheme).evidenceKeys);
        EvidenceTable.Builder sink = EvidenceTable.builder(period.toString());
        for (EvidenceProvider provider : providers) {
            try {
                provider.derive(source, period, keys, sink);
            } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
                throw new AppraisalException("PROVIDER_FAILED", "*", provider.getId(), "evidence", null,
                        "evidence provider " + provider.getId() + " (" + provider.getClass().getName() + ") failed: " + e, e);
            }
        }
        return sink.build();
    }

    /**
     * Appraises every subject of the scheme's type in a source (every chamber, federation or party
     * organisation), with evidence derived from the source and overridden by given evidence, and
     * summarizes the grades per federation subtree.
     *
     * @param scheme  the scheme, not null
     * @param period  the reporting period, not null
     * @param source  the records, not null
     * @param given   evidence given besides (such as {@code evidence.jsonl}), winning over derived values, not null
     * @return the results by subject id and their summary, never null
     * @throws SchemeLoadException if a rule of the scheme is not registered or has wrong parameters
     * @throws AppraisalException at the first rule failure or missing evidence; no result is returned
     */
    public AppraisalBatch appraiseAll(Scheme scheme, ReportingPeriod period, EvidenceSource source, EvidenceTable given) {
        checkGiven(period, source, given);
        EvidenceTable derived = derive(scheme, period, source);
        EvidenceTable evidence = given.size() == 0 ? derived : derived.overriddenBy(given);
        List<AppraisalResult> results = appraiseAll(scheme, period, EvidenceSource.subjectIds(source, scheme.getSubject()),
                evidence);
        Set<String> federations = new HashSet<>();
        for (Federation f : source.getFederations()) {
            federations.add(f.getId());
        }
        return new AppraisalBatch(results, AppraisalSummary.of(results, source.getTree(), federations));
    }

    /**
     * Given evidence must be of the period appraised (by its days) and about organisations the
     * source defines: a line about an id nobody defines is a typo whose evidence (a veto, say)
     * would otherwise be lost without a word.
     */
    private static void checkGiven(ReportingPeriod period, EvidenceSource source, EvidenceTable given) {
        if (given.size() == 0) {
            return;
        }
        ReportingPeriod of;
        try {
            of = ReportingPeriod.parse(given.getPeriod());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("given evidence has a malformed period " + given.getPeriod(), e);
        }
        if (!of.getStart().equals(period.getStart()) || !of.getEnd().equals(period.getEnd())) {
            throw new IllegalArgumentException("given evidence is for " + given.getPeriod() + ", not for " + period);
        }
        Set<String> known = new HashSet<>();
        source.getFederations().forEach(f -> known.add(f.getId()));
        source.getChambers().forEach(c -> known.add(c.getId()));
        source.getPartyOrganizations().forEach(po -> known.add(po.getId()));
        for (String subject : given.getSubjects()) {
            if (!known.contains(subject)) {
                throw new AppraisalException("UNKNOWN_SUBJECT", subject, "-", "evidence", null, "evidence is given for "
                        + subject + ", which the dataset does not define (no federation, chamber or party organisation)",
                        null);
            }
        }
    }

    private CompiledScheme compiled(Scheme scheme) {
        CompiledScheme cs = cache.get(scheme);
        if (cs == null || cs.scheme != scheme) {
            cs = registry.compile(scheme);
            cache.put(scheme, cs);
        }
        return cs;
    }

    private AppraisalResult score(CompiledScheme cs, String period, EvidenceRecord record) {
        Scheme scheme = cs.scheme;
        String subject = record.getSubject();
        Function<String, Object> values = record::value;
        List<String> ineligible = new ArrayList<>(0);
        for (int i = 0; i < cs.gates.size(); i++) {
            if (run(cs.gates.get(i), subject, values, null).signum() <= 0) {
                ineligible.add(scheme.getEligibility().get(i).getReason());
            }
        }
        if (!ineligible.isEmpty()) {
            return new AppraisalResult(subject, scheme.getId(), scheme.getVersion(), period, List.copyOf(ineligible),
                    List.of(), BigDecimal.ZERO, List.of(), BigDecimal.ZERO, AppraisalResult.NOT_ELIGIBLE, List.of(), null,
                    List.of(), new AppraisalResult.Evidence(record, cs.evidenceKeys));
        }
        List<DimensionResult> dims = new ArrayList<>(cs.dimensions.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < cs.dimensions.size(); i++) {
            Dimension d = scheme.getDimensions().get(i);
            List<RuleResult> lines = new ArrayList<>(cs.dimensions.get(i).size());
            BigDecimal sum = BigDecimal.ZERO;
            for (CompiledScheme.Slot slot : cs.dimensions.get(i)) {
                sum = sum.add(run(slot, subject, values, lines));
            }
            BigDecimal capped = Params.norm(sum.min(d.getMaxPoints()));
            dims.add(new DimensionResult(d.getCode(), d.getName(), capped, d.getMaxPoints(), lines));
            total = total.add(capped);
        }
        List<RuleResult> bonusLines = new ArrayList<>(cs.bonus.size());
        BigDecimal bonus = BigDecimal.ZERO;
        for (CompiledScheme.Slot slot : cs.bonus) {
            bonus = bonus.add(run(slot, subject, values, bonusLines));
        }
        if (scheme.getBonus().isPresent()) {
            bonus = bonus.min(scheme.getBonus().get().getMaxPoints());
        }
        bonus = Params.norm(bonus);
        total = Params.norm(total.add(bonus));
        String grade = null;
        for (GradeBand band : scheme.getGrades()) {
            if (band.getMinPoints().compareTo(total) <= 0) {
                grade = band.getGrade();
                break;
            }
        }
        List<String> vetoes = new ArrayList<>(0);
        for (int i = 0; i < cs.vetoes.size(); i++) {
            if (run(cs.vetoes.get(i), subject, values, null).signum() > 0) {
                vetoes.add(scheme.getVetoes().get(i).getReason());
            }
        }
        if (!vetoes.isEmpty()) {
            grade = "FAIL";
        }
        String recommendation = null;
        List<String> reasons = new ArrayList<>(0);
        for (int i = 0; i < cs.recommendations.size(); i++) {
            RecommendationRule rec = scheme.getRecommendations().get(i);
            CompiledScheme.Slot slot = cs.recommendations.get(i);
            boolean holds = slot == null || run(slot, subject, values, null).signum() > 0;
            holds &= rec.getWhenGrades().isEmpty() || rec.getWhenGrades().contains(grade);
            if (holds && (recommendation == null || recommendation.equals(rec.getRecommendation()))) {
                recommendation = rec.getRecommendation();
                rec.getReason().ifPresent(reasons::add);
            }
        }
        return new AppraisalResult(subject, scheme.getId(), scheme.getVersion(), period, List.of(),
                Collections.unmodifiableList(dims), bonus, Collections.unmodifiableList(bonusLines), total, grade,
                Collections.unmodifiableList(vetoes), recommendation, Collections.unmodifiableList(reasons),
                new AppraisalResult.Evidence(record, cs.evidenceKeys));
    }

    private BigDecimal run(CompiledScheme.Slot slot, String subject, Function<String, Object> values,
            List<RuleResult> lines) {
        if (slot.ifMissing() == null) {
            for (String key : slot.keys()) {
                if (values.apply(key) == null) {
                    throw new AppraisalException("MISSING_EVIDENCE", subject, slot.ruleId(), slot.section(), key,
                            subject + ": rule " + slot.ruleId() + " in " + slot.section() + " needs evidence " + key
                                    + ", which is missing", null);
                }
            }
        }
        RuleInput input = new RuleInput(subject, values, slot.ifMissing());
        long start = System.nanoTime();
        RuleScore score = call(slot, subject, input);
        long elapsed = System.nanoTime() - start;
        if (!slot.builtIn()) {
            long budget = budgetNanos.getOrDefault(slot.ruleId(), defaultBudgetNanos);
            if (elapsed > budget) {
                // Rules are pure: a second call tells a slow rule from a pause of the JVM (GC) in the first.
                input = new RuleInput(subject, values, slot.ifMissing());
                start = System.nanoTime();
                score = call(slot, subject, input);
                elapsed = System.nanoTime() - start;
                if (elapsed > budget) {
                    throw new AppraisalException("RULE_TIMEOUT", subject, slot.ruleId(), slot.section(), null,
                            subject + ": rule " + slot.ruleId() + " in " + slot.section() + " took " + elapsed / 1_000_000
                                    + " ms twice - its budget is " + budget / 1_000_000 + " ms", null);
                }
            }
        }
        if (score == null || score.points() == null
                || !(slot.builtIn() && score.isLazy()) && (score.explanation() == null || score.explanationEn() == null)) {
            throw new AppraisalException("RULE_NULL", subject, slot.ruleId(), slot.section(), null,
                    subject + ": rule " + slot.ruleId() + " in " + slot.section() + " returned null: " + score, null);
        }
        BigDecimal points = score.points();
        if (points.signum() < 0) {
            throw new AppraisalException("RULE_NEGATIVE", subject, slot.ruleId(), slot.section(), null,
                    subject + ": rule " + slot.ruleId() + " in " + slot.section() + " returned negative points "
                            + points.toPlainString(), null);
        }
        if (points.compareTo(slot.max()) > 0) {
            throw new AppraisalException("RULE_ABOVE_CAP", subject, slot.ruleId(), slot.section(), null,
                    subject + ": rule " + slot.ruleId() + " in " + slot.section() + " returned "
                            + points.toPlainString() + " points, above its cap " + slot.max().toPlainString(), null);
        }
        if (lines != null) {
            String defaulted = input.isDefaulted() ? Params.fmt(slot.ifMissing()) : null;
            lines.add(slot.builtIn()
                    ? new RuleResult(slot.ruleId(), Params.norm(points), slot.max(), defaulted, slot.rule(), subject, values,
                            slot.ifMissing())
                    : new RuleResult(slot.ruleId(), Params.norm(points), slot.max(), score, defaulted));
        }
        return points;
    }

    private static RuleScore call(CompiledScheme.Slot slot, String subject, RuleInput input) {
        try {
            RuleScore score = slot.rule().score(input);
            if (score != null && !slot.builtIn()) {
                // a plug-in's explanations are made here, so that their failures are named like the rule's
                score.explanation();
                score.explanationEn();
            }
            return score;
        } catch (EvidenceException e) {
            throw new AppraisalException(e.getProblemCode(), subject, slot.ruleId(), slot.section(), e.getKey(),
                    subject + ": rule " + slot.ruleId() + " in " + slot.section() + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
            throw new AppraisalException("RULE_FAILED", subject, slot.ruleId(), slot.section(), null,
                    subject + ": rule " + slot.ruleId() + " in " + slot.section() + " failed: " + e, e);
        }
    }

    /**
     * Builds an {@link Appraiser}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private RuleRegistry registry = RuleRegistry.standard();
        private Duration defaultBudget = DEFAULT_RULE_BUDGET;
        private final Map<String, Duration> budgets = new HashMap<>();
        private final Set<EvidenceProvider> providers = new LinkedHashSet<>();

        private Builder() {
            providers.add(EvidenceProvider.standard());
            providers.addAll(EvidenceProvider.discovered(Appraiser.class.getClassLoader()));
        }

        /**
         * Sets the rules known.
         *
         * @param rules  the registry, not null
         * @return this builder
         */
        public Builder registry(RuleRegistry rules) {
            registry = Objects.requireNonNull(rules, "registry");
            return this;
        }

        /**
         * Sets the time budget of every rule call without its own budget.
         *
         * @param budget  the budget, positive, not null
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder ruleBudget(Duration budget) {
            defaultBudget = positive(budget);
            return this;
        }

        /**
         * Sets the time budget of the calls of one rule.
         *
         * @param ruleId  the rule id, not null
         * @param budget  the budget, positive, not null
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        public Builder ruleBudget(String ruleId, Duration budget) {
            budgets.put(Objects.requireNonNull(ruleId, "ruleId"), positive(budget));
            return this;
        }

        /**
         * Adds an evidence provider.
         *
         * @param provider  the provider, not null
         * @return this builder
         */
        public Builder addProvider(EvidenceProvider provider) {
            providers.add(Objects.requireNonNull(provider, "provider"));
            return this;
        }

        /**
         * Removes every evidence provider (the standard one included).
         *
         * @return this builder
         */
        public Builder clearProviders() {
            providers.clear();
            return this;
        }

        private static Duration positive(Duration d) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("budget must be positive - but was: " + d);
            }
            return d;
        }

        /**
         * Builds the appraiser.
         *
         * @return the appraiser, never null
         */
        public Appraiser build() {
            return new Appraiser(this);
        }
    }
}
