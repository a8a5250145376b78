package io.github.ficsdk.examples.cli;

import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.ProblemMessages;
import io.github.ficsdk.core.io.FileReport;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.SafeText;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code validate --data DIR|--ledger FILE|DIR [--format json|text]}: the data-quality result of a dataset folder
 * (or of a spreadsheet ledger, printed by {@link LedgerOutput} with each problem's sheet, row, column and header),
 * every problem with its file, line, id, path, severity, code and message, then the counts of
 * records read, valid and rejected.
 *
 * <p>JSON output is JSON Lines, written by the library ({@link DataQualityReport#toJsonLines(java.util.Locale)}):
 * every problem listed on a line of its own,
 * {@code {"file", "line", "id", "path", "severity", "code", "message"}} ({@code id} is null when
 * the record's id could not be read; {@code line} is 0 for a problem of a whole file, and
 * {@code file} is {@code .} for one of the folder), then one line with the counts:
 * {@code {"read", "valid", "rejected", "errors", "warnings", "codes": {"CODE": n, …}, "notListed",
 * "files": [{"file", "read", "valid", "rejected"}, …]}}. Only the first 1000 problems of each
 * file are listed; {@code codes} counts all of them and {@code notListed} says how many were not
 * listed.
 *
 * <p>A warning named by a waiver of the dataset's {@code waivers.jsonl} (see
 * {@link io.github.ficsdk.core.io.Waiver}) is listed as waived, with its reason and approver
 * ({@code "waived": {"reason", "approvedBy", "until"}} in JSON; the counts line then has {@code "waived": n}).
 *
 * <p>Exit status 0 when clean or when every problem left is a waived warning, 1 when problems were
 * found (errors, or warnings not waived), the output cannot be written or an error (such as running out of memory) ended the
 * run, 2 on unusable arguments.
 *
 * @since 0.1
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Checks every record of a dataset folder and lists every problem.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:clean: no error, and no warning that is not waived", "1:problems were found (errors, or warnings not waived); the output cannot be written; an error such as running out of memory",
            "2:unusable arguments"})
public final class ValidateCommand extends AbstractCommand {

    /** An output format. */
    public enum Format {
        /** JSON Lines: a line per problem, then a line of counts. */
        JSON,
        /** One line per problem, then the counts. */
        TEXT
    }

    @Mixin
    DataOrLedger input = new DataOrLedger();

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "json",
            description = "Output format (default: json).")
    Format format = Format.JSON;

    /** Creates the command (picocli fills in the options). */
    public ValidateCommand() {}

    @Override
    protected int execute() {
        DataOrLedger.requireOne(input.data, input.ledger, lang());
        if (input.ledger != null) {
            try (LedgerSource source = LedgerSource.open(input.ledger, lang())) {
                out().print(LedgerOutput.render(source.result(), format == Format.JSON, false, lang()));
                out().flush();
                return source.result().getProblems().isEmpty() ? OK : PROBLEMS;
            }
        }
        Dataset dataset = Dataset.of(requireFolder(input.data))
                .withValidator(lang() == Lang.ZH ? FicValidator.chinese() : FicValidator.english());
        Progress progress = progress(lang().pick("校验", "Validating"));
        DataQualityReport quality;
        try {
            quality = dataset.validate();
        } catch (RuntimeException | Error e) {
            progress.cancel();
            throw e;
        }
        long read = quality.getFiles().stream().mapToLong(FileReport::getRead).sum();
        progress.done(read);
        out().print(format == Format.JSON ? quality.toJsonLines(lang().locale()) : text(quality, lang()));
        out().flush();
        return quality.isAccepted() ? OK : PROBLEMS;
    }

    /**
     * Renders one problem for people: {@code file:line id path SEVERITY CODE message}, the message
     * in the chosen language, and for a waived warning {@code [已豁免：reason（批准：approvedBy）]}
     * ({@code [waived: reason (approved by approvedBy)]}). A problem's text is {@linkplain DatasetProblem safe to print}
     * (personal numbers masked, controls escaped).
     *
     * @param problem  the problem, not null
     * @param lang     the language, not null
     * @return the line, without a line feed, never null
     */
    public static String line(DatasetProblem problem, Lang lang) {
        DatasetProblem p = ProblemMessages.localize(problem, lang.locale());
        StringBuilder out = new StringBuilder();
        out.append(p.getFile()).append(':').append(p.getLine());
        if (p.getId().orElse(null) != null) {
            out.append(' ').append(p.getId().orElse(null));
        }
        if (!p.getProblemPath().isEmpty()) {
            out.append(' ').append(p.getProblemPath());
        }
        out.append(' ').append(p.isError() ? lang.pick("错误", "ERROR") : lang.pick("警告", "WARNING"))
                .append(' ').append(p.getProblemCode()).append(' ').append(p.getMessage());
        p.getWaiver().ifPresent(w -> out.append(lang.pick(" [已豁免：" + SafeText.forDisplay(w.getReason()) + "（批准："
                + SafeText.forDisplay(w.getApprovedBy()) + "）]", " [waived: " + SafeText.forDisplay(w.getReason())
                + " (approved by " + SafeText.forDisplay(w.getApprovedBy()) + ")]")));
        return out.toString();
    }

    /**
     * Renders a data-quality result for people: one line per problem listed
     * ({@code file:line id path SEVERITY CODE message}), one line per file, a total, and when there
     * are problems their counts by code and how many were not listed. A problem's text is
     * {@linkplain DatasetProblem safe to print} (personal numbers masked, controls escaped).
     *
     * @param quality  the result, not null
     * @param lang     the language, not null
     * @return the text, never null
     */
    public static String text(DataQualityReport quality, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (DatasetProblem problem : quality.getProblems()) {
            out.append(line(problem, lang)).append('\n');
        }
        long read = 0;
        long valid = 0;
        long rejected = 0;
        for (FileReport f : quality.getFiles()) {
            if (f.getFile().equals(".")) {
                continue; // the folder's problems are listed above; it has no records
            }
            String file = SafeText.forDisplay(f.getFile());
            out.append(lang.pick(file + "：读取 " + f.getRead() + " 条，有效 " + f.getValid() + " 条，拒绝 " + f.getRejected() + " 条",
                    file + ": " + f.getRead() + " read, " + f.getValid() + " valid, " + f.getRejected() + " rejected"))
                    .append('\n');
            read += f.getRead();
            valid += f.getValid();
            rejected += f.getRejected();
        }
        out.append(lang.pick("合计：读取 " + read + " 条，有效 " + valid + " 条，拒绝 " + rejected + " 条；错误 "
                + quality.getErrorCount() + " 个，警告 " + quality.getWarningCount() + " 个",
                "total: " + read + " read, " + valid + " valid, " + rejected + " rejected; "
                + Units.count(quality.getErrorCount(), "error") + ", "
                + Units.count(quality.getWarningCount(), "warning")));
        if (quality.getWaivedCount() > 0) {
            out.append(lang.pick("（其中已豁免 " + quality.getWaivedCount() + " 个）",
                    " (" + quality.getWaivedCount() + " waived)"));
        }
        out.append('\n');
        if (!quality.getProblemCounts().isEmpty()) {
            String byCode = quality.getProblemCounts().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(lang.pick("，", ", ")));
            out.append(lang.pick("按代码：", "by code: ")).append(byCode).append('\n');
            long notListed = quality.getProblemsNotListed();
            if (notListed > 0) {
                out.append(lang.pick("另有 " + notListed + " 个问题未列出（每个文件只列出前面的问题，上面的计数包括全部问题）",
                        Units.count(notListed, "more problem") + " not listed (only the first of"
                                + " each file are; the counts above are of all of them)")).append('\n');
            }
        }
        return out.toString();
    }
}
