package io.github.ficsdk.core.io;

import io.github.ficsdk.core.internal.EditDistance;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.io.internal.Numbered;
import io.github.ficsdk.core.io.internal.OrganizationCheck;
import io.github.ficsdk.core.io.internal.RecordRepeats;
import io.github.ficsdk.core.io.internal.RecordReferences;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import io.github.ficsdk.core.io.internal.CappedInputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
    private final int maxProblemsPerFile;

    private final boolean validateOnRead;

    /** The day waivers are checked against, or null for the day of validation. */
    private final java.time.LocalDate today;

    private Dataset(Path folder, int maxLineLength, FicValidator validator, int maxProblemsPerFile,
            boolean validateOnRead, java.time.LocalDate today) {
        this.today = today;
        this.validateOnRead = validateOnRead;
        this.folder = folder;
        this.maxLineLength = maxLineLength;
        this.validator = validator;
        this.maxProblemsPerFile = maxProblemsPerFile;
    }

    /**
     * Returns the dataset in a folder, with the default line limit and Chinese validation messages.
     *
     * @param folder  the folder, not null; it need not exist yet (for writing)
     * @return the dataset, never null
     */
    public static Dataset of(Path folder) {
        return new Dataset(Objects.requireNonNull(folder, "folder"), JsonLinesReader.DEFAULT_MAX_LINE_LENGTH,
                FicValidator.chinese(), ProblemCollector.DEFAULT_MAX_PER_FILE, false, null);
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
        return new Dataset(folder, maxLineLength, validator, maxProblemsPerFile, validateOnRead, today);
    }

    /**
     * Returns this dataset with another number of problems listed per file: {@link #validate()}
     * (and the report engine reading this dataset) count every problem by code but list only the
     * first {@code maxProblemsPerFile} of each file, so that a file of millions of bad lines needs
     * no memory for them. Problems of a whole file or of the folder are always listed.
     *
     * @param maxProblemsPerFile  the number of problems listed per file, at least 0
     *     ({@value ProblemCollector#DEFAULT_MAX_PER_FILE} by default)
     * @return a dataset, never null
     * @throws IllegalArgumentException if negative
     */
    public Dataset withMaxProblemsPerFile(int maxProblemsPerFile) {
        if (maxProblemsPerFile < 0) {
            throw new IllegalArgumentException("maxProblemsPerFile must not be negative - but was: "
                    + maxProblemsPerFile);
        }
        return new Dataset(folder, maxLineLength, validator, maxProblemsPerFile, validateOnRead, today);
    }

    /**
     * Returns the number of problems listed per file (all are counted).
     *
     * @return the limit, at least 0
     */
    public int getMaxProblemsPerFile() {
        return maxProblemsPerFile;
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
        return new Dataset(folder, maxLineLength, validator, maxProblemsPerFile, validateOnRead, today);
    }

    /**
     * Returns this dataset with Bean Validation run on every record read, or not (the default):
     * with it, {@link #open(DatasetFile, Consumer)}, the streams and {@link #readAll(DatasetFile)}
     * reject a record that {@link #validate()} rejects for Bean Validation alone (an error such as
     * {@code CREDIT_CODE_CHECKSUM}, {@code DIVISION_CODE_FORMAT} or {@code ID_FORMAT}): its errors
     * go to the consumer, as {@link #validate()} words them, and its line is skipped. The warnings
     * of Bean Validation, which reject nothing, are left to {@link #validate()}. The report engine
     * and {@link io.github.ficsdk.core.appraisal.EvidenceSource} read this way, so that they count
     * exactly the records {@link #validate()} accepts; plain reads skip it, as it costs time on
     * every record. Without a validator ({@link #withValidator(FicValidator)} with null) nothing
     * more is checked.
     *
     * @param validateOnRead  whether reads run Bean Validation
     * @return a dataset, never null
     */
    public Dataset withValidationOnRead(boolean validateOnRead) {
        return new Dataset(folder, maxLineLength, validator, maxProblemsPerFile, validateOnRead, today);
    }

    /**
     * Returns this dataset with the day {@link #validate()} checks the waivers of
     * {@code waivers.jsonl} against (a waiver whose {@code until} is before that day has lapsed);
     * by default the day of validation, in the system's time zone.
     *
     * @param today  the day, or null for the day of validation
     * @return a dataset, never null
     */
    public Dataset withToday(java.time.LocalDate today) {
        return new Dataset(folder, maxLineLength, validator, maxProblemsPerFile, validateOnRead, today);
    }

    /**
     * Tells whether reads run Bean Validation (see {@link #withValidationOnRead(boolean)}).
     *
     * @return true if they do
     */
    public boolean isValidatingOnRead() {
        return validateOnRead;
    }

    /**
     * Returns the validator of Bean Validation, used by {@link #validate()} and by the reads of
     * {@link #withValidationOnRead(boolean)}.
     *
     * @return the validator, or null when Bean Validation is switched off
     */
    public FicValidator getValidator() {
        return validator;
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
     * Opens a file of the dataset for reading record by record, with line numbers: every problem
     * goes to a consumer and its line is skipped. Besides the problems of lines, the problems of
     * the whole file (line 0) go to the consumer too: a file that is not UTF-8 ({@code ENCODING},
     * see {@link TextEncoding}; nothing of it is read), a file that exists but cannot be read
     * ({@code UNREADABLE_FILE}: a symbolic link whose target does not exist, a folder, no
     * permission; read as empty), and a file that changed while it was read
     * ({@code FILE_CHANGED}, reported when the end is reached; the reader never reads past the
     * size the file had when it was opened).
     *
     * <pre>{@code
     * try (JsonLinesReader<Chamber> reader = dataset.open(DatasetFile.CHAMBERS, problems::add)) {
     *     for (Chamber c = reader.read(); c != null; c = reader.read()) {
     *         lines.put(c.getId(), reader.getLineNumber());
     *     }
     * }
     * }</pre>
     *
     * @param <T>       the record type
     * @param file      the file, not null
     * @param problems  receives the problems, not null
     * @return the reader, reading nothing when the file does not exist; close it; never null
     */
    public <T> JsonLinesReader<T> open(DatasetFile<T> file, Consumer<? super DatasetProblem> problems) {
        return open(file, problems, validateOnRead ? validator : null);
    }

    /** Opens a file, running Bean Validation on each record read when a validator is given. */
    private <T> JsonLinesReader<T> open(DatasetFile<T> file, Consumer<? super DatasetProblem> problems,
            FicValidator onRead) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problems, "problems");
        String name = file.getFileName();
        Path path = folder.resolve(name);
        Optional<DatasetProblem> unreadable = FileStamp.checkReadable(path, name);
        if (unreadable.isPresent() || !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            unreadable.ifPresent(problems);
            return JsonLinesReader.open(file, InputStream.nullInputStream(), name, maxLineLength, problems);
        }
        FileStamp stamp;
        InputStream in;
        try {
            stamp = FileStamp.of(path);
            in = Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            return JsonLinesReader.open(file, InputStream.nullInputStream(), name, maxLineLength, problems);
        } catch (IOException e) {
            problems.accept(DatasetProblem.of(name, 0, null, "", Severity.ERROR, FileStamp.UNREADABLE,
                    name + " cannot be read (" + e.getClass().getSimpleName() + "); its records cannot be read"));
            return JsonLinesReader.open(file, InputStream.nullInputStream(), name, maxLineLength, problems);
        }
        CappedInputStream capped = new CappedInputStream(in, stamp.getSize());
        return JsonLinesReader.open(file, capped, name, maxLineLength, problems,
                () -> stamp.check(path, name, capped.bytesRead()).ifPresent(problems), onRead);
    }

    /**
     * Streams the records of a file, reporting every problem to a consumer and skipping its line;
     * the problems of the whole file are those of {@link #open(DatasetFile, Consumer)}.
     *
     * @param <T>       the record type
     * @param file      the file, not null
     * @param problems  receives the problems, not null
     * @return a lazy stream, empty when the file does not exist; close it; never null
     * @throws UncheckedIOException (when consumed) if reading fails once the file is open
     */
    public <T> Stream<T> stream(DatasetFile<T> file, Consumer<? super DatasetProblem> problems) {
        return open(file, problems).stream();
    }

    /**
     * Streams the records of a file, failing at the first line with a problem.
     *
     * @param <T>   the record type
     * @param file  the file, not null
     * @return a lazy stream, empty when the file does not exist; close it; never null
     * @throws DatasetReadException (when consumed) at the first problem, also one of the whole file
     *     ({@code ENCODING}, {@code UNREADABLE_FILE}, {@code FILE_CHANGED})
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
     * Streams {@code tickets.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the tickets; close the stream; never null
     */
    public Stream<Ticket> tickets(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.TICKETS, problems);
    }

    /**
     * Streams {@code projects.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the investment projects; close the stream; never null
     */
    public Stream<InvestmentProject> projects(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.PROJECTS, problems);
    }

    /**
     * Streams {@code tasks.jsonl}.
     *
     * @param problems  receives the problems, not null
     * @return the annual tasks; close the stream; never null
     */
    public Stream<AnnualTask> tasks(Consumer<? super DatasetProblem> problems) {
        return stream(DatasetFile.TASKS, problems);
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

    /**
     * The names of the files a dataset folder may hold besides the record files of
     * {@link DatasetFile#all()}: {@code evidence.jsonl} (appraisal) and {@code waivers.jsonl} (of
     * the data model, read by other tools).
     */
    private static final List<String> OTHER_KNOWN_FILES = List.of("evidence.jsonl", "waivers.jsonl");

    /** The name used as the file of a problem of the folder itself. */
    static final String FOLDER = ".";

    /**
     * Checks the folder itself, before any file is read: a folder that does not exist (or is not a
     * folder) is {@code FOLDER_NOT_FOUND} (error); a folder that holds none of the record files of
     * {@link DatasetFile#all()} is {@code NO_DATASET_FILES} (error), whatever else it holds; a file
     * whose name the data model does not know is {@code UNKNOWN_FILE} (warning, naming the
     * expected file when the name is close to one: another case, {@code .json},
     * {@code .jsonl.txt}, a typo, a singular, {@code activities (1).jsonl}); and
     * {@code evidence.jsonl} or {@code waivers.jsonl} that cannot be read as a file is
     * {@code UNREADABLE_FILE} (error). Hidden files (whose name starts with {@code .}) and
     * sub-folders are ignored. The record files themselves are checked when they are read
     * ({@link #open(DatasetFile, Consumer)}). Problems of the folder have the file {@code .}; all
     * have line 0.
     *
     * <pre>{@code
     * Dataset.of(Path.of("/tmp")).checkFolder();
     * // [.:0 ERROR NO_DATASET_FILES the folder /tmp holds none of the files of a dataset …, …]
     * }</pre>
     *
     * @return the problems, in file name order, never null
     */
    public List<DatasetProblem> checkFolder() {
        List<DatasetProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            problems.add(DatasetProblem.of(FOLDER, 0, null, "", Severity.ERROR, "FOLDER_NOT_FOUND",
                    (Files.exists(folder) ? "the dataset folder " + folder + " is not a folder"
                            : "the dataset folder " + folder + " does not exist")
                            + "; give the folder that holds federations.jsonl, activities.jsonl …"));
            return problems;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.sorted(Comparator.comparing(e -> String.valueOf(e.getFileName()))).toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(DatasetProblem.of(FOLDER, 0, null, "", Severity.ERROR, "FOLDER_NOT_FOUND",
                    "the dataset folder " + folder + " cannot be listed (" + e.getClass().getSimpleName() + ")"));
            return problems;
        }
        Set<String> recordFiles = new HashSet<>();
        for (DatasetFile<?> file : DatasetFile.all()) {
            recordFiles.add(file.getFileName());
        }
        boolean any = false;
        for (Path entry : entries) {
            String name = String.valueOf(entry.getFileName());
            if (recordFiles.contains(name)) {
                any = true;
            } else if (OTHER_KNOWN_FILES.contains(name)) {
                FileStamp.checkReadable(entry, name).ifPresent(problems::add);
            } else if (!name.startsWith(".") && !Files.isDirectory(entry)) {
                String expected = expectedName(name);
                problems.add(DatasetProblem.of(name, 0, null, "", Severity.WARNING, "UNKNOWN_FILE",
                        name + " is not a file of the data model" + (expected == null
                                ? "; it is not read (the files of a dataset are federations.jsonl, chambers.jsonl,"
                                        + " party-organizations.jsonl, enterprises.jsonl, persons.jsonl,"
                                        + " memberships.jsonl, activities.jsonl, proposals.jsonl, targets.jsonl, tickets.jsonl,"
                                        + " projects.jsonl, tasks.jsonl)"
                                : "; did you mean " + expected + "? Rename it, or its records are not read")));
            }
        }
        if (!any) {
            problems.add(0, DatasetProblem.of(FOLDER, 0, null, "", Severity.ERROR, "NO_DATASET_FILES",
                    "the folder " + folder + " holds none of the files of a dataset (federations.jsonl,"
                            + " chambers.jsonl, party-organizations.jsonl, enterprises.jsonl, persons.jsonl,"
                            + " memberships.jsonl, activities.jsonl, proposals.jsonl, targets.jsonl, tickets.jsonl,"
                            + " projects.jsonl, tasks.jsonl): nothing can be"
                            + " computed from it; give the folder that holds them"));
        }
        return problems;
    }

    /**
     * Returns the known file name a file name was probably meant to be, such as
     * {@code activities.jsonl} for {@code Activities.JSONL}, {@code activities.json},
     * {@code activities.jsonl.txt}, {@code activites.jsonl}, {@code activity.jsonl} or
     * {@code activities (1).jsonl}; null when none is close.
     */
    static String expectedName(String name) {
        String stem = name.toLowerCase(java.util.Locale.ROOT).strip();
        if (stem.endsWith(".csv") || stem.endsWith(".xlsx") || stem.endsWith(".xls")) {
            return null; // a spreadsheet is not a JSON Lines file under another name
        }
        for (String suffix : List.of(".jsonl.txt", ".json.txt", ".jsonl", ".ndjson", ".json", ".txt", ".jsonlines")) {
            if (stem.endsWith(suffix) && stem.length() > suffix.length()) {
                stem = stem.substring(0, stem.length() - suffix.length());
                break;
            }
        }
        stem = stem.replace('_', '-').replace(' ', '-');
        List<String> known = new ArrayList<>();
        for (DatasetFile<?> file : DatasetFile.all()) {
            known.add(file.getFileName());
        }
        known.addAll(OTHER_KNOWN_FILES);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String knownStem = candidate.substring(0, candidate.length() - ".jsonl".length());
            int d = distance(singular(stem), singular(knownStem));
            int allowed = knownStem.length() >= 8 ? 2 : 1;
            if (d <= allowed && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        if (best == null) {
            int longest = 0;
            for (String candidate : known) {
                String knownStem = candidate.substring(0, candidate.length() - ".jsonl".length());
                if (stem.length() > knownStem.length() && stem.startsWith(knownStem)
                        && !Character.isLetter(stem.charAt(knownStem.length())) && knownStem.length() > longest) {
                    best = candidate;
                    longest = knownStem.length();
                }
            }
        }
        return best;
    }

    private static String singular(String stem) {
        if (stem.endsWith("ies")) {
            return stem.substring(0, stem.length() - 3) + "y";
        }
        return stem.endsWith("s") ? stem.substring(0, stem.length() - 1) : stem;
    }

    /** The Levenshtein distance of two short strings. */
    private static int distance(String a, String b) {
        return EditDistance.of(a, b);
    }

    /**
     * Validates the whole dataset: the folder ({@link #checkFolder()}), every line of every file
     * (construction checks, and the problems of whole files of {@link #open(DatasetFile, Consumer)}),
     * Bean Validation of every record (unless switched off), and the cross-file checks: a duplicate id
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
     * <p>The waivers of {@code waivers.jsonl} ({@link Waiver}) are read first: a warning of a record
     * named by a waiver in force on {@linkplain #withToday(java.time.LocalDate) the day of validation}
     * is listed and counted as {@linkplain DatasetProblem#getWaiver() waived}
     * ({@link DataQualityReport#getWaivedCount()}, {@link DataQualityReport#isAccepted()}); an error
     * is never waived. The problems of {@code waivers.jsonl} itself ({@code WAIVER_UNKNOWN_CODE},
     * {@code WAIVER_NOT_A_WARNING}, {@code WAIVER_UNUSED}, a missing property …) are in a
     * {@link FileReport} of their own, last, present only when the file exists; see the
     * {@linkplain io.github.ficsdk.core.io package overview}.
     *
     * <p>Every problem is counted by code, but only the first {@link #getMaxProblemsPerFile()} of
     * each file are listed (sorted by line); the problems of the folder are in a
     * {@link FileReport} of their own, named {@code .}, first, present only when there are some.
     *
     * <p>Memory grows with the number of ids and memberships (kept for the cross-file checks) and
     * with the organisations, not with the size of the other records nor with the number of
     * problems.
     *
     * @return the data-quality result, never null
     * @throws UncheckedIOException if a file cannot be read
     */
    public DataQualityReport validate() {
        Context context = new Context();
        List<FileReport> reports = new ArrayList<>();
        List<DatasetProblem> folderProblems = checkFolder();
        if (!folderProblems.isEmpty()) {
            reports.add(FileReport.of(FOLDER, 0, 0, 0, folderProblems));
        }
        // the waivers first, so that every warning is waived (or not) as it is counted
        FileTally waiverTally = new FileTally(WaiverFile.NAME, maxProblemsPerFile, null);
        WaiverFile waivers = Files.isDirectory(folder)
                ? WaiverFile.read(folder, today == null ? java.time.LocalDate.now() : today, maxLineLength,
                        waiverTally)
                : null;
        List<FileTally> tallies = new ArrayList<>();
        for (DatasetFile<?> file : DatasetFile.all()) {
            tallies.add(validateFile(file, context, waivers));
        }
        // the one structure check of the organisations, with the lines of their files
        OrganizationCheck.Result organizations = OrganizationCheck.check(context.federations, context.chambers,
                context.partyOrganizations);
        for (FileTally tally : tallies) {
            tally.addStructure(organizations.problems(), context.rejectedOrganizations);
            reports.add(tally.report());
        }
        if (waivers != null && Files.isRegularFile(folder.resolve(WaiverFile.NAME))) {
            waivers.reportUnused(waiverTally);
            waiverTally.read = waivers.getRead();
            waiverTally.rejected = waivers.getRejected();
            reports.add(waiverTally.report());
        }
        return new DataQualityReport(reports, waivers == null ? 0 : waivers.getWaived());
    }

    /** Counts the problems of one file and the records they reject, in bounded memory. */
    private static final class FileTally implements Consumer<DatasetProblem> {
        final String name;
        final ProblemCollector problems;
        long read;
        long rejected;
        long lastRejected = -1;
        /** Whether a problem of the whole file (line 0, error) kept its records from being read. */
        boolean fileError;

        /** The waivers applied to the problems, or null. */
        final WaiverFile waivers;

        FileTally(String name, int maxProblems, WaiverFile waivers) {
            this.name = name;
            this.waivers = waivers;
            problems = new ProblemCollector(maxProblems);
        }

        DatasetProblem waive(DatasetProblem p) {
            return waivers == null ? p : waivers.apply(p);
        }

        @Override
        public void accept(DatasetProblem p) {
            problems.accept(waive(p));
            fileError |= p.isError() && p.getLine() == 0;
            // the problems of a line come in line order while the file is read
            if (p.isError() && p.getLine() > 0 && !"BLANK_LINE".equals(p.getProblemCode()) && p.getLine() != lastRejected) {
                rejected++;
                lastRejected = p.getLine();
            }
        }

        boolean isRejected(long line) {
            return lastRejected == line;
        }

        /**
         * Adds the problems of the structure check that are this file's (found after it was read,
         * so merged by line), counting the records they newly reject.
         */
        void addStructure(List<DatasetProblem> structure, Set<FileLine> rejectedBefore) {
            ProblemCollector mine = new ProblemCollector(problems.getMaxPerFile());
            Set<Long> newlyRejected = new HashSet<>();
            for (DatasetProblem p : structure) {
                if (p.getFile().equals(name)) {
                    mine.accept(waive(p));
                    if (p.isError() && p.getLine() > 0 && !rejectedBefore.contains(new FileLine(name, p.getLine()))) {
                        newlyRejected.add(p.getLine());
                    }
                }
            }
            if (mine.getCount() > 0) {
                problems.merge(mine);
                rejected += newlyRejected.size();
            }
        }

        FileReport report() {
            List<DatasetProblem> listed = new ArrayList<>(problems.getProblems());
            listed.sort(Comparator.comparingLong(DatasetProblem::getLine));
            return FileReport.of(name, read, read - rejected, rejected, listed, problems.getCounts(),
                    problems.getErrorCount());
        }
    }

    private <T> FileTally validateFile(DatasetFile<T> file, Context context, WaiverFile waivers) {
        String name = file.getFileName();
        FileTally tally = new FileTally(name, maxProblemsPerFile, waivers);
        try (JsonLinesReader<T> reader = open(file, tally, null)) {
            T record;
            while ((record = reader.read()) != null) {
                long line = reader.getLineNumber();
                String id = file.idOf(record).orElse(null);
                boolean rejected = false;
                if (validator != null) {
                    for (Problem problem : validator.validate(record)) {
                        tally.accept(DatasetProblem.of(name, line, id, problem));
                        rejected |= problem.getSeverity() == Severity.ERROR;
                    }
                }
                context.check(file, record, line, id, tally, rejected);
            }
            tally.read = reader.getRecordsRead();
            if (tally.fileError) {
                context.unreadable.add(file);
            }
        }
        return tally;
    }

    /** A line of a dataset file. */
    private record FileLine(String file, long line) {}

    /** The ids and organisations seen so far, for the cross-file checks. */
    private static final class Context {
        private final Map<DatasetFile<?>, Map<String, Long>> ids = new HashMap<>();
        private final Map<RecordRepeats.MembershipKey, Long> memberships = new HashMap<>();
        final List<Numbered<Federation>> federations = new ArrayList<>();
        final List<Numbered<Chamber>> chambers = new ArrayList<>();
        final List<Numbered<PartyOrganization>> partyOrganizations = new ArrayList<>();
        /** The organisations whose line had an error already when read. */
        final Set<FileLine> rejectedOrganizations = new HashSet<>();

        /** The files whose records could not be read as a whole (ENCODING, LINE_ENDINGS …). */
        final Set<DatasetFile<?>> unreadable = new HashSet<>();

        /**
         * Tells whether an id is defined in one of the files, or cannot be checked because one of
         * them could not be read (its problem is already the file's; every reference into it would
         * only repeat it).
         */
        boolean knownIn(List<DatasetFile<?>> files, String id) {
            for (DatasetFile<?> file : files) {
                if (known(file, id) || unreadable.contains(file)) {
                    return true;
                }
            }
            return false;
        }

        boolean known(DatasetFile<?> file, String id) {
            Map<String, Long> map = ids.get(file);
            return map != null && map.containsKey(id);
        }

        /**
         * Checks a record against the ones before; an organisation that Bean Validation rejected
         * ({@code rejectedByValidation}) is left out of the structure, as the readers that validate
         * on read leave it out (the report engine, appraisals), so that the organisations naming it
         * are rejected here as there.
         */
        void check(DatasetFile<?> file, Object record, long line, String id, FileTally problems,
                boolean rejectedByValidation) {
            String name = file.getFileName();
            if (id != null) {
                Long first = ids.computeIfAbsent(file, f -> new HashMap<>()).putIfAbsent(id, line);
                // repeated organisation ids are the structure check's (within and across the three files)
                if (first != null && !(record instanceof Organization)) {
                    problems.accept(RecordRepeats.duplicateId(name, line, id, first));
                }
            }
            if (record instanceof Organization && problems.isRejected(line)) {
                rejectedOrganizations.add(new FileLine(name, line));
            }
            if (record instanceof Organization && rejectedByValidation) {
                return;
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
                    problems.accept(RecordRepeats.duplicateMembership(name, line, first, m.getRole()));
                }
                if (!known(DatasetFile.ENTERPRISES, m.getMember()) && !known(DatasetFile.PERSONS, m.getMember())) {
                    problems.accept(reference(name, line, id, "member", m.getMember(), "an enterprise or a person"));
                }
                if (!known(DatasetFile.CHAMBERS, m.getOrganization())
                        && !known(DatasetFile.FEDERATIONS, m.getOrganization())) {
                    problems.accept(reference(name, line, id, "organization", m.getOrganization(),
                            "a chamber or a federation"));
                }
            } else if (record instanceof Activity a) {
                RecordRepeats.duplicateTargets(a, name, line, problems);
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
                        problems.accept(reference(name, line, id, "targets[" + i + "].id", t.getId(),
                                t.getType() == TargetType.ENTERPRISE ? "an enterprise"
                                        : "a " + t.getType().name().toLowerCase(java.util.Locale.ROOT)));
                    }
                }
            } else if (record instanceof AnnualTarget t) {
                String org = t.getOrganization();
                if (!known(DatasetFile.FEDERATIONS, org) && !known(DatasetFile.CHAMBERS, org)
                        && !known(DatasetFile.PARTY_ORGANIZATIONS, org)) {
                    problems.accept(reference(name, line, id, "organization", org, "an organisation"));
                }
            } else {
                RecordReferences.check(record, ref -> knownIn(ref.files(), ref.id()),
                        ref -> problems.accept(reference(name, line, id, ref.path(), ref.id(), ref.what())));
            }
        }

        private static DatasetProblem reference(String file, long line, String id, String path, String ref,
                String what) {
            return DatasetProblem.of(file, line, id, path, Severity.WARNING, "UNKNOWN_REFERENCE",
                    ref + " is not " + what + " of the dataset");
        }
    }
}
