package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.IdentifiedRecord;
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
import java.util.Objects;
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
    private final Supplier<Stream<AnnualTarget>> targets;
    private final Deduplicated<AnnualTask> tasks;
    private final Deduplicated<Ticket> tickets;
    private final Deduplicated<InvestmentProject> projects;
    private final Deduplicated<Enterprise> enterprises;

    /** Wires the streamed files, the same way for a dataset and for records in memory. */
    private EvidenceSource(OrganizationCheck.Result organizations, StreamedFiles files) {
        this.organizations = organizations;
        this.memberships = new Deduplicated<>(DatasetFile.MEMBERSHIPS, files, RecordRepeats.MembershipKey::of,
                EvidenceSource::repeatedMembership);
        this.activities = byId(DatasetFile.ACTIVITIES, files);
        this.proposals = byId(DatasetFile.PROPOSALS, files);
        this.targets = () -> files.numbered(DatasetFile.TARGETS).map(Numbered::record);
        this.tasks = byId(DatasetFile.TASKS, files);
        this.tickets = byId(DatasetFile.TICKETS, files);
        this.projects = byId(DatasetFile.PROJECTS, files);
        this.enterprises = byId(DatasetFile.ENTERPRISES, files);
    }

    /** The records of the streamed files, each with its line (or its position from 1); read on each call. */
    private interface StreamedFiles {
        <T> Stream<Numbered<T>> numbered(DatasetFile<T> file);
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
        return new EvidenceSource(OrganizationCheck.read(dataset, fail), new StreamedFiles() {
            // the records of a file with their lines, failing at the first problem
            @Override
            public <T> Stream<Numbered<T>> numbered(DatasetFile<T> file) {
                JsonLinesReader<T> reader = dataset.open(file, fail);
                return reader.stream().map(record -> new Numbered<>(record, reader.getLineNumber()));
            }
        });
    }

    /** The records of a file without those whose id repeats an earlier one. */
    private static <T extends IdentifiedRecord> Deduplicated<T> byId(DatasetFile<T> file, StreamedFiles files) {
        return new Deduplicated<>(file, files, IdentifiedRecord::getId, EvidenceSource::repeatedId);
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
        private final StreamedFiles records;
        private final Function<? super T, Object> key;
        private final RepeatProblem problem;
        /** The lines of the repeats, ascending. */
        private volatile long[] repeatLines;
        private ProblemCollector problems;

        Deduplicated(DatasetFile<T> file, StreamedFiles records, Function<? super T, Object> key,
                RepeatProblem problem) {
            this.file = file;
            this.records = records;
            this.key = key;
            this.problem = problem;
        }

        Stream<T> stream() {
            long[] skip = find();
            Stream<Numbered<T>> all = records.numbered(file);
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
                    try (Stream<Numbered<T>> all = records.numbered(file)) {
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
        /** The records of the streamed files (held, not copied), each under its file. */
        private final Map<DatasetFile<?>, Collection<?>> streamed = new HashMap<>();

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
            return hold(DatasetFile.MEMBERSHIPS, records);
        }

        /**
         * Sets the activities (held, not copied).
         *
         * @param records  the activities, not null
         * @return this builder
         */
        public Builder activities(Collection<Activity> records) {
            return hold(DatasetFile.ACTIVITIES, records);
        }

        /**
         * Sets the proposals (held, not copied).
         *
         * @param records  the proposals, not null
         * @return this builder
         */
        public Builder proposals(Collection<Proposal> records) {
            return hold(DatasetFile.PROPOSALS, records);
        }

        /**
         * Sets the annual targets (held, not copied).
         *
         * @param records  the targets, not null
         * @return this builder
         */
        public Builder targets(Collection<AnnualTarget> records) {
            return hold(DatasetFile.TARGETS, records);
        }

        /**
         * Sets the annual tasks (held, not copied).
         *
         * @param records  the tasks, not null
         * @return this builder
         */
        public Builder tasks(Collection<AnnualTask> records) {
            return hold(DatasetFile.TASKS, records);
        }

        /**
         * Sets the tickets (held, not copied).
         *
         * @param records  the tickets, not null
         * @return this builder
         */
        public Builder tickets(Collection<Ticket> records) {
            return hold(DatasetFile.TICKETS, records);
        }

        /**
         * Sets the enterprises (held, not copied).
         *
         * @param records  the enterprises, not null
         * @return this builder
         */
        public Builder enterprises(Collection<Enterprise> records) {
            return hold(DatasetFile.ENTERPRISES, records);
        }

        /**
         * Sets the investment projects (held, not copied).
         *
         * @param records  the projects, not null
         * @return this builder
         */
        public Builder projects(Collection<InvestmentProject> records) {
            return hold(DatasetFile.PROJECTS, records);
        }

        private <T> Builder hold(DatasetFile<T> file, Collection<T> records) {
            streamed.put(file, Objects.requireNonNull(records, "records"));
            return this;
        }

        /**
         * Builds the source.
         *
         * @return the source, never null
         */
        public EvidenceSource build() {
            Map<DatasetFile<?>, Collection<?>> held = Map.copyOf(streamed);
            return new EvidenceSource(OrganizationCheck.check(federations, chambers, partyOrganizations),
                    new StreamedFiles() {
                        // the records under a file are those of its type: hold(file, records) put them there
                        @SuppressWarnings("unchecked")
                        @Override
                        public <T> Stream<Numbered<T>> numbered(DatasetFile<T> file) {
                            long[] position = {0};
                            Collection<T> records = (Collection<T>) held.getOrDefault(file, List.of());
                            return records.stream().sequential().map(r -> new Numbered<>(r, ++position[0]));
                        }
                    });
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
