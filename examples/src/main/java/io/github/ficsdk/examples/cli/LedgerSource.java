package io.github.ficsdk.examples.cli;

import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.tabular.LedgerImport;
import io.github.ficsdk.validation.FicValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A ledger given with {@code --ledger} in place of {@code --data}: read into a temporary dataset
 * folder (the rows that could be read), deleted on {@link #close()}, with the problems of reading
 * it located in the ledger.
 *
 * @since 0.1
 */
public final class LedgerSource implements AutoCloseable {

    private final Path temporary;
    private final LedgerImport.Result result;

    private LedgerSource(Path temporary, LedgerImport.Result result) {
        this.temporary = temporary;
        this.result = result;
    }

    /**
     * Checks that the ledger exists.
     *
     * @param ledger  the workbook or CSV folder, not null
     * @param lang    the language of the message, not null
     * @return the ledger, never null
     * @throws UsageException if it does not exist
     */
    public static Path require(Path ledger, Lang lang) {
        if (!Files.exists(ledger)) {
            throw new UsageException(lang.pick("--ledger：" + ledger + " 不存在，请给出台账工作簿（.xlsx）或 CSV 文件夹",
                    "--ledger: " + ledger + " does not exist; give a ledger workbook (.xlsx) or a folder of CSV files"));
        }
        return ledger;
    }

    /**
     * Reads a ledger into a temporary dataset folder.
     *
     * @param ledger  the workbook or CSV folder, not null
     * @param lang    the language of validation messages, not null
     * @return the source, to be closed, never null
     * @throws UsageException if the ledger does not exist
     */
    public static LedgerSource open(Path ledger, Lang lang) {
        require(ledger, lang);
        Path temporary;
        try {
            temporary = Files.createTempDirectory("fic-ledger-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        LedgerImport.Result result = LedgerImport.of(Ledger.of(ledger))
                .withValidator(lang == Lang.ZH ? FicValidator.chinese() : FicValidator.english())
                .writeReadableTo(temporary.resolve("data"));
        return new LedgerSource(temporary, result);
    }

    /**
     * Returns the dataset folder the ledger was read into.
     *
     * @return the folder, never null
     */
    public Path folder() {
        return result.getFolder();
    }

    /**
     * Returns the outcome of reading the ledger.
     *
     * @return the outcome, never null
     */
    public LedgerImport.Result result() {
        return result;
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(temporary)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + temporary + ": " + e.getMessage(), e);
        }
    }
}
