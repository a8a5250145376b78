package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.internal.EditDistance;
import io.github.ficsdk.core.ServicePlugins;
import io.github.ficsdk.core.appraisal.internal.CompiledScheme;
import io.github.ficsdk.core.appraisal.internal.Inputs;
import io.github.ficsdk.core.appraisal.internal.Params;
import io.github.ficsdk.core.appraisal.internal.Shown;
import io.github.ficsdk.core.appraisal.internal.StandardEvidenceKeys;
import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.RecommendationRule;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.EvidenceException;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
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
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
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
 *         EvidenceSource.of(Dataset.of(Path.of("data"))), EvidenceTable.empty(ReportingPeriod.parse("2017")));
 * batch.getResults().forEach(r -> System.out.println(r.toJson()));
 * }</pre>
 *
 * <p>Batches are all or nothing: results come back in subject id order, the same for any order of
 * the inputs, or an exception is thrown and no result at all. The time budget of a plug-in rule is
 * checked by measuring each call; a call over budget is made once more (rules are pure) so that a
 * pause of the JVM such as a garbage collection is not blamed on the rule, and a second overrun
 * is an error (a slow rule is not interrupted, its result is refused). The built-in rules are not
 * timed.
 *
 * <p>Besides its budget, every call of a plug-in rule has a hard time limit, the
 * {@linkplain Builder#ruleTimeout(Duration) rule timeout} ({@link #DEFAULT_RULE_TIMEOUT} by
 * default): when a scheme has a plug-in rule, its subjects are scored on a worker thread (a daemon
 * thread, so that it never keeps the JVM alive) while the calling thread watches the call under
 * way. A call that has not returned within the timeout fails the batch at once with
 * {@code RULE_TIMEOUT}, naming the rule, the subject and the scheme; the worker is interrupted and
 * abandoned (a rule that ignores interrupts keeps its thread until it returns, and its result is
 * never used). A rule that throws anything, an {@link OutOfMemoryError} or a
 * {@link StackOverflowError} included, fails with {@code RULE_FAILED}. A scheme of built-in rules
 * only is scored on the calling thread, with nothing added to its path.
 *
 * <p>Given evidence ({@code evidence.jsonl}) is checked before anything is derived: its subjects
 * must be defined by the source ({@code UNKNOWN_SUBJECT}), and each of its keys must be read by a
 * rule of the scheme appraised or of a scheme of the {@linkplain Builder#catalog(SchemeCatalog)
 * catalog} (the reference schemes by default), or be {@linkplain EvidenceProvider#derives(String)
 * derived} by a provider; any other key is a typo that would be ignored without a word, and fails
 * with {@code UNKNOWN_EVIDENCE_KEY}, naming the file and line, the subject, the key and the
 * closest known key.
 *
 * <p>Evidence providers found by {@link java.util.ServiceLoader} are loaded one at a time: one that
 * cannot be loaded is left out and {@linkplain #getFailedProviders() remembered}, and named when
 * evidence is missing or a key is unknown.
 *
 * <p>This class is immutable and thread-safe (it keeps a small cache of prepared schemes).
 *
 * @since 0.1
 */
public final class Appraiser {

    /** The default time budget of one rule call: 100 ms. */
    public static final Duration DEFAULT_RULE_BUDGET = Duration.ofMillis(100);

    /** The default hard time limit of one plug-in rule call: 10 s. */
    public static final Duration DEFAULT_RULE_TIMEOUT = Duration.ofSeconds(10);

    /** The workers that score the subjects of schemes with plug-in rules: daemon threads, made when needed. */
    private static final ExecutorService WORKERS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 10, TimeUnit.SECONDS,
            new SynchronousQueue<>(), new ThreadFactory() {
                private final AtomicLong count = new AtomicLong();

                @Override
                public Thread newThread(Runnable r) {
                    Thread t = new Thread(r, "fic-appraisal-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }
            });

    private final RuleRegistry registry;
    private final long defaultBudgetNanos;
    private final Map<String, Long> budgetNanos;
    private final long timeoutNanos;
    private final List<EvidenceProvider> providers;
    private final Map<String, String> failedProviders;
    private final SchemeCatalog catalog;
    private volatile Set<String> catalogKeys;
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
        this.timeoutNanos = b.timeout.toNanos();
        this.providers = List.copyOf(b.providers);
        this.failedProviders = Collections.unmodifiableMap(new LinkedHashMap<>(b.failedProviders));
        this.catalog = b.catalog;
    }

    /**
     * Returns an appraiser with the {@linkplain RuleRegistry#standard() standard rules}, fic-core's
     * {@linkplain EvidenceProvider#standard() standard evidence provider} plus the providers found
     * by {@link java.util.ServiceLoader} (with fic-report on the class path, its providers of the
     * activity and proposal counts), and the default rule budget.
     *
     * @return the appraiser, never null
     */
    public static Appraiser standard() {
        return builder().build();
    }

    /**
     * Returns an appraiser as {@link #standard()}, but with the plug-ins (scoring rules and evidence
     * providers) that {@link java.util.ServiceLoader} finds through a class loader
     * ({@link RuleRegistry#discovered(ClassLoader)}).
     *
     * @param loader  the class loader to search, not null
     * @return the appraiser, never null
     * @throws IllegalStateException if two rules share an id
     */
    public static Appraiser discovered(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        return new Builder(loader).build();
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
     * Returns the evidence providers found by {@link java.util.ServiceLoader} that could not be
     * loaded: the class name of each and its error. They are left out; the others are used.
     *
     * @return the failures in the order found, empty when every provider loaded; never null
     */
    public Map<String, String> getFailedProviders() {
        return failedProviders;
    }

    /**
     * Appraises one subject.
     *
     * @param scheme    the scheme, not null
     * @param period    the reporting period, not null
     * @param evidence  the subject's evidence, not null
     * @return the result, never null
     * @throws SchemeLoadException if a rule of the scheme is not registered or has wrong parameters
     * @throws AppraisalException if a rule fails, does not return within the rule timeout
     *         ({@code RULE_TIMEOUT}) or evidence is missing
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
     *         a scheme with plug-in rules is being scored
     */
    public AppraisalResult appraise(Scheme scheme, ReportingPeriod period, EvidenceRecord evidence) {
        CompiledScheme cs = compiled(scheme);
        String p = period.toString();
        return cs.hasPlugins ? watched(cs, watch -> score(cs, p, evidence, watch)) : score(cs, p, evidence, null);
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
     * @throws AppraisalException at the first rule failure ({@code RULE_TIMEOUT} for a plug-in call
     *         that does not return within the rule timeout) or missing evidence; no result is returned
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
     *         a scheme with plug-in rules is being scored
     */
    public List<AppraisalResult> appraiseAll(Scheme scheme, ReportingPeriod period, Collection<String> subjects,
            EvidenceTable evidence) {
        CompiledScheme cs = compiled(scheme);
        List<String> ids = new ArrayList<>(new HashSet<>(subjects));
        Collections.sort(ids);
        String p = period.toString();
        Function<Watch, List<AppraisalResult>> work = watch -> {
            List<AppraisalResult> results = new ArrayList<>(ids.size());
            for (String id : ids) {
                results.add(score(cs, p, evidence.getOrEmpty(id), watch));
            }
            return Collections.unmodifiableList(results);
        };
        return cs.hasPlugins ? watched(cs, work) : work.apply(null);
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
        EvidenceTable.Builder sink = EvidenceTable.builder(period);
        for (EvidenceProvider provider : providers) {
            try {
                provider.derive(source, period, keys, sink);
            } catch (RuntimeException | Error e) {
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
     * @throws AppraisalException when given evidence names a subject the source does not define
     *         ({@code UNKNOWN_SUBJECT}) or a key nobody reads or derives ({@code UNKNOWN_EVIDENCE_KEY}),
     *         and at the first rule failure or missing evidence; no result is returned
     * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
     *         a scheme with plug-in rules is being scored
     */
    public AppraisalBatch appraiseAll(Scheme scheme, ReportingPeriod period, EvidenceSource source, EvidenceTable given) {
        checkGiven(period, source, given);
        checkKeys(compiled(scheme), given);
        EvidenceTable derived = derive(scheme, period, source);
        EvidenceTable evidence = given.size() == 0 ? derived : derived.overriddenBy(given);
        List<AppraisalResult> results = appraiseAll(scheme, period, EvidenceSource.subjectIds(source, scheme.getSubject()),
                evidence);
        Set<String> federations = new HashSet<>();
        for (Federation f : source.getFederations()) {
            federations.add(f.getId());
        }
        return AppraisalBatch.of(results, AppraisalSummary.of(results, source.getTree(), federations));
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

    /**
     * Every key of given evidence must be read by a rule of the scheme appraised or of a scheme of
     * the catalog, or derived by a provider: any other is a typo ("membrs.total") whose value would
     * be ignored without a word.
     */
    private void checkKeys(CompiledScheme cs, EvidenceTable given) {
        if (given.size() == 0) {
            return;
        }
        Set<String> read = new HashSet<>(cs.evidenceKeys);
        String firstKey = null;
        int firstRow = Integer.MAX_VALUE;
        for (String key : given.getKeys()) {
            if (read.contains(key) || catalogKeys().contains(key) || derived(key)) {
                continue;
            }
            Object[] column = given.column(key);
            for (int row = 0; row < column.length && row <= firstRow; row++) {
                if (column[row] != null) {
                    if (row < firstRow || key.compareTo(firstKey) < 0) {
                        firstRow = row;
                        firstKey = key;
                    }
                    break;
                }
            }
        }
        if (firstKey == null) {
            return;
        }
        String subject = given.getSubjects().get(firstRow);
        List<String> where = given.sources(firstRow, firstKey);
        Scheme scheme = cs.scheme;
        String suggestion = closest(firstKey, cs);
        throw new AppraisalException("UNKNOWN_EVIDENCE_KEY", subject, "-", "evidence", firstKey,
                (where.isEmpty() ? "" : Shown.text(where.get(0)) + ": ") + Shown.id(subject) + ": evidence key "
                        + Shown.text(firstKey) + " is read by no rule of " + scheme.getId() + "@" + scheme.getVersion()
                        + " nor of the schemes of the catalog, and no evidence provider derives it"
                        + (suggestion == null ? "" : " - did you mean " + suggestion + "?") + failedProvidersNote(),
                null);
    }

    private boolean derived(String key) {
        for (EvidenceProvider provider : providers) {
            try {
                if (provider.derives(key)) {
                    return true;
                }
            } catch (RuntimeException e) {
                // a provider that cannot tell does not know the key
            }
        }
        return false;
    }

    /** The keys read by the rules of the catalog's schemes (those whose rules this registry has). */
    private Set<String> catalogKeys() {
        Set<String> keys = catalogKeys;
        if (keys == null) {
            keys = new HashSet<>();
            for (Scheme s : catalog.getSchemes()) {
                try {
                    keys.addAll(CompiledScheme.compile(s, registry).evidenceKeys);
                } catch (SchemeLoadException e) {
                    // a scheme with a rule this registry does not have reads nothing here
                }
            }
            keys = Set.copyOf(keys);
            catalogKeys = keys;
        }
        return keys;
    }

    /** The known key nearest to a typo (at most 2 edits, case ignored), or null. */
    private String closest(String key, CompiledScheme cs) {
        Set<String> known = new java.util.TreeSet<>(cs.evidenceKeys);
        known.addAll(catalogKeys());
        for (String standard : StandardEvidenceKeys.all()) {
            if (derived(standard)) {
                known.add(standard);
            }
        }
        String best = null;
        int bestDistance = 3;
        String k = key.toLowerCase(java.util.Locale.ROOT);
        for (String candidate : known) {
            int d = distance(k, candidate.toLowerCase(java.util.Locale.ROOT), bestDistance);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return best;
    }

    /** Levenshtein distance, or {@code limit} when it is at least that. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit || a.length() > 200 || b.length() > 200) {
            return limit;
        }
        return Math.min(EditDistance.of(a, b), limit);
    }

    /** The evidence providers that failed to load, for messages about evidence; empty when none did. */
    private String failedProvidersNote() {
        if (failedProviders.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("; evidence providers that failed to load: ");
        String sep = "";
        for (Map.Entry<String, String> f : failedProviders.entrySet()) {
            out.append(sep).append(Shown.text(f.getKey())).append(" (").append(f.getValue()).append(')');
            sep = ", ";
        }
        return out.toString();
    }

    /** What a watched batch shows its watcher: the plug-in call under way, and whether to stop. */
    private static final class Watch {
        /** A plug-in call and when it started. */
        record Call(CompiledScheme.Slot slot, String subject, long start) {}

        volatile Call current;
        volatile boolean cancelled;
    }

    /**
     * Runs work that calls plug-in rules on a worker thread, failing with {@code RULE_TIMEOUT} as
     * soon as one call has been running for longer than the rule timeout.
     */
    private <T> T watched(CompiledScheme cs, Function<Watch, T> work) {
        Watch watch = new Watch();
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        FutureTask<T> task = new FutureTask<>(() -> {
            Thread worker = Thread.currentThread();
            ClassLoader before = worker.getContextClassLoader();
            worker.setContextClassLoader(context);
            try {
                return work.apply(watch);
            } finally {
                worker.setContextClassLoader(before);
            }
        });
        WORKERS.execute(task);
        long wait = timeoutNanos;
        while (true) {
            try {
                return task.get(wait, TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                Watch.Call call = watch.current;
                long running = call == null ? 0 : System.nanoTime() - call.start();
                if (call != null && running >= timeoutNanos) {
                    watch.cancelled = true;
                    task.cancel(true);
                    Scheme scheme = cs.scheme;
                    throw new AppraisalException("RULE_TIMEOUT", call.slot().path(), call.subject(),
                            call.slot().ruleId(), call.slot().section(), null, Shown.id(call.subject()) + ": rule " + call.slot().ruleId()
                                    + " in " + call.slot().section() + " of scheme " + scheme.getId() + "@"
                                    + scheme.getVersion() + " did not return within " + duration(timeoutNanos)
                                    + " (the rule timeout); it was abandoned", null);
                }
                wait = Math.max(1_000_000L, timeoutNanos - running);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                } else if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            } catch (InterruptedException e) {
                watch.cancelled = true;
                task.cancel(true);
                Thread.currentThread().interrupt();
                throw new CancellationException("the appraisal of " + cs.scheme.getId() + " was interrupted");
            }
        }
    }

    private static String duration(long nanos) {
        return nanos % 1_000_000_000L == 0 ? nanos / 1_000_000_000L + " s"
                : nanos >= 1_000_000L ? nanos / 1_000_000L + " ms" : nanos + " ns";
    }

    private CompiledScheme compiled(Scheme scheme) {
        CompiledScheme cs = cache.get(scheme);
        if (cs == null || cs.scheme != scheme) {
            cs = CompiledScheme.compile(scheme, registry);
            cache.put(scheme, cs);
        }
        return cs;
    }

    private AppraisalResult score(CompiledScheme cs, String period, EvidenceRecord record, Watch watch) {
        Scheme scheme = cs.scheme;
        String subject = record.getSubject();
        Function<String, Object> values = record::value;
        List<String> ineligible = new ArrayList<>(0);
        for (int i = 0; i < cs.gates.size(); i++) {
            if (run(cs.gates.get(i), record, values, null, watch).signum() <= 0) {
                ineligible.add(scheme.getEligibility().get(i).getReason());
            }
        }
        if (!ineligible.isEmpty()) {
            return ImmutableAppraisalResult.builder().subject(subject).scheme(scheme.getId()).version(scheme.getVersion())
                    .period(period).ineligibleReasons(ineligible).bonus(BigDecimal.ZERO).total(BigDecimal.ZERO)
                    .grade(AppraisalResult.NOT_ELIGIBLE).evidence(new AppraisalResult.Evidence(record, cs.evidenceKeys))
                    .build();
        }
        List<DimensionResult> dims = new ArrayList<>(cs.dimensions.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < cs.dimensions.size(); i++) {
            Dimension d = scheme.getDimensions().get(i);
            List<RuleResult> lines = new ArrayList<>(cs.dimensions.get(i).size());
            BigDecimal sum = BigDecimal.ZERO;
            for (CompiledScheme.Slot slot : cs.dimensions.get(i)) {
                sum = sum.add(run(slot, record, values, lines, watch));
            }
            BigDecimal capped = Params.norm(sum.min(d.getMaxPoints()));
            dims.add(DimensionResult.of(d.getCode(), d.getName(), capped, d.getMaxPoints(), lines));
            total = total.add(capped);
        }
        List<RuleResult> bonusLines = new ArrayList<>(cs.bonus.size());
        BigDecimal bonus = BigDecimal.ZERO;
        for (CompiledScheme.Slot slot : cs.bonus) {
            bonus = bonus.add(run(slot, record, values, bonusLines, watch));
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
            if (run(cs.vetoes.get(i), record, values, null, watch).signum() > 0) {
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
            if (rec.isDefault() && recommendation != null) {
                continue; // the default stands only when nothing else holds
            }
            boolean holds = slot == null || run(slot, record, values, null, watch).signum() > 0;
            holds &= rec.getWhenGrades().isEmpty() || rec.getWhenGrades().contains(grade);
            if (holds) {
                // the first condition that holds gives the recommendation; every one that holds gives its reason
                if (recommendation == null) {
                    recommendation = rec.getRecommendation();
                }
                rec.getReason().filter(r -> !reasons.contains(r)).ifPresent(reasons::add);
            }
        }
        return ImmutableAppraisalResult.builder().subject(subject).scheme(scheme.getId()).version(scheme.getVersion())
                .period(period).dimensions(dims).bonus(bonus).bonusRules(bonusLines).total(total).grade(grade)
                .vetoes(vetoes).recommendation(Optional.ofNullable(recommendation)).recommendationReasons(reasons)
                .evidence(new AppraisalResult.Evidence(record, cs.evidenceKeys)).build();
    }

    private BigDecimal run(CompiledScheme.Slot slot, EvidenceRecord record, Function<String, Object> values,
            List<RuleResult> lines, Watch watch) {
        String subject = record.getSubject();
        if (slot.ifMissing() == null) {
            for (String key : slot.keys()) {
                if (values.apply(key) == null) {
                    throw slot.failure("MISSING_EVIDENCE", subject, key,
                            " needs evidence " + key + ", which is missing" + failedProvidersNote(), null);
                }
            }
        }
        RuleInput input = Inputs.of(subject, values, slot.ifMissing());
        long start = System.nanoTime();
        RuleScore score = call(slot, subject, input, watch, start);
        long elapsed = System.nanoTime() - start;
        if (!slot.builtIn()) {
            long budget = budgetNanos.getOrDefault(slot.ruleId(), defaultBudgetNanos);
            if (elapsed > budget) {
                // Rules are pure: a second call tells a slow rule from a pause of the JVM (GC) in the first.
                input = Inputs.of(subject, values, slot.ifMissing());
                start = System.nanoTime();
                score = call(slot, subject, input, watch, start);
                elapsed = System.nanoTime() - start;
                if (elapsed > budget) {
                    throw slot.failure("RULE_TIMEOUT", subject, null, " took " + elapsed / 1_000_000
                            + " ms twice - its budget is " + budget / 1_000_000 + " ms", null);
                }
            }
        }
        if (score == null || score.getPoints() == null
                || !slot.builtIn() && (score.getExplanation() == null || score.getExplanationEn() == null)) {
            throw slot.failure("RULE_NULL", subject, null, " returned null: " + score, null);
        }
        BigDecimal points = score.getPoints();
        if (points.signum() < 0) {
            throw slot.failure("RULE_NEGATIVE", subject, null, " returned negative points " + points.toPlainString(),
                    null);
        }
        if (points.compareTo(slot.max()) > 0) {
            throw slot.failure("RULE_ABOVE_CAP", subject, null, " returned " + points.toPlainString()
                    + " points, above its cap " + slot.max().toPlainString(), null);
        }
        if (lines != null) {
            String defaulted = Inputs.isDefaulted(input) ? Params.fmt(slot.ifMissing()) : null;
            lines.add(new RuleResult(slot, Params.norm(points), defaulted, record, score));
        }
        return points;
    }

    private static RuleScore call(CompiledScheme.Slot slot, String subject, RuleInput input, Watch watch, long start) {
        if (watch != null && !slot.builtIn()) {
            if (watch.cancelled) {
                throw new CancellationException("the appraisal was stopped");
            }
            watch.current = new Watch.Call(slot, subject, start);
        }
        try {
            RuleScore score = slot.rule().score(input);
            if (score != null && !slot.builtIn()) {
                // a plug-in's explanations are made here, so that their failures are named like the rule's
                score.getExplanation();
                score.getExplanationEn();
            }
            return score;
        } catch (EvidenceException e) {
            throw slot.failure(e.getProblemCode(), subject, e.getKey(), ": " + e.getMessage(), e);
        } catch (Throwable e) {
            // anything a plug-in throws, OutOfMemoryError and StackOverflowError included, fails the rule
            throw slot.failure("RULE_FAILED", subject, null, " failed: " + Shown.text(String.valueOf(e)), e);
        } finally {
            if (watch != null) {
                watch.current = null;
            }
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
        private RuleRegistry registry;
        private Duration defaultBudget = DEFAULT_RULE_BUDGET;
        private Duration timeout = DEFAULT_RULE_TIMEOUT;
        private final Map<String, Duration> budgets = new HashMap<>();
        private final Set<EvidenceProvider> providers = new LinkedHashSet<>();
        private final Map<String, String> failedProviders = new LinkedHashMap<>();
        private SchemeCatalog catalog = SchemeCatalog.reference();

        private Builder() {
            this(Appraiser.class.getClassLoader());
        }

        private Builder(ClassLoader loader) {
            registry = RuleRegistry.discovered(loader);
            providers.add(EvidenceProvider.standard());
            ServicePlugins<EvidenceProvider> found = ServicePlugins.load(ServiceLoader.load(EvidenceProvider.class, loader));
            providers.addAll(found.getFound());
            failedProviders.putAll(found.getFailed());
        }

        /**
         * Sets the hard time limit of one plug-in rule call (default {@link #DEFAULT_RULE_TIMEOUT}):
         * a call that has not returned by then fails the appraisal with {@code RULE_TIMEOUT}, and its
         * thread is abandoned. Built-in rules are not limited.
         *
         * @param limit  the limit, positive, not null
         * @return this builder
         * @throws IllegalArgumentException if not positive or longer than 365 days
         */
        public Builder ruleTimeout(Duration limit) {
            timeout = positive(limit);
            return this;
        }

        /**
         * Sets the schemes whose evidence keys given evidence may hold besides the keys of the scheme
         * appraised (default {@link SchemeCatalog#reference()}), so that one {@code evidence.jsonl}
         * can serve several schemes; a key that none of them reads and no provider derives is
         * {@code UNKNOWN_EVIDENCE_KEY}.
         *
         * @param schemes  the catalog, not null
         * @return this builder
         */
        public Builder catalog(SchemeCatalog schemes) {
            catalog = Objects.requireNonNull(schemes, "catalog");
            return this;
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
         * @throws IllegalArgumentException if not positive or longer than 365 days
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
         * @throws IllegalArgumentException if not positive or longer than 365 days
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
            failedProviders.clear();
            return this;
        }

        private static Duration positive(Duration d) {
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofDays(365)) > 0) {
                throw new IllegalArgumentException("a time limit must be positive and at most 365 days - but was: " + d);
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
