package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FileStamp;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.CheckedOrganizations;
import io.github.ficsdk.core.io.bytes.StrictLineReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.report.internal.ActivityFileScan;
import io.github.ficsdk.report.internal.Aggregation;
import io.github.ficsdk.report.internal.ByteKeyTable;
import io.github.ficsdk.report.internal.ChamberStructure;
import io.github.ficsdk.report.internal.StrictActivityLines;
import io.github.ficsdk.report.internal.Plan;
import io.github.ficsdk.report.internal.QueryCompiler;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.immutables.value.Value;

/**
 * Computes standardized statistics: every requested indicator for every row of a query, in one
 * pass over the activities, following the selection rules of the data model to the letter.
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.standard();
 * Report report = engine.run(ReportQuery.builder()
 *         .period(ReportingPeriod.parse("2017-H1")).scope("F330400").breakdown(Breakdown.CHILD).build(),
 *     ReportEngine.Organizations.of(federations, chambers, parties, targets), activities, proposals);
 * report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue();   // 196 (家次: an Optional, empty for an indicator not asked)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReportEngine {

    private final IndicatorCatalog catalog;

    /** Runs the reading tasks of dataset reports; null: each report uses a pool of its own. */
    private final Executor executor;

    private ReportEngine(IndicatorCatalog catalog) {
        this(catalog, null);
    }

    private ReportEngine(IndicatorCatalog catalog, Executor executor) {
        this.catalog = catalog;
        this.executor = executor;
    }

    /**
     * Returns this engine with an executor of one's own for the reading of dataset reports
     * ({@link #run(ReportQuery, Dataset)}): the {@link ReportQuery#getThreads()} ranges of
     * {@code activities.jsonl} are then read by tasks submitted to {@code executor} instead of by a
     * pool of threads the report starts and stops itself (the default). The engine never shuts the
     * executor down; a report waits for its tasks, and cancels (interrupts) the others when one
     * fails. The executor must be able to run the tasks while the calling thread waits: do not
     * give an executor whose threads may all be busy running the reports that wait for it. An
     * executor that rejects a task ({@link java.util.concurrent.RejectedExecutionException}) makes
     * the report throw that exception. With one range (a small file or {@code threads(1)}) the
     * calling thread reads it and the executor is not used.
     *
     * <pre>{@code
     * ExecutorService pool = Executors.newFixedThreadPool(4);
     * ReportEngine pooled = ReportEngine.standard().withExecutor(pool);
     * Report fromPool = pooled.run(query, dataset);   // read by the tasks of pool
     * }</pre>
     *
     * @param executor  the executor, not null
     * @return a new engine with the same catalog, never null
     * @since 0.1
     */
    public ReportEngine withExecutor(Executor executor) {
        return new ReportEngine(catalog, Objects.requireNonNull(executor, "executor"));
    }

    /**
     * Returns the executor given by {@link #withExecutor(Executor)}.
     *
     * @return the executor, empty when each report uses a pool of its own (the default)
     * @since 0.1
     */
    public Optional<Executor> getExecutor() {
        return Optional.ofNullable(executor);
    }

    /**
     * Returns the engine with the {@linkplain IndicatorCatalog#standard() standard catalog}: the
     * standard indicators plus the {@link CustomIndicator} plug-ins that {@link java.util.ServiceLoader}
     * finds through the class loader of fic-report.
     *
     * @return the engine, never null
     * @throws IllegalStateException if two plug-ins have the same code, or one has a malformed code
     */
    public static ReportEngine standard() {
        return new ReportEngine(IndicatorCatalog.standard());
    }

    /**
     * Returns the engine with the standard indicators plus the {@link CustomIndicator} plug-ins
     * that {@link java.util.ServiceLoader} finds through a class loader
     * ({@link IndicatorCatalog#discovered(ClassLoader)}).
     *
     * @param loader  the class loader to search, not null
     * @return the engine, never null
     * @throws IllegalStateException if two plug-ins have the same code, or one has a malformed code
     */
    public static ReportEngine discovered(ClassLoader loader) {
        return new ReportEngine(IndicatorCatalog.discovered(loader));
    }

    /**
     * Returns an engine with a catalog of one's own (custom indicators, wording).
     *
     * @param catalog  the catalog, not null
     * @return the engine, never null
     */
    public static ReportEngine of(IndicatorCatalog catalog) {
        return new ReportEngine(Objects.requireNonNull(catalog, "catalog"));
    }

    /**
     * Returns the catalog.
     *
     * @return the catalog, never null
     */
    public IndicatorCatalog getCatalog() {
        return catalog;
    }

    /**
     * The organisations of a dataset: what a report needs to resolve its scope.
     *
     * @since 0.1
     */
    @Value.Immutable
    public abstract static class Organizations {

        Organizations() {}

        /**
         * Creates the organisations.
         *
         * @param federations         the federations, not null
         * @param chambers            the chambers, not null
         * @param partyOrganizations  the party organisations, not null
         * @param targets             the annual targets, not null
         * @return the organisations, never null
         */
        public static Organizations of(Collection<Federation> federations, Collection<Chamber> chambers,
                Collection<PartyOrganization> partyOrganizations, Collection<AnnualTarget> targets) {
            return ImmutableOrganizations.of(List.copyOf(federations), List.copyOf(chambers),
                    List.copyOf(partyOrganizations), List.copyOf(targets));
        }

        /**
         * Returns the federations.
         *
         * @return the federations, never null
         */
        @Value.Parameter
        public abstract Collection<Federation> getFederations();

        /**
         * Returns the chambers.
         *
         * @return the chambers, never null
         */
        @Value.Parameter
        public abstract Collection<Chamber> getChambers();

        /**
         * Returns the party organisations.
         *
         * @return the party organisations, never null
         */
        @Value.Parameter
        public abstract Collection<PartyOrganization> getPartyOrganizations();

        /**
         * Returns the annual targets.
         *
         * @return the annual targets, never null
         */
        @Value.Parameter
        public abstract Collection<AnnualTarget> getTargets();
    }

    /** A compiled query with what finishing it needs; shared by the accumulators of one query. */
    static final class Setup {
        final ReportQuery query;
        final QueryCompiler.Compiled compiled;
        final String scopeName;
        final Map<TargetKey, BigDecimal> targets;
        final boolean trackSources;
        final List<DatasetProblem> organizationProblems;
        final Map<String, Report.RowName> rowNames;
        /** Per plan (current, last year), per row: the chamber structure counts, or null when not asked. */
        final List<long[][]> structure;

        Setup(ReportQuery query, QueryCompiler.Compiled compiled, String scopeName, Map<TargetKey, BigDecimal> targets,
                List<DatasetProblem> organizationProblems, Map<String, Report.RowName> rowNames,
                List<long[][]> structure) {
            this.query = query;
            this.compiled = compiled;
            this.scopeName = scopeName;
            this.targets = targets;
            this.trackSources = query.isTrackSources();
            this.organizationProblems = List.copyOf(organizationProblems);
            this.rowNames = rowNames;
            this.structure = structure;
        }

        /** Turns an overflow of the aggregation into the public exception naming the indicator and the row. */
        FigureOutOfRangeException outOfRange(Aggregation.Overflow e) {
            boolean lastYear = e.plan != null && e.plan == compiled.lastYear();
            String period = (lastYear ? query.getPeriod().sameLastYear() : query.getPeriod()).toString();
            boolean amount = compiled.current().indicators().get(e.indicator).measure().isFen();
            FigureOutOfRangeException out = new FigureOutOfRangeException(query.getIndicators().get(e.indicator),
                    compiled.rowKeys().get(e.row), period,
                    amount ? BigDecimal.valueOf(Long.MAX_VALUE, 2) : BigDecimal.valueOf(Long.MAX_VALUE));
            out.initCause(e);
            return out;
        }
    }

    /** The annual target of an organisation for an indicator. */
    record TargetKey(String organization, String indicator) {}

    /**
     * Returns an empty accumulator for a query: the "zero" of the mergeable partial result.
     * Organisations are checked as one structure (see {@link #run(ReportQuery, Organizations,
     * Iterable, Iterable)}).
     *
     * @param query          the query, not null
     * @param organizations  the organisations, not null
     * @return the accumulator, never null
     * @throws IllegalArgumentException if an indicator code is neither valid nor custom
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public ReportAccumulator accumulator(ReportQuery query, Organizations organizations) {
        return newAccumulator(setup(query, CheckedOrganizations.check(organizations.getFederations(),
                organizations.getChambers(), organizations.getPartyOrganizations()), organizations.getTargets()));
    }

    /**
     * Compiles a query over organisations checked as one structure: the first definition of an id
     * counts, an organisation whose parent is not defined (or a cycle) is a root of its own, and
     * the problems are the report's.
     */
    Setup setup(ReportQuery query, CheckedOrganizations organizations, Collection<AnnualTarget> annualTargets) {
        OrganizationTree tree = organizations.getTree();
        Set<String> federationIds = new HashSet<>();
        for (Federation f : organizations.getFederations()) {
            federationIds.add(f.getId());
        }
        // the first definition of the scope's id names it, as the tree keeps it
        String scopeName = tree.getOrganization(query.getScope()).map(Organization::getName).orElse(null);
        QueryCompiler.Compiled compiled = QueryCompiler.compile(query, tree, federationIds, catalog);
        Map<TargetKey, BigDecimal> targets = new HashMap<>();
        if (query.isCompareWithTargets()) {
            int year = query.getPeriod().getStart().getYear();
            for (AnnualTarget t : annualTargets) {
                if (t.getYear() == year) {
                    targets.merge(new TargetKey(t.getOrganization(), t.getIndicator()), t.getValue(), BigDecimal::add);
                }
            }
        }
        Map<String, Report.RowName> rowNames = RowNames.of(tree, query.getBreakdown() == Breakdown.CHILD
                ? compiled.rowKeys() : List.of(query.getScope()));
        return new Setup(query, compiled, scopeName == null ? query.getScope() : scopeName, targets,
                organizations.getProblems(), rowNames, structure(query, compiled, organizations));
    }

    /** The chamber structure of every row, for the period and (when compared) the same period last year. */
    private static List<long[][]> structure(ReportQuery query, QueryCompiler.Compiled compiled,
            CheckedOrganizations organizations) {
        boolean asked = false;
        for (Plan.Indicator indicator : compiled.current().indicators()) {
            asked |= indicator.measure().isStructure();
        }
        if (!asked) {
            return List.of();
        }
        ChamberStructure counter = new ChamberStructure(organizations.getTree(), organizations.getChambers(),
                organizations.getPartyOrganizations());
        List<long[][]> out = new ArrayList<>();
        for (io.github.ficsdk.core.period.ReportingPeriod period : query.isCompareWithLastYear()
                ? List.of(query.getPeriod(), query.getPeriod().sameLastYear()) : List.of(query.getPeriod())) {
            List<String> rows = compiled.rowKeys();
            long[][] counts = new long[rows.size()][];
            for (int row = 0; row < rows.size(); row++) {
                Breakdown b = query.getBreakdown();
                if (row == 0 || b == Breakdown.CHILD) {
                    counts[row] = counter.count(rows.get(row), period.getStart(), period.getEnd());
                } else if (b == Breakdown.MONTH) {
                    java.time.YearMonth month = java.time.YearMonth.parse(rows.get(row))
                            .minusYears(period == query.getPeriod() ? 0 : 1);
                    java.time.LocalDate from = month.atDay(1).isBefore(period.getStart()) ? period.getStart() : month.atDay(1);
                    java.time.LocalDate to = month.atEndOfMonth().isAfter(period.getEnd()) ? period.getEnd()
                            : month.atEndOfMonth();
                    counts[row] = counter.count(query.getScope(), from, to);
                } else {
                    counts[row] = new long[3]; // a kind row: the structure has no kind, like the proposals
                }
            }
            out.add(counts);
        }
        return out;
    }

    static ReportAccumulator newAccumulator(Setup setup) {
        List<Aggregation> aggregations = new ArrayList<>();
        for (Plan plan : setup.compiled.plans()) {
            aggregations.add(new Aggregation(plan, setup.trackSources));
        }
        return new ReportAccumulator(setup, aggregations);
    }

    /**
     * Runs a query over records held in memory or streamed from any source.
     *
     * <p>The records are checked as a dataset's are: organisations as one structure (an id used
     * again, within or across federations, chambers and party organisations, keeps its first
     * definition; a parent that is not defined or a cycle leaves a root of its own), an activity or
     * proposal whose id repeats an earlier one counts once, by its first occurrence, and a target
     * repeated within one activity counts once. Each is listed in {@link Report#getProblems()}
     * ({@code DUPLICATE_ID}, {@code UNKNOWN_PARENT}, {@code PARENT_CYCLE}, {@code DUPLICATE_TARGET})
     * with the data model's file name and, as its line, the record's position (from 1) among the
     * records of its kind given here; every problem is counted by code, and the first
     * {@value ProblemCollector#DEFAULT_MAX_PER_FILE} of each file are listed. Memory grows with the
     * number of activity and proposal ids (kept to find repeats), not with the records nor with
     * the problems.
     *
     * @param query          the query, not null
     * @param organizations  the organisations, not null
     * @param activities     the activities, not null; iterated once
     * @param proposals      the proposals, not null; iterated once
     * @return the report, never null
     * @throws FigureOutOfRangeException if a figure is beyond exact counting, naming the indicator and row
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public Report run(ReportQuery query, Organizations organizations, Iterable<? extends Activity> activities,
            Iterable<? extends Proposal> proposals) {
        ReportAccumulator accumulator = accumulator(query, organizations);
        ProblemCollector problems = new ProblemCollector(ProblemCollector.DEFAULT_MAX_PER_FILE);
        accumulator.setup.organizationProblems.forEach(problems);
        String activityFile = DatasetFile.ACTIVITIES.getFileName();
        FirstOccurrences ids = new FirstOccurrences();
        long position = 0;
        for (Activity a : activities) {
            position++;
            long first = ids.firstOrAdd(a.getId(), position);
            if (first > 0) {
                problems.accept(StrictLineReader.duplicateId(activityFile, position, a.getId(), first));
            }
            StrictLineReader.duplicateTargets(a, activityFile, position, problems);
            if (first < 0) {
                accumulator.add(a);
            }
        }
        long activityCount = position;
        String proposalFile = DatasetFile.PROPOSALS.getFileName();
        ids = new FirstOccurrences();
        position = 0;
        for (Proposal p : proposals) {
            position++;
            long first = ids.firstOrAdd(p.getId(), position);
            if (first > 0) {
                problems.accept(StrictLineReader.duplicateId(proposalFile, position, p.getId(), first));
            } else {
                accumulator.add(p);
            }
        }
        return finish(accumulator, problems.getProblems(), problems.getCounts(), activityCount);
    }

    /** The first position of every id seen, compactly (the id bytes in one arena, positions in an array). */
    private static final class FirstOccurrences {
        private final ByteKeyTable ids = new ByteKeyTable();
        private long[] positions = new long[16];

        /** Returns the first position of the id, or -1 after adding it with this position. */
        long firstOrAdd(String id, long position) {
            byte[] b = id.getBytes(StandardCharsets.UTF_8);
            int index = ids.addIfAbsent(b, 0, b.length, ByteKeyTable.hash(b, 0, b.length));
            if (index >= 0) {
                return positions[index];
            }
            index = -index - 1;
            if (index == positions.length) {
                positions = Arrays.copyOf(positions, index * 2);
            }
            positions[index] = position;
            return -1;
        }
    }

    /**
     * Runs a query over a dataset folder: reads the organisations, then {@code activities.jsonl}
     * in one pass split over {@link ReportQuery#getThreads()} threads, then the proposals, then
     * {@code tickets.jsonl} and {@code projects.jsonl} when the query has a {@code TICKET.…} or
     * {@code PROJECT.…} indicator (each id once, by its first occurrence). Lines
     * that cannot be read, and organisations that do not fit in the tree (an undefined parent, a
     * cycle: such an organisation counts as a root of its own), are listed in
     * {@link Report#getProblems()} with file, line, id and path; the rest is still counted. Repeats
     * count once: an organisation id used again keeps its first definition, an activity or
     * proposal id used again its first occurrence in file order ({@code DUPLICATE_ID}, naming the
     * earlier line), a target repeated within an activity is one pair ({@code DUPLICATE_TARGET});
     * each repeat is a problem too. What a reading thread throws (an exception, or an
     * {@link Error} such as {@link OutOfMemoryError}) stops the other threads and is thrown from
     * here as it is, as soon as it happens.
     *
     * <p>Every record is read with Bean Validation ({@link Dataset#withValidationOnRead(boolean)},
     * with the dataset's validator): a record that {@link Dataset#validate()} rejects is left out
     * and listed with the same problem, whichever path reads it.
     *
     * <p>The folder is checked first ({@link Dataset#checkFolder()}: a misnamed file is a warning
     * listed in the problems). A folder without dataset files, and a file the report reads that is
     * not UTF-8, cannot be read or changes while it is read, are errors of the whole file
     * ({@link DatasetProblem#isFileError()}): the report is then {@linkplain Report#isRefused()
     * refused} and holds no figure. Every problem is counted by code; only the first
     * {@link Dataset#getMaxProblemsPerFile()} of each file are listed (the dataset's setting, 1000
     * by default, is the engine's), repeats included.
     *
     * @param query    the query, not null
     * @param dataset  the dataset, not null
     * @return the report, never null
     * @throws java.io.UncheckedIOException if a file cannot be read
     * @throws FigureOutOfRangeException if a figure is beyond exact counting, naming the indicator and row
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public Report run(ReportQuery query, Dataset dataset) {
        return run(query, dataset, new LongAdder());
    }

    /**
     * Runs a query over a dataset folder, as {@link #run(ReportQuery, Dataset)}, counting the lines
     * of {@code activities.jsonl} read so far into {@code linesRead} as it goes, so that another
     * thread can show progress.
     *
     * <pre>{@code
     * LongAdder lines = new LongAdder();
     * // another thread: System.err.print("\r" + lines.sum() + " records");
     * Report report = engine.run(query, dataset, lines);
     * }</pre>
     *
     * @param query      the query, not null
     * @param dataset    the dataset, not null
     * @param linesRead  receives the number of activity lines read, not null
     * @return the report, never null
     * @throws java.io.UncheckedIOException if a file cannot be read
     * @throws FigureOutOfRangeException if a figure is beyond exact counting, naming the indicator and row
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public Report run(ReportQuery query, Dataset dataset, LongAdder linesRead) {
        Objects.requireNonNull(linesRead, "linesRead");
        return run(query, dataset, (file, data, accumulator, problems) -> {
            ActivityFileScan.Result result = ActivityFileScan.run(file, accumulator.setup.compiled.plans(),
                    query.getThreads(), query.isTrackSources(),
                    () -> new StrictActivityLines(data.getMaxProblemsPerFile(), data.getValidator()),
                    data.getMaxLineLength(), linesRead, data.getMaxProblemsPerFile(), executor);
            for (int i = 0; i < result.aggregations().size(); i++) {
                accumulator.aggregations.get(i).merge(result.aggregations().get(i));
            }
            problems.addAll(result.problems(), 0);
            return result.lines();
        });
    }

    /**
     * Runs a query over a dataset folder, as {@link #run(ReportQuery, Dataset)}, with the
     * activities file read by another reader (such as one that spreads it over a cluster); the
     * organisations, targets and proposals are read here, as there.
     *
     * @param query    the query, not null
     * @param dataset  the dataset, not null
     * @param reader   reads {@code activities.jsonl} when it exists and can be read, not null
     * @return the report, never null
     * @throws java.io.UncheckedIOException if a file cannot be read
     * @throws FigureOutOfRangeException if a figure is beyond exact counting, naming the indicator and row
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     * @since 0.1
     */
    public Report run(ReportQuery query, Dataset dataset, ActivityFileReader reader) {
        Objects.requireNonNull(reader, "reader");
        // the records Dataset.validate() rejects for Bean Validation are rejected here too, with the same problems
        dataset = dataset.withValidationOnRead(true);
        int maxProblems = dataset.getMaxProblemsPerFile();
        ProblemCollector problems = new ProblemCollector(maxProblems);
        for (DatasetProblem p : dataset.checkFolder()) {
            // the files the report reads are checked as they are read; the others do not change its figures
            if (!p.getProblemCode().equals(FileStamp.UNREADABLE)) {
                problems.accept(p);
            }
        }
        ProblemCollector organizationProblems = new ProblemCollector(maxProblems);
        CheckedOrganizations organizations = CheckedOrganizations.read(dataset, organizationProblems);
        // the problems of the structure among those of the lines of the three files, each file in line order
        ProblemCollector structure = new ProblemCollector(maxProblems);
        organizations.getProblems().forEach(structure);
        organizationProblems.merge(structure);
        problems.addAll(organizationProblems, 0);
        List<AnnualTarget> targets = query.isCompareWithTargets()
                ? readAll(dataset, DatasetFile.TARGETS, problems)
                : List.of();
        Setup setup = setup(query, organizations, targets);
        ReportAccumulator accumulator = newAccumulator(setup);
        long records = 0;
        String name = DatasetFile.ACTIVITIES.getFileName();
        Path activities = dataset.getFolder().resolve(name);
        try {
            Optional<DatasetProblem> unreadable = FileStamp.checkReadable(activities, name);
            if (unreadable.isPresent()) {
                problems.accept(unreadable.get());
            } else if (Files.exists(activities)) {
                records = reader.read(activities, dataset, accumulator, problems);
            }
            readWithIds(dataset, DatasetFile.PROPOSALS, Proposal::getId, accumulator::add, problems);
            if (needs(query, IndicatorCode.TICKET)) {
                readWithIds(dataset, DatasetFile.TICKETS, Ticket::getId, accumulator::add, problems);
            }
            if (needs(query, IndicatorCode.PROJECT)) {
                readWithIds(dataset, DatasetFile.PROJECTS, InvestmentProject::getId, accumulator::add, problems);
            }
        } catch (Aggregation.Overflow e) {
            if (problems.getProblems().stream().anyMatch(DatasetProblem::isFileError)) {
                // a refused report gives no figure, so none is beyond counting
                return finish(accumulator, problems.getProblems(), problems.getCounts(), records);
            }
            throw setup.outOfRange(e);
        }
        return finish(accumulator, problems.getProblems(), problems.getCounts(), records);
    }

    /** Reads every record of a (small) file, in file order; empty when the file does not exist. */
    private static <T> List<T> readAll(Dataset dataset, DatasetFile<T> file, ProblemCollector problems) {
        List<T> records = new ArrayList<>();
        try (JsonLinesReader<T> reader = dataset.open(file, problems)) {
            for (T record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
            }
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + dataset.getFolder().resolve(file.getFileName()), e.getCause());
        }
        return records;
    }

    /** Tells whether a query has an indicator of a prefix ({@code TICKET.…}); only then is its file read. */
    private static boolean needs(ReportQuery query, String prefix) {
        for (String code : query.getIndicators()) {
            if (code.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Counts the records of a file, each id once (the first occurrence), as a problem each repeat. */
    private static <T> void readWithIds(Dataset dataset, DatasetFile<T> file, java.util.function.Function<T, String> id,
            java.util.function.Consumer<T> add, ProblemCollector problems) {
        String name = file.getFileName();
        FirstOccurrences ids = new FirstOccurrences();
        try (JsonLinesReader<T> reader = dataset.open(file, problems)) {
            for (T record = reader.read(); record != null; record = reader.read()) {
                long line = reader.getLineNumber();
                long first = ids.firstOrAdd(id.apply(record), line);
                if (first > 0) {
                    problems.accept(StrictLineReader.duplicateId(name, line, id.apply(record), first));
                } else {
                    add.accept(record);
                }
            }
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot read " + dataset.getFolder().resolve(name), e.getCause());
        }
    }

    /**
     * Turns an accumulator into the report.
     *
     * @param accumulator  the accumulator, not null
     * @return the report, never null
     */
    public Report finish(ReportAccumulator accumulator) {
        List<DatasetProblem> problems = accumulator.setup.organizationProblems;
        Map<String, Long> counts = new HashMap<>();
        problems.forEach(p -> counts.merge(p.getProblemCode(), 1L, Long::sum));
        return finish(accumulator, problems, counts, accumulator.aggregations.get(0).activitiesRead());
    }

    Report finish(ReportAccumulator accumulator, List<DatasetProblem> problems, Map<String, Long> problemCounts,
            long recordsRead) {
        Setup setup = accumulator.setup;
        if (problems.stream().anyMatch(DatasetProblem::isFileError)) {
            // a file that could not be read as it is: no figure is right, so none is given
            return Report.of(setup.query.getPeriod().toString(), setup.query.getScope(), setup.scopeName,
                    setup.query.getBreakdown(), setup.compiled.rowKeys(), List.of(), problems, recordsRead,
                    problemCounts, setup.rowNames);
        }
        ReportQuery query = setup.query;
        List<String> rowKeys = setup.compiled.rowKeys();
        List<String> codes = query.getIndicators();
        Aggregation current = accumulator.aggregations.get(0);
        Aggregation lastYear = accumulator.aggregations.size() > 1 ? accumulator.aggregations.get(1) : null;
        String period = query.getPeriod().toString();
        List<ReportValue> values = new ArrayList<>();
        for (int row = 0; row < rowKeys.size(); row++) {
            boolean monthRow = query.getBreakdown() == Breakdown.MONTH && row > 0;
            boolean kindRow = query.getBreakdown() == Breakdown.KIND && row > 0;
            String scope = monthRow || kindRow ? query.getScope() : rowKeys.get(row);
            String rowPeriod = monthRow ? rowKeys.get(row) : period;
            String rowKind = kindRow ? rowKeys.get(row) : null;
            for (int i = 0; i < codes.size(); i++) {
                String code = codes.get(i);
                IndicatorInfo info = catalog.info(code);
                Plan.Indicator indicator = current.plan().indicators().get(i);
                BigDecimal value = indicator.measure().isStructure() ? structure(setup, 0, row, indicator)
                        : value(current, row, i, indicator);
                BigDecimal previous = lastYear == null ? null : indicator.measure().isStructure()
                        ? structure(setup, 1, row, indicator) : value(lastYear, row, i, indicator);
                BigDecimal target = monthRow || kindRow ? null : setup.targets.get(new TargetKey(scope, code));
                String unit = indicator.measure().isFen() ? "元" : info.getUnit();
                values.add(ReportValue.of(code, scope, rowPeriod, rowKind, value, unit, info.getName(), previous, target,
                        current.sources(row, i)));
            }
        }
        return Report.of(period, query.getScope(), setup.scopeName, query.getBreakdown(), rowKeys, values,
                problems, recordsRead, problemCounts, setup.rowNames);
    }

    private static BigDecimal structure(Setup setup, int plan, int row, Plan.Indicator indicator) {
        long[] counts = setup.structure.get(plan)[row];
        return BigDecimal.valueOf(switch (indicator.measure()) {
            case CHAMBERS -> counts[ChamberStructure.COUNT];
            case CHAMBERS_FORMED -> counts[ChamberStructure.FORMED];
            default -> counts[ChamberStructure.WITH_PARTY];
        });
    }

    private static BigDecimal value(Aggregation aggregation, int row, int i, Plan.Indicator indicator) {
        return switch (indicator.measure()) {
            case AMOUNT, INVESTMENT, FUNDS -> BigDecimal.valueOf(aggregation.value(row, i), 2);
            case CUSTOM -> aggregation.customValue(row, i);
            case RESOLUTION_DAYS -> aggregation.medianValue(row, i);
            default -> BigDecimal.valueOf(aggregation.value(row, i));
        };
    }
}
