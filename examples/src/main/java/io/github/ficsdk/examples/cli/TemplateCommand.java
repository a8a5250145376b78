package io.github.ficsdk.examples.cli;

import io.github.ficsdk.tabular.LedgerWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code template --out FILE}: an empty ledger workbook with every sheet and header, a comment on
 * each header, drop-down lists of the Chinese labels of codes, date-formatted date columns and the
 * header row frozen ({@link LedgerWriter#writeTemplate(Path)}).
 *
 * <p>Exit status 0 when written, 1 when it cannot be written, 2 on unusable arguments
 * ({@code --out} naming a folder).
 *
 * @since 0.1
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Writes an empty ledger workbook (.xlsx) with every sheet and header.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:written", "1:the workbook cannot be written", "2:unusable arguments"})
public final class TemplateCommand extends AbstractCommand {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The workbook to write (.xlsx).")
    Path out;

    /** Creates the command (picocli fills in the options). */
    public TemplateCommand() {}

    @Override
    protected int execute() {
        if (Files.isDirectory(out)) {
            throw new UsageException(lang().pick("--out：" + out + " 是文件夹，请给出工作簿文件名，例如 台账模板.xlsx",
                    "--out: " + out + " is a folder; give the workbook's file name, e.g. ledger.xlsx"));
        }
        LedgerWriter.writeTemplate(out);
        err().println(lang().pick("已写出台账模板 " + out, "ledger template written: " + out));
        err().flush();
        return OK;
    }
}
