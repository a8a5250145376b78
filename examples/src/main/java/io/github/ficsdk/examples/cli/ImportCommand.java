package io.github.ficsdk.examples.cli;

import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.tabular.LedgerImport;
import io.github.ficsdk.validation.FicValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code import --ledger FILE|DIR --out DIR [--format json|text]}: a spreadsheet ledger (an .xlsx
 * workbook or a folder of CSV files, see DATA-MODEL.md "Ledgers in spreadsheets") to a dataset
 * folder, validated while read: every problem as {@code validate} prints it plus its {@code sheet},
 * {@code row}, {@code column} and {@code header} ({@link LedgerOutput}). The folder is written only
 * when there is no error, atomically (a temporary sibling folder renamed at the end; an existing
 * folder is replaced as a whole), so a failed import leaves nothing half-written.
 *
 * <p>Exit status as {@code validate}: 0 when clean, 1 when problems were found (errors: nothing
 * written; warnings only: written), the output cannot be written or an error ended the run, 2 on
 * unusable arguments (a ledger that does not exist, {@code --out} naming a file).
 *
 * @since 0.1
 */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Reads a spreadsheet ledger (.xlsx or a folder of CSV files) into a dataset folder, written only"
                + " when there is no error.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:clean: written, no error and no warning",
            "1:problems were found (errors: nothing written; warnings only: written); the output cannot be written;"
                    + " an error such as running out of memory",
            "2:unusable arguments"})
public final class ImportCommand extends AbstractCommand {

    @Option(names = "--ledger", required = true, paramLabel = "FILE|DIR",
            description = "The ledger: an .xlsx workbook or a folder of CSV files.")
    Path ledger;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The dataset folder to write.")
    Path out;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output format (default: json).")
    ValidateCommand.Format format = ValidateCommand.Format.JSON;

    /** Creates the command (picocli fills in the options). */
    public ImportCommand() {}

    @Override
    protected int execute() {
        LedgerSource.require(ledger, lang());
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException(lang().pick("--out：" + out + " 是文件，请给出数据集文件夹",
                    "--out: " + out + " is a file; give the dataset folder"));
        }
        Progress progress = progress(lang().pick("导入台账", "Importing"));
        LedgerImport.Result result;
        try {
            result = LedgerImport.of(Ledger.of(ledger))
                    .withValidator(lang() == Lang.ZH ? FicValidator.chinese() : FicValidator.english()).writeTo(out);
        } catch (RuntimeException | Error e) {
            progress.cancel();
            throw e;
        }
        progress.done(result.getRead());
        out().print(LedgerOutput.render(result, format == ValidateCommand.Format.JSON, true, lang()));
        out().flush();
        return result.getProblems().isEmpty() ? OK : PROBLEMS;
    }
}
