package io.github.ficsdk.core.io;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A dataset: a folder of JSON Lines files as in the data model ({@code federations.jsonl},
 * {@code chambers.jsonl}, … {@code activities.jsonl}, {@code targets.jsonl}); each file is
 * optional, and a missing file has no records.
 *
 * <pre>{@code
 * Dataset dataset = Dataset.of(Path.of("data/jiaxing-2017"));
 * try (Stream<Activity> activities = dataset.activities(problem -> log(problem))) {
 *     long visits = activities.filter(a -> a.getKind() == ActivityKind.VISIT).count();
 * }
 * DataQualityReport report = dataset.validate();
 * }</pre>
 *
 * <p>Streams read one line at a time (memory flat in the number of records) and must be closed.
 * Records are checked at construction while read; Bean Validation (standards conformance) and
 * cross-file checks belong to {@link #validate()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Dataset {

    private final Path folder;
    private final int maxLineLength;
    private final FicValidator validator;

    private Dataset(Path folder, int maxLineLength, FicValidator validator) {
        this.folder = folder;
        this.maxLineLength = maxLineLength;
        this.validator = validator;
    }

    /**
     * Returns the dataset in a folder, with the default line limit and Chinese validation messages.
     *
     * @param folder  the folder, not null; it need not exist yet (for writing)
     * @return the dataset, never null
     */
    public static Dataset of(Path folder) {
        return new Dataset(Objects.requireNonNull(folder, "folder"), JsonLinesReader.DEFAULT_MAX_LINE_LENGTH,
                FicValidator.chinese());
    }

    /**
     * Returns this dataset with another maximum line length.
     *
     * @param maxLineLength  the longest line accepted in bytes, at least 2
     * @return a dataset, never null
     * @throws IllegalArgumentException if below 2
     */
    public Dataset withMaxLineLength(int maxLineLength) {
        if (maxLineLength < 2) {
            throw new IllegalArgumentException("maxLineLength must be at least 2 - but was: " + maxLineLength);
        }
        return new Dataset(folder, maxLineLength, validator);
    }

    /**
     * Returns this dataset validated by another validator (for example English messages), or by
     * none: {@code null} switches Bean Validation off in {@link #validate()}, leaving the
     * construction and cross-file checks.
     *
     * @param validator  the validator, or null for none
     * @return a dataset, never null
     */
    public Dataset withValidator(FicValidator validator) {
        return new Dataset(folder, maxLineLength, validator);
    }

    /**
     * Returns the folder.
     *
     * @return the folder, never null
     */
    public Path getFolder() {
        return folder;
    }

    /**
     * Returns the longest line accepted, in bytes; longer lines are {@code LINE_TOO_LONG}.
     *
     * @return the limit, at least 2
     */
    public int getMaxLineLength() {
        return maxLineLength;
    }

    /**
     * Streams the records of a file, reporting every problem to a consumer and skipping its line.
     *
     * @param <T>       the record type
     * @param file      the file, not null
     * @param problems  receives the problems, not null
     * @return a lazy stream, empty when the file does not exist; close it; never null
     * @throws UncheckedIOException if the file exists but cannot be opened
     */
    public <T> Stream<T> stream(DatasetFile<T> file, Consumer<? super DatasetProblem> problems) {
        Objects.requireNonNull(problems, "problems");
        InputStream in = open(file);
        if (in == null) {
            return Stream.empty();
        }
        return JsonLinesReader.open(file, in, file.getFileName(), maxLineLength, problems).stream();
    }

    /**
     * Streams the records of a file, failing at the first line with a problem.
     *
     * @param <T>   the record type
     * @param file  the file, not null
     * @return a lazy stream, empty when the file does not exist; close it; never null
     * @throws DatasetReadException (when consumed) at the first problem
     */
    public <T> Stream<T> stream(DatasetFile<T> file) {
        return stream(file, problem -> {
            throw new DatasetReadException(problem);
        });
    }

    /**
     * Reads every record of a file into a list (for small files), failing at the first problem.
     *
     * @param <T>   the record type
     * @param file  the file, not null
     * @return the records in file order, never null
     * @throws DatasetReadException at the first problem
     */
    public <T> List<T> readAll(DatasetFile<T> file) {
        try (Stream<T> records = stream(file)) {
            return records.collect(java.util.stream.Collectors.toList());
        }
    }

    /**
     * Streams {@code federations.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the federations; close the stream; never null
     */
    public Stream<Federation> federations(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.FEDERATIONS, problems);
    }

    /**
     * Streams {@code chambers.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the chambers; close the stream; never null
     */
    public Stream<Chamber> chambers(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.CHAMBERS, problems);
    }

    /**
     * Streams {@code party-organizations.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the party organisations; close the stream; never null
     */
    public Stream<PartyOrganization> partyOrganizations(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.PARTY_ORGANIZATIONS, problems);
    }

    /**
     * Streams {@code enterprises.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the enterprises; close the stream; never null
     */
    public Stream<Enterprise> enterprises(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.ENTERPRISES, problems);
    }

    /**
     * Streams {@code persons.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the persons; close the stream; never null
     */
    public Stream<Person> persons(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.PERSONS, problems);
    }

    /**
     * Streams {@code memberships.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the memberships; close the stream; never null
     */
    public Stream<Membership> memberships(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.MEMBERSHIPS, problems);
    }

    /**
     * Streams {@code activities.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the activities; close the stream; never null
     */
    public Stream<Activity> activities(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.ACTIVITIES, problems);
    }

    /**
     * Streams {@code proposals.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the proposals; close the stream; never null
     */
    public Stream<Proposal> proposals(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.PROPOSALS, problems);
    }

    /**
     * Streams {@code targets.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the annual targets; close the stream; never null
     */
    public Stream<AnnualTarget> targets(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.TARGETS, problems);
    }

    /**
     * Writes a file of the dataset, replacing it, creating the folder if needed. The records go to
     * a temporary file of the same folder ({@code .NAME.….tmp}) that is renamed over the old file
     * once complete, so a write that fails or is killed midway leaves the old file as it was. To
     * write several files of a dataset, which belong together, use {@link #writer(Path)}.
     *
     * @param <T>      the record type
     * @param file     the file, not null
     * @param records  the records, not null; iterated once
     * @throws UncheckedIOException if writing fails; the old file is then as it was
     */
    public <T> void write(DatasetFile<T> file, Iterable<? extends T> records) {
        Objects.requireNonNull(records, "records");
        try {
            DatasetWriter.replaceFile(folder.resolve(file.getFileName()), file, records);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(file.getFileName()) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts writing a whole dataset folder atomically, as every writer of a dataset should: the
     * files go to a temporary sibling folder that {@link DatasetWriter#commit()} renames into place,
     * replacing the folder as a whole; a run that fails or is killed before leaves the folder as it
     * was.
     *
     * <pre>{@code
     * try (DatasetWriter writer = Dataset.writer(folder)) {
     *     writer.write(DatasetFile.FEDERATIONS, federations).write(DatasetFile.ACTIVITIES, activities);
     *     writer.commit();
     * }
     * }</pre>
     *
     * @param folder  the dataset folder, not null; it need not exist
     * @return the writer, never null; close it
     * @throws UncheckedIOException if the folder exists and is not a folder, or the temporary
     *     folder cannot be created
     */
    public static DatasetWriter writer(Path folder) {
        return DatasetWriter.open(folder);
    }

    private InputStream open(DatasetFile<?> file) {
        try {
            return Files.newInputStream(folder.resolve(file.getFileName()));
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Validates the whole dataset: every line of every file (construction checks), Bean
     * Validation of every record (unless switched off), and the cross-file checks: a duplicate id
     * ({@code DUPLICATE_ID}, error, naming the first line), a federation parent, chamber
     * federation or party host that is not defined ({@code UNKNOWN_PARENT}, error), federation
     * parents in a cycle ({@code PARENT_CYCLE}, error), and a membership, annual target or
     * activity target pointing at an unknown id ({@code UNKNOWN_REFERENCE}, warning).
     *
     * <p>Memory grows with the number of ids (kept for the cross-file checks), not with the size
     * of the records.
     *
     * @return the data-quality result, never null
     * @throws UncheckedIOException if a file cannot be read
     */
    public DataQualityReport validate() {
        Context context = new Context();
        List<FileReport> reports = new ArrayList<>();
        for (DatasetFile<?> file : DatasetFile.all()) {
            reports.add(validateFile(file, context));
        }
        return new DataQualityReport(reports);
    }

    private <T> FileReport validateFile(DatasetFile<T> file, Context context) {
        String name = file.getFileName();
        List<DatasetProblem> problems = new ArrayList<>();
        InputStream in = open(file);
        long read = 0;
        if (in != null) {
            try (JsonLinesReader<T> reader = JsonLinesReader.open(file, in, name, maxLineLength, problems::add)) {
                T record;
                while ((record = reader.read()) != null) {
                    long line = reader.getLineNumber();
                    String id = file.idOf(record).orElse(null);
                    if (validator != null) {
                        for (Problem problem : validator.validate(record)) {
                            problems.add(DatasetProblem.of(name, line, id, problem));
                        }
                    }
                    context.check(file, record, line, id, problems);
                }
                read = reader.getRecordsRead();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (file == DatasetFile.FEDERATIONS) {
            context.checkFederations(problems);
        }
        problems.sort(Comparator.comparingLong(DatasetProblem::line));
        Set<Long> rejectedLines = new HashSet<>();
        for (DatasetProblem p : problems) {
            if (p.isError() && !"BLANK_LINE".equals(p.code())) {
                rejectedLines.add(p.line());
            }
        }
        return new FileReport(name, read, read - rejectedLines.size(), rejectedLines.size(), problems);
    }

    /** The ids seen so far and the federations' parents, for the cross-file checks. */
    private static final class Context {
        private final Map<DatasetFile<?>, Map<String, Long>> ids = new HashMap<>();
        private final List<Object[]> federationParents = new ArrayList<>();

        boolean known(DatasetFile<?> file, String id) {
            Map<String, Long> map = ids.get(file);
            return map != null && map.containsKey(id);
        }

        void check(DatasetFile<?> file, Object record, long line, String id, List<DatasetProblem> problems) {
            String name = file.getFileName();
            if (id != null) {
                Long first = ids.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(id, line);
                if (first != null) {
                    problems.add(new DatasetProblem(name, line, id, "id", Severity.ERROR, "DUPLICATE_ID",
                            "id " + id + " is already used on line " + first));
                }
            }
            if (record instanceof Federation f) {
                f.getParent().ifPresent(parent -> federationParents.add(new Object[] {f.getId(), parent, line}));
            } else if (record instanceof Chamber c) {
                if (!known(DatasetFile.FEDERATIONS, c.getFederation())) {
                    problems.add(new DatasetProblem(name, line, id, "federation", Severity.ERROR, "UNKNOWN_PARENT",
                            "federation " + c.getFederation() + " is not defined in federations.jsonl"));
                }
            } else if (record instanceof PartyOrganization p) {
                if (!known(DatasetFile.CHAMBERS, p.getHost()) && !known(DatasetFile.FEDERATIONS, p.getHost())) {
                    problems.add(new DatasetProblem(name, line, id, "host", Severity.ERROR, "UNKNOWN_PARENT",
                            "host " + p.getHost() + " is neither a chamber nor a federation of the dataset"));
                }
            } else if (record instanceof Membership m) {
                if (!known(DatasetFile.ENTERPRISES, m.getMember()) && !known(DatasetFile.PERSONS, m.getMember())) {
                    problems.add(reference(name, line, id, "member", m.getMember(), "an enterprise or a person"));
                }
                if (!known(DatasetFile.CHAMBERS, m.getOrganization())
                        && !known(DatasetFile.FEDERATIONS, m.getOrganization())) {
                    problems.add(reference(name, line, id, "organization", m.getOrganization(),
                            "a chamber or a federation"));
                }
            } else if (record instanceof Activity a) {
                List<ActivityTarget> targets = a.getTargets();
                for (int i = 0; i < targets.size(); i++) {
                    ActivityTarget t = targets.get(i);
                    DatasetFile<?> target = switch (t.getType()) {
                        case CHAMBER -> DatasetFile.CHAMBERS;
                        case ENTERPRISE -> DatasetFile.ENTERPRISES;
                        case PERSON -> DatasetFile.PERSONS;
                        case FEDERATION -> DatasetFile.FEDERATIONS;
                        default -> null;
                    };
                    if (target != null && !known(target, t.getId())) {
                        problems.add(reference(name, line, id, "targets[" + i + "].id", t.getId(),
                                t.getType() == TargetType.ENTERPRISE ? "an enterprise"
                                        : "a " + t.getType().name().toLowerCase(java.util.Locale.ROOT)));
                    }
                }
            } else if (record instanceof AnnualTarget t) {
                String org = t.getOrganization();
                if (!known(DatasetFile.FEDERATIONS, org) && !known(DatasetFile.CHAMBERS, org)
                        && !known(DatasetFile.PARTY_ORGANIZATIONS, org)) {
                    problems.add(reference(name, line, id, "organization", org, "an organisation"));
                }
            }
        }

        private static DatasetProblem reference(String file, long line, String id, String path, String ref,
                String what) {
            return new DatasetProblem(file, line, id, path, Severity.WARNING, "UNKNOWN_REFERENCE",
                    ref + " is not " + what + " of the dataset");
        }

        void checkFederations(List<DatasetProblem> problems) {
            String name = DatasetFile.FEDERATIONS.getFileName();
            Map<String, String> parents = new HashMap<>();
            for (Object[] fp : federationParents) {
                String child = (String) fp[0];
                String parent = (String) fp[1];
                long line = (Long) fp[2];
                if (!known(DatasetFile.FEDERATIONS, parent)) {
                    problems.add(new DatasetProblem(name, line, child, "parent", Severity.ERROR, "UNKNOWN_PARENT",
                            "parent " + parent + " is not defined in federations.jsonl"));
                } else if (!parent.equals(child)) {
                    parents.putIfAbsent(child, parent);
                }
            }
            Set<String> done = new HashSet<>();
            for (String start : parents.keySet()) {
                Set<String> path = new java.util.LinkedHashSet<>();
                String k = start;
                while (k != null && !done.contains(k) && path.add(k)) {
                    k = parents.get(k);
                }
                if (k != null && path.contains(k)) {
                    List<String> cycle = new ArrayList<>();
                    boolean in = false;
                    for (String p : path) {
                        in |= p.equals(k);
                        if (in) {
                            cycle.add(p);
                        }
                    }
                    Long line = ids.get(DatasetFile.FEDERATIONS).get(k);
                    problems.add(new DatasetProblem(name, line, k, "parent", Severity.ERROR, "PARENT_CYCLE",
                            "federation parents form a cycle: " + String.join(" -> ", cycle) + " -> " + k));
                }
                done.addAll(path);
            }
        }
    }
}
