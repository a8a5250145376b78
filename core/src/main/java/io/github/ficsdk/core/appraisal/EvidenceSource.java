package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.ProblemCollector;
import io.github.ficsdk.core.io.internal.Numbered;
import io.github.ficsdk.core.io.internal.OrganizationCheck;
import io.github.ficsdk.core.io.internal.RecordRepeats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The records evidence is derived from: the organisations (held in memory) and the memberships,
 * activities and proposals (streamed, so each provider pass reads a file once), from a
 * {@link Dataset} folder or from records in memory.
 *
 * <pre>{@code
 * EvidenceSource fromFolder = EvidenceSource.of(Dataset.of(Path.of("data")));
 * EvidenceSource inMemory = EvidenceSource.builder().chambers(chambers).activities(activities).build();
 * fromFolder.getProblems();   // ids used twice, repeated memberships: each counted once
 * }</pre>
 *
 * <p>Every evidence value counts a record once, as every statistic does: the organisations are
 * checked as one structure ({@link OrganizationTree}: an id used again, within or across
 * federations, chambers and party organisations, keeps its first definition); an activity or a
 * proposal whose id repeats an earlier one in its file is left out of the streams, the first
 * occurrence counts; a membership repeating the member, organisation and role of an earlier one is
 * left out too. Each repeat is listed in {@link #getProblems()} ({@code DUPLICATE_ID},
 * {@code DUPLICATE_MEMBERSHIP}) with its file and line (for records in memory, their position
 * from 1). Finding the repeats of a streamed file reads it once more, the first time it is
 * streamed, holding its ids meanwhile.
 *
 * <p>Reading a dataset fails at the first bad line ({@link io.github.ficsdk.core.io.DatasetReadException});
 * validate a dataset before appraising it.
 *
 * <p>This class is immutable and thread-safe when its record lists are not changed.
 *
 * @since 0.1
 */
public final class EvidenceSource {

    private final OrganizationCheck.Result organizations;
    private final Deduplicated<Membership> memberships;
    private final Deduplicated<Activity> activities;
    private final Deduplicated<Proposal> proposals;
    private volatile OrganizationTree tree;
    private volatile List<Organization> subjects;
    /** The files of the annual assessment and of the seed's other systems, read on use. */
    private Supplier<Stream<AnnualTarget>> targets = Stream::empty;
    private Deduplicated<AnnualTask> tasks;
    private Deduplicated<Ticket> tickets;
    private Deduplicated<InvestmentProject> projects;
    private Deduplicated<Enterprise> enterprises;

    private EvidenceSource(OrganizationCheck.Result organizations, Deduplicated<Membership> memberships,
            Deduplicated<Activity> activities, Deduplicated<Proposal> proposals) {
        this.organizations = organizations;
        this.memberships = memberships;
        this.activities = activities;
        this.proposals = proposals;
    }

    /** Sets the streams of targets, tasks, tickets and projects; returns this. */
    private EvidenceSource systems(Supplier<Stream<AnnualTarget>> targets, Deduplicated<AnnualTask> tasks,
            Deduplicated<Ticket> tickets, Deduplicated<InvestmentProject> projects, Deduplicated<Enterprise> enterprises) {
        this.enterprises = enterprises;
        this.targets = targets;
        this.tasks = tasks;
        this.tickets = tickets;
        this.projects = projects;
        return this;
    }

    /**
     * Returns the records of a dataset: organisations are read now, the other files on each use.
     * Every record is read with Bean Validation ({@link Dataset#withValidationOnRead(boolean)}), so
     * that a record {@link Dataset#validate()} rejects stops the appraisal as a malformed line does.
     *
     * @param dataset  the dataset, not null
     * @return the source, never null
     * @throws io.github.ficsdk.core.io.DatasetReadException at the first bad line of an organisation file
     */
    public static EvidenceSource of(Dataset dataset) {
        return read(dataset.withValidationOnRead(true));
    }

    private static EvidenceSource read(Dataset dataset) {
        Consumer<DatasetProblem> fail = problem -> {
            throw new DatasetReadException(problem);
        };
        return new EvidenceSource(OrganizationCheck.read(dataset, fail),
                new Deduplicated<>(DatasetFile.MEMBERSHIPS, () -> numbered(dataset, DatasetFile.MEMBERSHIPS),
                        RecordRepeats.MembershipKey::of, EvidenceSource::repeatedMembership),
                new Deduplicated<>(DatasetFile.ACTIVITIES, () -> numbered(dataset, DatasetFile.ACTIVITIES),
                        Activity::getId, EvidenceSource::repeatedId),
                new Deduplicated<>(DatasetFile.PROPOSALS, () -> numbered(dataset, DatasetFile.PROPOSALS),
                        Proposal::getId, EvidenceSource::repeatedId))
                .systems(() -> numbered(dataset, DatasetFile.TARGETS).map(Numbered::record),
                        new Deduplicated<>(DatasetFile.TASKS, () -> numbered(dataset, DatasetFile.TASKS),
                                AnnualTask::getId, EvidenceSource::repeatedId),
                        new Deduplicated<>(DatasetFile.TICKETS, () -> numbered(dataset, DatasetFile.TICKETS),
                                Ticket::getId, EvidenceSource::repeatedId),
                        new Deduplicated<>(DatasetFile.PROJECTS, () -> numbered(dataset, DatasetFile.PROJECTS),
                                InvestmentProject::getId, EvidenceSource::repeatedId),
                        new Deduplicated<>(DatasetFile.ENTERPRISES, () -> numbered(dataset, DatasetFile.ENTERPRISES),
                                Enterprise::getId, EvidenceSource::repeatedId));
    }

    /** Streams the records of a file with their lines, failing at the first problem. */
    private static <T> Stream<Numbered<T>> numbered(Dataset dataset, DatasetFile<T> file) {
        JsonLinesReader<T> reader = dataset.open(file, problem -> {
            throw new DatasetReadException(problem);
        });
        return reader.stream().map(record -> new Numbered<>(record, reader.getLineNumber()));
    }

    private static DatasetProblem repeatedId(String file, Numbered<?> repeat, Object id, long firstLine) {
        return RecordRepeats.duplicateId(file, repeat.line(), (String) id, firstLine);
    }

    private static DatasetProblem repeatedMembership(String file, Numbered<?> repeat, Object key, long firstLine) {
        return RecordRepeats.duplicateMembership(file, repeat.line(), firstLine, ((RecordRepeats.MembershipKey) key).role());
    }

    /**
     * The records of one streamed file without the repeats: found once, by a first reading of the
     * whole file, as the lines to leave out and their problems.
     */
    private static final class Deduplicated<T> {
        private final DatasetFile<T> file;
        private final Supplier<Stream<Numbered<T>>> records;
        private final Function<T, Object> key;
        private final RepeatProblem problem;
        /** The lines of the repeats, ascending. */
        private volatile long[] repeatLines;
        private ProblemCollector problems;

        Deduplicated(DatasetFile<T> file, Supplier<Stream<Numbered<T>>> records, Function<T, Object> key,
                RepeatProblem problem) {
            this.file = file;
            this.records = records;
            this.key = key;
            this.problem = problem;
        }

        Stream<T> stream() {
            long[] skip = find();
            Stream<Numbered<T>> all = records.get();
            return (skip.length == 0 ? all : all.filter(n -> Arrays.binarySearch(skip, n.line()) < 0))
                    .map(Numbered::record);
        }

        ProblemCollector problems() {
            find();
            return problems;
        }

        private long[] find() {
            long[] found = repeatLines;
            if (found != null) {
                return found;
            }
            synchronized (this) {
                if (repeatLines == null) {
                    Map<Object, Long> first = new HashMap<>();
                    long[][] lines = {new long[16]};
                    int[] size = {0};
                    // the first repeats listed, all counted: a file of a million repeats holds no million problems
                    ProblemCollector collected = new ProblemCollector(ProblemCollector.DEFAULT_MAX_PER_FILE);
                    try (Stream<Numbered<T>> all = records.get()) {
                        all.forEach(n -> {
                            Object k = key.apply(n.record());
                            Long earlier = first.putIfAbsent(k, n.line());
                            if (earlier != null) {
                                if (size[0] == lines[0].length) {
                                    lines[0] = Arrays.copyOf(lines[0], size[0] * 2);
                                }
                                lines[0][size[0]++] = n.line();
                                collected.accept(problem.of(file.getFileName(), n, k, earlier));
                            }
                        });
                    }
                    problems = collected;
                    long[] sorted = Arrays.copyOf(lines[0], size[0]);
                    Arrays.sort(sorted); // already ascending as read; sorted for the search whatever the source
                    repeatLines = sorted;
                }
                return repeatLines;
            }
        }
    }

    /** Words the problem of a repeat. */
    @FunctionalInterface
    private interface RepeatProblem {
        DatasetProblem of(String file, Numbered<?> repeat, Object key, long firstLine);
    }

    /**
     * Returns a new builder for records in memory.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the federations: the first definition of each id.
     *
     * @return the federations, never null
     */
    public List<Federation> getFederations() {
        return organizations.federations();
    }

    /**
     * Returns the chambers: the first definition of each id (a chamber whose id a federation
     * already uses is left out).
     *
     * @return the chambers, never null
     */
    public List<Chamber> getChambers() {
        return organizations.chambers();
    }

    /**
     * Returns the party organisations: the first definition of each id.
     *
     * @return the party organisations, never null
     */
    public List<PartyOrganization> getPartyOrganizations() {
        return organizations.partyOrganizations();
    }

    /**
     * Returns the organisations an appraisal may score, in the order of its rows: the federations,
     * then the chambers, then the party organisations, each id once by its first definition (one
     * that an earlier kind already uses is left out). Built once.
     *
     * @return an unmodifiable list, never null
     */
    public List<Organization> getOrganizations() {
        List<Organization> s = subjects;
        if (s == null) {
            Set<String> seen = new HashSet<>();
            List<Organization> all = new ArrayList<>();
            for (List<? extends Organization> kind : List.of(getFederations(), getChambers(), getPartyOrganizations())) {
                for (Organization o : kind) {
                    if (seen.add(o.getId())) {
                        all.add(o);
                    }
                }
            }
            s = Collections.unmodifiableList(all);
            subjects = s;
        }
        return s;
    }

    /**
     * Streams the memberships, each member, organisation and role once; close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Membership> memberships() {
        return memberships.stream();
    }

    /**
     * Streams the activities, each id once (its first occurrence); close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Activity> activities() {
        return activities.stream();
    }

    /**
     * Streams the proposals, each id once (its first occurrence); close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Proposal> proposals() {
        return proposals.stream();
    }

    /**
     * Streams the enterprises ({@code enterprises.jsonl}), each id once (its first occurrence);
     * close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Enterprise> enterprises() {
        return enterprises.stream();
    }

    /**
     * Streams the annual targets ({@code targets.jsonl}); close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<AnnualTarget> targets() {
        return targets.get();
    }

    /**
     * Streams the annual tasks ({@code tasks.jsonl}), each id once (its first occurrence); close
     * the stream.
     *
     * @return a new stream, never null
     */
    public Stream<AnnualTask> tasks() {
        return tasks.stream();
    }

    /**
     * Streams the tickets ({@code tickets.jsonl}), each id once (its first occurrence); close the
     * stream.
     *
     * @return a new stream, never null
     */
    public Stream<Ticket> tickets() {
        return tickets.stream();
    }

    /**
     * Streams the investment projects ({@code projects.jsonl}), each id once (its first
     * occurrence); close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<InvestmentProject> projects() {
        return projects.stream();
    }

    /**
     * Returns the repeats left out of the records, each counted once: organisation ids used
     * again ({@code DUPLICATE_ID}, the first definition counts), activity and proposal ids used
     * again ({@code DUPLICATE_ID}, the first occurrence counts) and repeated memberships
     * ({@code DUPLICATE_MEMBERSHIP}); in the order of the data model's files, each by line. Only
     * the first {@value ProblemCollector#DEFAULT_MAX_PER_FILE} of each streamed file are listed
     * ({@link #getProblemCount()} counts them all). Reads the streamed files that were not
     * streamed yet.
     *
     * @return the problems, never null
     */
    public List<DatasetProblem> getProblems() {
        List<DatasetProblem> all = new ArrayList<>();
        for (DatasetProblem p : organizations.problems()) {
            if ("DUPLICATE_ID".equals(p.getProblemCode())) {
                all.add(p);
            }
        }
        all.addAll(memberships.problems().getProblems());
        all.addAll(activities.problems().getProblems());
        all.addAll(proposals.problems().getProblems());
        return all;
    }

    /**
     * Returns the number of repeats left out of the records, listed or not (see
     * {@link #getProblems()}). Reads the streamed files that were not streamed yet.
     *
     * @return the count, not negative
     */
    public long getProblemCount() {
        long count = organizations.problems().stream().filter(p -> "DUPLICATE_ID".equals(p.getProblemCode())).count();
        return count + memberships.problems().getCount() + activities.problems().getCount()
                + proposals.problems().getCount();
    }

    /**
     * Returns the organisation tree of the federations, chambers and party organisations, built once.
     *
     * @return the tree, never null
     * @throws io.github.ficsdk.core.org.OrganizationTreeException if the organisations do not form a
     *         tree: a parent, federation or host that is not defined, or a cycle (an id used again
     *         is not: its first definition counts)
     */
    public OrganizationTree getTree() {
        OrganizationTree t = tree;
        if (t == null) {
            t = OrganizationTree.of(getFederations(), getChambers(), getPartyOrganizations());
            tree = t;
        }
        return t;
    }

    /**
     * Builds an {@link EvidenceSource} over records in memory; each list defaults to empty.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private List<Federation> federations = List.of();
        private List<Chamber> chambers = List.of();
        private List<PartyOrganization> partyOrganizations = List.of();
        private Collection<Membership> memberships = List.of();
        private Collection<Activity> activities = List.of();
        private Collection<Proposal> proposals = List.of();
        private Collection<AnnualTarget> targets = List.of();
        private Collection<AnnualTask> tasks = List.of();
        private Collection<Ticket> tickets = List.of();
        private Collection<InvestmentProject> projects = List.of();
        private Collection<Enterprise> enterprises = List.of();

        private Builder() {}

        /**
         * Sets the federations.
         *
         * @param records  the federations, not null
         * @return this builder
         */
        public Builder federations(Collection<Federation> records) {
            federations = List.copyOf(records);
            return this;
        }

        /**
         * Sets the chambers.
         *
         * @param records  the chambers, not null
         * @return this builder
         */
        public Builder chambers(Collection<Chamber> records) {
            chambers = List.copyOf(records);
            return this;
        }

        /**
         * Sets the party organisations.
         *
         * @param records  the party organisations, not null
         * @return this builder
         */
        public Builder partyOrganizations(Collection<PartyOrganization> records) {
            partyOrganizations = List.copyOf(records);
            return this;
        }

        /**
         * Sets the memberships (held, not copied).
         *
         * @param records  the memberships, not null
         * @return this builder
         */
        public Builder memberships(Collection<Membership> records) {
            memberships = records;
            return this;
        }

        /**
         * Sets the activities (held, not copied).
         *
         * @param records  the activities, not null
         * @return this builder
         */
        public Builder activities(Collection<Activity> records) {
            activities = records;
            return this;
        }

        /**
         * Sets the proposals (held, not copied).
         *
         * @param records  the proposals, not null
         * @return this builder
         */
        public Builder proposals(Collection<Proposal> records) {
            proposals = records;
            return this;
        }

        /**
         * Sets the annual targets (held, not copied).
         *
         * @param records  the targets, not null
         * @return this builder
         */
        public Builder targets(Collection<AnnualTarget> records) {
            targets = records;
            return this;
        }

        /**
         * Sets the annual tasks (held, not copied).
         *
         * @param records  the tasks, not null
         * @return this builder
         */
        public Builder tasks(Collection<AnnualTask> records) {
            tasks = records;
            return this;
        }

        /**
         * Sets the tickets (held, not copied).
         *
         * @param records  the tickets, not null
         * @return this builder
         */
        public Builder tickets(Collection<Ticket> records) {
            tickets = records;
            return this;
        }

        /**
         * Sets the enterprises (held, not copied).
         *
         * @param records  the enterprises, not null
         * @return this builder
         */
        public Builder enterprises(Collection<Enterprise> records) {
            enterprises = records;
            return this;
        }

        /**
         * Sets the investment projects (held, not copied).
         *
         * @param records  the projects, not null
         * @return this builder
         */
        public Builder projects(Collection<InvestmentProject> records) {
            projects = records;
            return this;
        }

        /**
         * Builds the source.
         *
         * @return the source, never null
         */
        public EvidenceSource build() {
            Collection<Membership> m = memberships;
            Collection<Activity> a = activities;
            Collection<Proposal> p = proposals;
            Collection<AnnualTarget> targetRecords = targets;
            Collection<AnnualTask> taskRecords = tasks;
            Collection<Ticket> ticketRecords = tickets;
            Collection<InvestmentProject> projectRecords = projects;
            Collection<Enterprise> enterpriseRecords = enterprises;
            return new EvidenceSource(OrganizationCheck.check(federations, chambers, partyOrganizations),
                    new Deduplicated<>(DatasetFile.MEMBERSHIPS, () -> inOrder(m), RecordRepeats.MembershipKey::of,
                            EvidenceSource::repeatedMembership),
                    new Deduplicated<>(DatasetFile.ACTIVITIES, () -> inOrder(a), Activity::getId,
                            EvidenceSource::repeatedId),
                    new Deduplicated<>(DatasetFile.PROPOSALS, () -> inOrder(p), Proposal::getId,
                            EvidenceSource::repeatedId))
                    .systems(() -> targetRecords.stream().sequential(),
                            new Deduplicated<>(DatasetFile.TASKS, () -> inOrder(taskRecords), AnnualTask::getId,
                                    EvidenceSource::repeatedId),
                            new Deduplicated<>(DatasetFile.TICKETS, () -> inOrder(ticketRecords), Ticket::getId,
                                    EvidenceSource::repeatedId),
                            new Deduplicated<>(DatasetFile.PROJECTS, () -> inOrder(projectRecords),
                                    InvestmentProject::getId, EvidenceSource::repeatedId),
                            new Deduplicated<>(DatasetFile.ENTERPRISES, () -> inOrder(enterpriseRecords),
                                    Enterprise::getId, EvidenceSource::repeatedId));
        }

        private static <T> Stream<Numbered<T>> inOrder(Collection<T> records) {
            long[] position = {0};
            return records.stream().sequential().map(r -> new Numbered<>(r, ++position[0]));
        }
    }

    static List<String> subjectIds(EvidenceSource source, SubjectType type) {
        List<String> ids = new ArrayList<>();
        switch (type) {
            case CHAMBER -> source.getChambers().forEach(c -> ids.add(c.getId()));
            case FEDERATION -> source.getFederations().forEach(f -> ids.add(f.getId()));
            case PARTY_ORGANIZATION -> source.getPartyOrganizations().forEach(p -> ids.add(p.getId()));
            default -> throw new IllegalStateException(type.name());
        }
        return ids;
    }
}
