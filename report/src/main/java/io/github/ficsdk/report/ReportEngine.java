package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FileStamp;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.org.OrganizationTreeException;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.report.internal.ActivityFileScan;
import io.github.ficsdk.report.internal.Aggregation;
import io.github.ficsdk.report.internal.KindCodes;
import io.github.ficsdk.report.internal.StrictActivityLines;
import io.github.ficsdk.report.internal.Plan;
import io.github.ficsdk.report.internal.QueryCompiler;
import java.math.BigDecimal;
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
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Computes standardized statistics: every requested indicator for every row of a query, in one
 * pass over the activities, following the selection rules of the data model to the letter.
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.standard();
 * Report report = engine.run(ReportQuery.builder()
 *         .period(ReportingPeriod.parse("2017-H1")).scope("F330400").breakdown(Breakdown.CHILD).build(),
 *     new ReportEngine.Organizations(federations, chambers, parties, targets), activities, proposals);
 * report.total("VISIT.TARGETS.CHAMBER");   // 196 家次
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReportEngine {

    private final IndicatorCatalog catalog;

    private ReportEngine(IndicatorCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * Returns the engine with the standard catalog.
     *
     * @return the engine, never null
     */
    public static ReportEngine standard() {
        return new ReportEngine(IndicatorCatalog.standard());
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
     * @param federations         the federations, not null
     * @param chambers            the chambers, not null
     * @param partyOrganizations  the party organisations, not null
     * @param targets             the annual targets, not null
     * @since 0.1
     */
    public record Organizations(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations, Collection<AnnualTarget> targets) {

        /**
         * Creates the organisations.
         *
         * @param federations         the federations, not null
         * @param chambers            the chambers, not null
         * @param partyOrganizations  the party organisations, not null
         * @param targets             the annual targets, not null
         */
        public Organizations {
            federations = List.copyOf(federations);
            chambers = List.copyOf(chambers);
            partyOrganizations = List.copyOf(partyOrganizations);
            targets = List.copyOf(targets);
        }
    }

    /** A compiled query with what finishing it needs; shared by the accumulators of one query. */
    static final class Setup {
        final ReportQuery query;
        final QueryCompiler.Compiled compiled;
        final String scopeName;
        final Map<String, BigDecimal> targets;
        final boolean trackSources;
        final List<DatasetProblem> organizationProblems;

        Setup(ReportQuery query, QueryCompiler.Compiled compiled, String scopeName, Map<String, BigDecimal> targets,
                List<DatasetProblem> organizationProblems) {
            this.query = query;
            this.compiled = compiled;
            this.scopeName = scopeName;
            this.targets = targets;
            this.trackSources = query.isTrackSources();
            this.organizationProblems = List.copyOf(organizationProblems);
        }
    }

    /**
     * Returns an empty accumulator for a query: the "zero" of the mergeable partial result.
     *
     * @param query          the query, not null
     * @param organizations  the organisations, not null
     * @return the accumulator, never null
     * @throws IllegalArgumentException if an indicator code is neither valid nor custom
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public ReportAccumulator accumulator(ReportQuery query, Organizations organizations) {
        return newAccumulator(setup(query, organizations, Map.of()));
    }

    /**
     * Compiles a query. Organisations that do not fit in the tree (an undefined parent, a cycle, an
     * id used twice) are left where the tree can hold them (as roots of their own) and reported in
     * the report's problems, with the line of their file when it is known.
     */
    Setup setup(ReportQuery query, Organizations organizations, Map<String, Long> lines) {
        List<DatasetProblem> treeProblems = new ArrayList<>();
        OrganizationTree tree = OrganizationTree.of(organizations.federations(), organizations.chambers(),
                organizations.partyOrganizations(), e -> treeProblems.add(problem(e, organizations, lines)));
        Set<String> federationIds = new HashSet<>();
        String scopeName = query.getScope();
        for (Federation f : organizations.federations()) {
            federationIds.add(f.getId());
            if (f.getId().equals(query.getScope())) {
                scopeName = f.getName();
            }
        }
        for (Chamber c : organizations.chambers()) {
            if (c.getId().equals(query.getScope())) {
                scopeName = c.getName();
            }
        }
        for (PartyOrganization po : organizations.partyOrganizations()) {
            if (po.getId().equals(query.getScope())) {
                scopeName = po.getName();
            }
        }
        QueryCompiler.Compiled compiled = QueryCompiler.compile(query, tree, federationIds, catalog);
        Map<String, BigDecimal> targets = new HashMap<>();
        if (query.isCompareWithTargets()) {
            int year = query.getPeriod().getStart().getYear();
            for (AnnualTarget t : organizations.targets()) {
                if (t.getYear() == year) {
                    targets.merge(t.getOrganization() + "\n" + t.getIndicator(), t.getValue(), BigDecimal::add);
                }
            }
        }
        return new Setup(query, compiled, scopeName, targets, treeProblems);
    }

    private static DatasetProblem problem(OrganizationTreeException e, Organizations organizations,
            Map<String, Long> lines) {
        String id = e.getIds().get(0);
        DatasetFile<?> file = DatasetFile.PARTY_ORGANIZATIONS;
        String path = "host";
        if (organizations.federations().stream().anyMatch(f -> f.getId().equals(id))) {
            file = DatasetFile.FEDERATIONS;
            path = "parent";
        } else if (organizations.chambers().stream().anyMatch(c -> c.getId().equals(id))) {
            file = DatasetFile.CHAMBERS;
            path = "federation";
        }
        if (e.getProblemCode().equals("DUPLICATE_ID")) {
            path = "id";
        }
        return new DatasetProblem(file.getFileName(), lines.getOrDefault(file.getFileName() + "\n" + id, 0L), id, path,
                Severity.ERROR, e.getProblemCode(), e.getMessage());
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
     * @param query          the query, not null
     * @param organizations  the organisations, not null
     * @param activities     the activities, not null; iterated once
     * @param proposals      the proposals, not null; iterated once
     * @return the report, never null
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public Report run(ReportQuery query, Organizations organizations, Iterable<? extends Activity> activities,
            Iterable<? extends Proposal> proposals) {
        ReportAccumulator accumulator = accumulator(query, organizations);
        activities.forEach(accumulator::add);
        proposals.forEach(accumulator::add);
        return finish(accumulator);
    }

    /**
     * Runs a query over a dataset folder: reads the organisations, then {@code activities.jsonl}
     * in one pass split over {@link ReportQuery#getThreads()} threads, then the proposals. Lines
     * that cannot be read, and organisations that do not fit in the tree (an undefined parent, a
     * cycle, an id used twice: such an organisation counts as a root of its own), are listed in
     * {@link Report#problems()} with file, line, id and path; the rest is still counted. What a
     * reading thread throws (an exception, or an {@link Error} such as {@link OutOfMemoryError})
     * stops the other threads and is thrown from here as it is, as soon as it happens.
     *
     * <p>The folder is checked first ({@link Dataset#checkFolder()}: a misnamed file is a warning
     * listed in the problems). A folder without dataset files, and a file the report reads that is
     * not UTF-8, cannot be read or changes while it is read, are errors of the whole file
     * ({@link DatasetProblem#isFileError()}): the report is then {@linkplain Report#isRefused()
     * refused} and holds no figure. Every problem is counted by code; only the first
     * {@link Dataset#getMaxProblemsPerFile()} of each file are listed (the dataset's setting, 1000
     * by default, is the engine's).
     *
     * @param query    the query, not null
     * @param dataset  the dataset, not null
     * @return the report, never null
     * @throws java.io.UncheckedIOException if a file cannot be read
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
     * @throws QueryTooLargeException if the query has more than {@link ReportQuery#MAX_VALUES} values
     */
    public Report run(ReportQuery query, Dataset dataset, LongAdder linesRead) {
        Objects.requireNonNull(linesRead, "linesRead");
        ProblemCollector problems = new ProblemCollector(dataset.getMaxProblemsPerFile());
        for (DatasetProblem p : dataset.checkFolder()) {
            // the files the report reads are checked as they are read; the others do not change its figures
            if (!p.code().equals(FileStamp.UNREADABLE)) {
                problems.accept(p);
            }
        }
        Map<String, Long> lines = new HashMap<>();
        Organizations organizations = new Organizations(read(dataset, DatasetFile.FEDERATIONS, problems, lines),
                read(dataset, DatasetFile.CHAMBERS, problems, lines),
                read(dataset, DatasetFile.PARTY_ORGANIZATIONS, problems, lines),
                query.isCompareWithTargets() ? read(dataset, DatasetFile.TARGETS, problems, lines) : List.of());
        Setup setup = setup(query, organizations, lines);
        setup.organizationProblems.forEach(problems);
        ReportAccumulator accumulator = newAccumulator(setup);
        long records = 0;
        String name = DatasetFile.ACTIVITIES.getFileName();
        Path activities = dataset.getFolder().resolve(name);
        Optional<DatasetProblem> unreadable = FileStamp.checkReadable(activities, name);
        if (unreadable.isPresent()) {
            problems.accept(unreadable.get());
        } else if (Files.exists(activities)) {
            KindCodes kinds = new KindCodes(ActivityKind.standardKinds().stream().map(ActivityKind::getCode).toList());
            int maxProblems = dataset.getMaxProblemsPerFile();
            ActivityFileScan.Result result = ActivityFileScan.run(activities, setup.compiled.plans(), kinds,
                    query.getThreads(), query.isTrackSources(), () -> new StrictActivityLines(maxProblems),
                    dataset.getMaxLineLength(), linesRead, maxProblems);
            for (int i = 0; i < result.aggregations().size(); i++) {
                accumulator.aggregations.get(i).merge(result.aggregations().get(i));
            }
            problems.addAll(result.problems(), 0);
            records = result.lines();
        }
        try (Stream<Proposal> proposals = dataset.proposals(problems)) {
            proposals.forEach(accumulator::add);
        }
        return finish(accumulator, problems.getProblems(), problems.getCounts(), records);
    }

    /** Reads a whole (small) file, noting the line of every record id for the problems of the tree. */
    private static <T> List<T> read(Dataset dataset, DatasetFile<T> file, ProblemCollector problems,
            Map<String, Long> lines) {
        List<T> records = new ArrayList<>();
        try (JsonLinesReader<T> reader = dataset.open(file, problems)) {
            for (T record = reader.read(); record != null; record = reader.read()) {
                records.add(record);
                long line = reader.getLineNumber();
                file.idOf(record).ifPresent(id -> lines.put(file.getFileName() + "\n" + id, line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dataset.getFolder().resolve(file.getFileName()), e);
        }
        return records;
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
        problems.forEach(p -> counts.merge(p.code(), 1L, Long::sum));
        return finish(accumulator, problems, counts, accumulator.aggregations.get(0).activitiesRead());
    }

    Report finish(ReportAccumulator accumulator, List<DatasetProblem> problems, Map<String, Long> problemCounts,
            long recordsRead) {
        Setup setup = accumulator.setup;
        if (problems.stream().anyMatch(DatasetProblem::isFileError)) {
            // a file that could not be read as it is: no figure is right, so none is given
            return new Report(setup.query.getPeriod().toString(), setup.query.getScope(), setup.scopeName,
                    setup.query.getBreakdown(), setup.compiled.rowKeys(), List.of(), problems, recordsRead,
                    problemCounts);
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
                BigDecimal value = value(current, row, i, indicator);
                BigDecimal previous = lastYear == null ? null : value(lastYear, row, i, indicator);
                BigDecimal target = monthRow || kindRow ? null : setup.targets.get(scope + "\n" + code);
                String unit = indicator.measure() == Plan.Measure.AMOUNT ? "元" : info.unit();
                values.add(new ReportValue(code, scope, rowPeriod, rowKind, value, unit, info.name(), previous, target,
                        current.sources(row, i)));
            }
        }
        return new Report(period, query.getScope(), setup.scopeName, query.getBreakdown(), rowKeys, values,
                problems, recordsRead, problemCounts);
    }

    private static BigDecimal value(Aggregation aggregation, int row, int i, Plan.Indicator indicator) {
        return switch (indicator.measure()) {
            case AMOUNT -> BigDecimal.valueOf(aggregation.value(row, i), 2);
            case CUSTOM -> aggregation.customValue(row, i);
            default -> BigDecimal.valueOf(aggregation.value(row, i));
        };
    }
}
