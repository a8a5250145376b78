package io.github.ficsdk.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.tabular.LedgerImport;
import io.github.ficsdk.tabular.LedgerProblem;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints the outcome of reading a ledger ({@code import}, {@code validate --ledger}) as
 * {@code validate} prints a dataset's: JSON Lines, one line per problem
 * {@code {"file", "sheet", "row", "column", "header", "id", "path", "severity", "code", "message"}}
 * then one line of counts {@code {"read", "valid", "rejected", "errors", "warnings", "codes", "written"}};
 * or text, one line per problem ({@code 台账.xlsx 活动!D17 开始日期 A17 start 错误 INVALID_DATE …}) then the counts.
 *
 * @since 0.1
 */
public final class LedgerOutput {

    private LedgerOutput() {}

    /**
     * Renders the outcome.
     *
     * @param result   the outcome, not null
     * @param json     true for JSON Lines, false for text
     * @param written  whether to say if the folder was written ({@code import}), or not ({@code validate})
     * @param lang     the language, not null
     * @return the text, never null
     */
    public static String render(LedgerImport.Result result, boolean json, boolean written, Lang lang) {
        Map<String, Long> codes = new TreeMap<>();
        result.getProblems().forEach(p -> codes.merge(p.getProblemCode(), 1L, Long::sum));
        return json ? json(result, codes, written, lang) : text(result, codes, written, lang);
    }

    private static String json(LedgerImport.Result result, Map<String, Long> codes, boolean written, Lang lang) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FicJson.factory().createGenerator(out)) {
            g.setCharacterEscapes(FicJson.displayEscapes());
            for (LedgerProblem problem : result.getProblems()) {
                LedgerProblem p = problem.localize(lang.locale());
                g.writeStartObject();
                g.writeStringField("file", p.getFile());
                g.writeStringField("sheet", p.getSheet().orElse(null));
                g.writeNumberField("row", p.getRow());
                g.writeStringField("column", p.getColumn().orElse(null));
                g.writeStringField("header", p.getHeader().orElse(null));
                g.writeStringField("id", p.getId().orElse(null));
                g.writeStringField("path", p.getProblemPath());
                g.writeStringField("severity", p.getSeverity().name());
                g.writeStringField("code", p.getProblemCode());
                g.writeStringField("message", p.getMessage());
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeStartObject();
            g.writeNumberField("read", result.getRead());
            g.writeNumberField("valid", result.getValid());
            g.writeNumberField("rejected", result.getRejected());
            g.writeNumberField("errors", result.getErrorCount());
            g.writeNumberField("warnings", result.getWarningCount());
            g.writeObjectFieldStart("codes");
            for (Map.Entry<String, Long> e : codes.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (written) {
                g.writeBooleanField("written", result.isWritten());
                g.writeStringField("folder", SafeText.forDisplay(result.getFolder().toString()));
            }
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Renders one problem for people: {@code file sheet!D17 header id path SEVERITY CODE message}.
     *
     * @param problem  the problem, not null
     * @param lang     the language, not null
     * @return the line, without a line feed, never null
     */
    public static String line(LedgerProblem problem, Lang lang) {
        LedgerProblem p = problem.localize(lang.locale());
        StringBuilder out = new StringBuilder(p.getFile());
        if (p.getSheet().isPresent() || p.getRow() > 0) {
            out.append(' ').append(p.getSheet().map(sheet -> sheet + "!").orElse("")).append(p.getColumn().orElse(""))
                    .append(p.getRow() > 0 ? String.valueOf(p.getRow()) : "");
        }
        p.getHeader().ifPresent(header -> out.append(' ').append(header));
        p.getId().ifPresent(id -> out.append(' ').append(id));
        if (!p.getProblemPath().isEmpty()) {
            out.append(' ').append(p.getProblemPath());
        }
        out.append(' ').append(p.isError() ? lang.pick("错误", "ERROR") : lang.pick("警告", "WARNING"))
                .append(' ').append(p.getProblemCode()).append(' ').append(p.getMessage());
        return out.toString();
    }

    private static String text(LedgerImport.Result result, Map<String, Long> codes, boolean written, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (LedgerProblem p : result.getProblems()) {
            out.append(SafeText.forDisplay(line(p, lang))).append('\n');
        }
        out.append(lang.pick("合计：读取 " + result.getRead() + " 行，有效 " + result.getValid() + " 行，拒绝 " + result.getRejected()
                + " 行；错误 " + result.getErrorCount() + " 个，警告 " + result.getWarningCount() + " 个",
                "total: " + result.getRead() + " rows read, " + result.getValid() + " valid, " + result.getRejected()
                        + " rejected; " + result.getErrorCount() + " errors, " + result.getWarningCount() + " warnings"))
                .append('\n');
        if (!codes.isEmpty()) {
            out.append(lang.pick("按代码：", "by code: ")).append(codes.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(lang.pick("，", ", ")))).append('\n');
        }
        if (written) {
            String folder = SafeText.forDisplay(result.getFolder().toString());
            out.append(result.isWritten() ? lang.pick("已写出数据集文件夹 " + folder, "dataset folder written: " + folder)
                    : lang.pick("有错误，未写出数据集文件夹 " + folder + "（改正后重新导入）",
                            "errors found: the dataset folder " + folder + " was not written (fix them and import again)"))
                    .append('\n');
        }
        return out.toString();
    }
}
