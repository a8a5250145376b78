package io.github.ficsdk.tabular;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.tabular.internal.Cells;
import io.github.ficsdk.tabular.internal.SheetReader;
import io.github.ficsdk.validation.FicValidator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * Imports a {@link Ledger} into a dataset folder of JSON Lines files, validating while reading:
 * the problems of the cells (as {@link Ledger#read} finds them), then Bean Validation of every
 * record and the cross-record checks of {@link Dataset#validate()} (repeated ids, the organisation
 * tree, unknown references), each located at its sheet, row, column and header. The folder is
 * written atomically — into a temporary sibling folder renamed into place at the end — and only
 * when no error was found, so a failed import leaves nothing half-written.
 *
 * <pre>{@code
 * LedgerImport.Result result = LedgerImport.of(Ledger.of(Path.of("台账.xlsx")))
 *         .writeTo(Path.of("data/330481"));
 * result.getProblems().forEach(System.err::println);
 * result.isWritten();               // true when there was no error
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class LedgerImport {

    private static final Pattern LINE = Pattern.compile("line (\\d+)(?: of ([a-z-]+\\.jsonl))?");

    private final Ledger ledger;
    private final FicValidator validator;

    private LedgerImport(Ledger ledger, FicValidator validator) {
        this.ledger = ledger;
        this.validator = validator;
    }

    /**
     * Returns the import of a ledger, with Chinese validation messages.
     *
     * @param ledger  the ledger, not null
     * @return the import, never null
     */
    public static LedgerImport of(Ledger ledger) {
        return new LedgerImport(Objects.requireNonNull(ledger, "ledger"), FicValidator.chinese());
    }

    /**
     * Returns this import with another validator (such as {@link FicValidator#english()}).
     *
     * @param validator  the validator, not null
     * @return the import, never null
     */
    public LedgerImport withValidator(FicValidator validator) {
        return new LedgerImport(ledger, Objects.requireNonNull(validator, "validator"));
    }

    /**
     * The outcome of an import.
     *
     * @since 0.1
     */
    @Value.Immutable
    public abstract static class Result {

        Result() {}

        /**
         * Creates a result.
         *
         * @param problems  the problems, not null
         * @param read      the rows read
         * @param valid     the valid rows
         * @param rejected  the rejected rows
         * @param written   whether the folder was written
         * @param folder    the folder, not null
         * @return the result, never null
         */
        public static Result of(List<LedgerProblem> problems, long read, long valid, long rejected, boolean written,
                Path folder) {
            return ImmutableResult.of(problems, read, valid, rejected, written, folder);
        }

        /**
         * Returns the number of errors.
         *
         * @return the errors among the problems
         */
        public long getErrorCount() {
            return getProblems().stream().filter(LedgerProblem::isError).count();
        }

        /**
         * Returns the number of warnings.
         *
         * @return the warnings among the problems
         */
        public long getWarningCount() {
            return getProblems().size() - getErrorCount();
        }

        /**
         * Returns every problem, in file, sheet and row order.
         *
         * @return every problem, in file, sheet and row order, never null
         */
        @Value.Parameter
        public abstract List<LedgerProblem> getProblems();

        /**
         * Returns the data rows read (records and rejected rows).
         *
         * @return the data rows read (records and rejected rows)
         */
        @Value.Parameter
        public abstract long getRead();

        /**
         * Returns the rows that gave a valid record.
         *
         * @return the rows that gave a valid record
         */
        @Value.Parameter
        public abstract long getValid();

        /**
         * Returns the rows rejected by an error.
         *
         * @return the rows rejected by an error
         */
        @Value.Parameter
        public abstract long getRejected();

        /**
         * Returns whether the dataset folder was written.
         *
         * @return whether the dataset folder was written
         */
        @Value.Parameter
        public abstract boolean isWritten();

        /**
         * Returns the dataset folder (written or not).
         *
         * @return the dataset folder (written or not), never null
         */
        @Value.Parameter
        public abstract Path getFolder();
    }

    /**
     * Imports the ledger into a dataset folder, written only when no error was found; an existing
     * folder is then replaced as a whole.
     *
     * @param folder  the dataset folder, not null
     * @return the outcome, never null
     * @throws UncheckedIOException if the ledger cannot be read or the folder cannot be written
     */
    public Result writeTo(Path folder) {
        return run(folder, true);
    }

    /**
     * Writes the records of every row that could be read into a dataset folder, whatever errors
     * other rows have (they are left out, as the JSON readers leave out a bad line): for computing a
     * report from a ledger with some bad rows. An existing folder is replaced as a whole.
     *
     * @param folder  the dataset folder, not null
     * @return the outcome, never null; {@code written} is true
     * @throws UncheckedIOException if the ledger cannot be read or the folder cannot be written
     */
    public Result writeReadableTo(Path folder) {
        return run(folder, false);
    }

    /** Where the records of one dataset file came from: the sheet reader and the row of each line. */
    private static final class Origins {
        final List<SheetReader<?>> sheets = new ArrayList<>();
        int[] sheet = new int[64];
        long[] row = new long[64];
        int size;

        void add(int sheetIndex, long r) {
            if (size == row.length) {
                sheet = Arrays.copyOf(sheet, size * 2);
                row = Arrays.copyOf(row, size * 2);
            }
            sheet[size] = sheetIndex;
            row[size] = r;
            size++;
        }
    }

    private Result run(Path folder, boolean onlyWhenClean) {
        Objects.requireNonNull(folder, "folder");
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path temporary;
        try {
            Files.createDirectories(parent);
            temporary = Files.createTempDirectory(parent, "." + target.getFileName() + ".import-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder next to " + target + ": " + e.getMessage(), e);
        }
        boolean committed = false;
        try {
            List<LedgerProblem> problems = new ArrayList<>();
            List<SheetReader<?>> readers = new ArrayList<>();
            Map<RecordSchema<?>, Writer> writers = new LinkedHashMap<>();
            Map<RecordSchema<?>, Origins> origins = new LinkedHashMap<>();
            ObjectWriter json = FicJson.mapper().writer();
            IOException[] failure = new IOException[1];
            ledger.read(row -> {
                if (failure[0] != null) {
                    return;
                }
                try {
                    Writer w = writers.get(row.getSchema());
                    if (w == null) {
                        w = new BufferedWriter(Files.newBufferedWriter(temporary.resolve(row.getSchema().getFileName().get()),
                                StandardCharsets.UTF_8), 1 << 16);
                        writers.put(row.getSchema(), w);
                    }
                    w.write(json.writeValueAsString(row.getRecord()));
                    w.write('\n');
                    Origins o = origins.computeIfAbsent(row.getSchema(), s -> new Origins());
                    SheetReader<?> reader = readers.get(readers.size() - 1);
                    int index = o.sheets.indexOf(reader);
                    if (index < 0) {
                        o.sheets.add(reader);
                        index = o.sheets.size() - 1;
                    }
                    o.add(index, row.getRow());
                } catch (IOException e) {
                    failure[0] = e;
                }
            }, problems::add, readers::add);
            for (Writer w : writers.values()) {
                w.close();
            }
            if (failure[0] != null) {
                throw failure[0];
            }
            long read = 0;
            long rejected = 0;
            for (SheetReader<?> r : readers) {
                read += r.read();
                rejected += r.rejected();
            }
            if (!writers.isEmpty()) {
                DataQualityReport quality = Dataset.of(temporary).withValidator(validator).validate();
                for (DatasetProblem p : quality.getProblems()) {
                    LedgerProblem lp = locate(p, origins);
                    if (lp != null) {
                        problems.add(lp);
                    }
                }
                for (io.github.ficsdk.core.io.FileReport f : quality.getFiles()) {
                    rejected += f.getRejected();
                }
            }
            // in reading order: problems of whole files first, then sheet by sheet (as read), row by row
            Map<String, Integer> order = new LinkedHashMap<>();
            for (SheetReader<?> r : readers) {
                order.putIfAbsent(r.file() + "\u0000" + r.sheet(), order.size());
            }
            problems.sort(Comparator.comparingInt((LedgerProblem p) -> order.getOrDefault(p.getFile() + "\u0000" + p.getSheet().orElse(null), -1))
                    .thenComparingLong(LedgerProblem::getRow));
            boolean clean = problems.stream().noneMatch(LedgerProblem::isError);
            boolean write = clean || !onlyWhenClean;
            if (write) {
                commit(temporary, target);
                committed = true;
            }
            return Result.of(problems, read, read - rejected, rejected, write, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot import the ledger into " + target + ": " + e.getMessage(), e);
        } finally {
            if (!committed) {
                deleteTree(temporary);
            }
        }
    }

    /** The ledger location of a problem of the dataset written from it; null for one of the folder. */
    private static LedgerProblem locate(DatasetProblem p, Map<RecordSchema<?>, Origins> origins) {
        RecordSchema<?> schema = RecordSchemas.forFileName(p.getFile()).orElse(null);
        Origins o = schema == null ? null : origins.get(schema);
        if (o == null || p.getLine() < 1 || p.getLine() > o.size) {
            return null;
        }
        int at = (int) p.getLine() - 1;
        SheetReader<?> reader = o.sheets.get(o.sheet[at]);
        int column = reader.columnOf(p.getProblemPath());
        Matcher m = LINE.matcher(p.getMessage());
        StringBuilder message = new StringBuilder();
        while (m.find()) {
            RecordSchema<?> other = m.group(2) == null ? schema : RecordSchemas.forFileName(m.group(2)).orElse(null);
            Origins oo = other == null ? null : origins.get(other);
            long line = Long.parseLong(m.group(1));
            String replacement = m.group();
            if (oo != null && line >= 1 && line <= oo.size) {
                SheetReader<?> r = oo.sheets.get(oo.sheet[(int) line - 1]);
                replacement = "row " + oo.row[(int) line - 1] + " of " + (r.sheet() == null ? r.file() : r.sheet());
            }
            m.appendReplacement(message, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(message);
        return LedgerProblem.of(reader.file(), reader.sheet(), o.row[at], column < 0 ? null : Cells.letters(column),
                column < 0 ? null : reader.header(column), p.getId().orElse(null), p.getProblemPath(), p.getSeverity(), p.getProblemCode(), message.toString());
    }

    private static void commit(Path temporary, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
            Files.delete(old);
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
