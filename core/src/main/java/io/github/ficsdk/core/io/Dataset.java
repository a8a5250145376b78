package io.github.ficsdk.core.io;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.io.internal.Numbered;
import io.github.ficsdk.core.io.internal.OrganizationCheck;
import io.github.ficsdk.core.io.internal.RecordRepeats;
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
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
     * Writes a file of the dataset, replacing it, creating the folder if needed.
     *
     * @param <T>      the record type
     * @param file     the file, not null
     * @param records  the records, not null
     * @throws UncheckedIOException if writing fails
     */
    public <T> void write(DatasetFile<T> file, Iterable<? extends T> records) {
        try {
            Files.createDirectories(folder);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve(file.getFileName())),
                    1 << 16);
                    JsonLinesWriter<T> writer = JsonLinesWriter.open(file, out)) {
                writer.writeAll(records);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
     * ({@code DUPLICATE_ID}, error, naming the first line: the first occurrence is the one that
     * counts), the structure of the organisations as the one check of {@link
     * io.github.ficsdk.core.org.OrganizationTree} makes it, which the report engine and appraisals
     * use too (an id used twice within or across federations, chambers and party organisations:
     * {@code DUPLICATE_ID}; a federation parent, chamber federation or party host that is not
     * defined: {@code UNKNOWN_PARENT}; federation parents in a cycle: {@code PARENT_CYCLE}; all
     * errors), a target repeated within one activity ({@code DUPLICATE_TARGET}, warning: the pair
     * counts once), a membership repeated with the same member, organisation and role
     * ({@code DUPLICATE_MEMBERSHIP}, warning: it counts once), and a membership, annual target or
     * activity target pointing at an unknown id ({@code UNKNOWN_REFERENCE}, warning).
     *
     * <p>Memory grows with the number of ids and memberships (kept for the cross-file checks) and
     * with the organisations, not with the size of the other records.
     *
     * @return the data-quality result, never null
     * @throws UncheckedIOException if a file cannot be read
     */
    public DataQualityReport validate() {
        Context context = new Context();
        List<FileProblems> files = new ArrayList<>();
        for (DatasetFile<?> file : DatasetFile.all()) {
            files.add(validateFile(file, context));
        }
        // the one structure check of the organisations, with the lines of their files
        OrganizationCheck.Result organizations = OrganizationCheck.check(context.federations, context.chambers,
                context.partyOrganizations);
        for (DatasetProblem problem : organizations.problems()) {
            for (FileProblems f : files) {
                if (f.name().equals(problem.file())) {
                    f.problems().add(problem);
                }
            }
        }
        List<FileReport> reports = new ArrayList<>();
        for (FileProblems f : files) {
            reports.add(f.report());
        }
        return new DataQualityReport(reports);
    }

    /** The problems of one file while the dataset is validated. */
    private record FileProblems(String name, long read, List<DatasetProblem> problems) {
        FileReport report() {
            problems.sort(Comparator.comparingLong(DatasetProblem::line));
            Set<Long> rejectedLines = new HashSet<>();
            for (DatasetProblem p : problems) {
                if (p.isError() && !"BLANK_LINE".equals(p.code())) {
                    rejectedLines.add(p.line());
                }
            }
            return new FileReport(name, read, read - rejectedLines.size(), rejectedLines.size(), problems);
        }
    }

    private <T> FileProblems validateFile(DatasetFile<T> file, Context context) {
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
        return new FileProblems(name, read, problems);
    }

    /** The ids and organisations seen so far, for the cross-file checks. */
    private static final class Context {
        private final Map<DatasetFile<?>, Map<String, Long>> ids = new HashMap<>();
        private final Map<RecordRepeats.MembershipKey, Long> memberships = new HashMap<>();
        final List<Numbered<Federation>> federations = new ArrayList<>();
        final List<Numbered<Chamber>> chambers = new ArrayList<>();
        final List<Numbered<PartyOrganization>> partyOrganizations = new ArrayList<>();

        boolean known(DatasetFile<?> file, String id) {
            Map<String, Long> map = ids.get(file);
            return map != null && map.containsKey(id);
        }

        void check(DatasetFile<?> file, Object record, long line, String id, List<DatasetProblem> problems) {
            String name = file.getFileName();
            if (id != null) {
                Long first = ids.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(id, line);
                // repeated organisation ids are the structure check's (within and across the three files)
                if (first != null && !(record instanceof Federation || record instanceof Chamber
                        || record instanceof PartyOrganization)) {
                    problems.add(RecordRepeats.duplicateId(name, line, id, first));
                }
            }
            if (record instanceof Federation f) {
                federations.add(new Numbered<>(f, line));
            } else if (record instanceof Chamber c) {
                chambers.add(new Numbered<>(c, line));
            } else if (record instanceof PartyOrganization p) {
                partyOrganizations.add(new Numbered<>(p, line));
            } else if (record instanceof Membership m) {
                Long first = memberships.putIfAbsent(RecordRepeats.MembershipKey.of(m), line);
                if (first != null) {
                    problems.add(RecordRepeats.duplicateMembership(name, line, first, m.getRole()));
                }
                if (!known(DatasetFile.ENTERPRISES, m.getMember()) && !known(DatasetFile.PERSONS, m.getMember())) {
                    problems.add(reference(name, line, id, "member", m.getMember(), "an enterprise or a person"));
                }
                if (!known(DatasetFile.CHAMBERS, m.getOrganization())
                        && !known(DatasetFile.FEDERATIONS, m.getOrganization())) {
                    problems.add(reference(name, line, id, "organization", m.getOrganization(),
                            "a chamber or a federation"));
                }
            } else if (record instanceof Activity a) {
                RecordRepeats.duplicateTargets(a, name, line, problems::add);
                List<ActivityTarget> targets = a.getTargets();
                Set<ActivityTarget> seen = new HashSet<>();
                for (int i = 0; i < targets.size(); i++) {
                    ActivityTarget t = targets.get(i);
                    DatasetFile<?> target = switch (t.getType()) {
                        case CHAMBER -> DatasetFile.CHAMBERS;
                        case ENTERPRISE -> DatasetFile.ENTERPRISES;
                        case PERSON -> DatasetFile.PERSONS;
                        case FEDERATION -> DatasetFile.FEDERATIONS;
                        default -> null;
                    };
                    // a repeated target is the DUPLICATE_TARGET above, not a second unknown reference
                    if (target != null && seen.add(t) && !known(target, t.getId())) {
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
    }
}
