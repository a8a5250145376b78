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
        result.problems().forEach(p -> codes.merge(p.code(), 1L, Long::sum));
        return json ? json(result, codes, written, lang) : text(result, codes, written, lang);
    }

    private static String json(LedgerImport.Result result, Map<String, Long> codes, boolean written, Lang lang) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FicJson.factory().createGenerator(out)) {
            g.setCharacterEscapes(FicJson.displayEscapes());
            for (LedgerProblem problem : result.problems()) {
                LedgerProblem p = problem.localize(lang.locale());
                g.writeStartObject();
                g.writeStringField("file", p.file());
                g.writeStringField("sheet", p.sheet());
                g.writeNumberField("row", p.row());
                g.writeStringField("column", p.column());
                g.writeStringField("header", p.header());
                g.writeStringField("id", p.id());
                g.writeStringField("path", p.path());
                g.writeStringField("severity", p.severity().name());
                g.writeStringField("code", p.code());
                g.writeStringField("message", p.message());
                g.writeEndObject();
                g.writeRaw('\n');
            }
            g.writeStartObject();
            g.writeNumberField("read", result.read());
            g.writeNumberField("valid", result.valid());
            g.writeNumberField("rejected", result.rejected());
            g.writeNumberField("errors", result.errorCount());
            g.writeNumberField("warnings", result.warningCount());
            g.writeObjectFieldStart("codes");
            for (Map.Entry<String, Long> e : codes.entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            if (written) {
                g.writeBooleanField("written", result.written());
                g.writeStringField("folder", SafeText.forDisplay(result.folder().toString()));
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
        StringBuilder out = new StringBuilder(p.file());
        if (p.sheet() != null || p.row() > 0) {
            out.append(' ').append(p.sheet() == null ? "" : p.sheet() + "!").append(p.column() == null ? "" : p.column())
                    .append(p.row() > 0 ? String.valueOf(p.row()) : "");
        }
        if (p.header() != null) {
            out.append(' ').append(p.header());
        }
        if (p.id() != null) {
            out.append(' ').append(p.id());
        }
        if (!p.path().isEmpty()) {
            out.append(' ').append(p.path());
        }
        out.append(' ').append(p.isError() ? lang.pick("错误", "ERROR") : lang.pick("警告", "WARNING"))
                .append(' ').append(p.code()).append(' ').append(p.message());
        return out.toString();
    }

    private static String text(LedgerImport.Result result, Map<String, Long> codes, boolean written, Lang lang) {
        StringBuilder out = new StringBuilder();
        for (LedgerProblem p : result.problems()) {
            out.append(SafeText.forDisplay(line(p, lang))).append('\n');
        }
        out.append(lang.pick("合计：读取 " + result.read() + " 行，有效 " + result.valid() + " 行，拒绝 " + result.rejected()
                + " 行；错误 " + result.errorCount() + " 个，警告 " + result.warningCount() + " 个",
                "total: " + result.read() + " rows read, " + result.valid() + " valid, " + result.rejected()
                        + " rejected; " + result.errorCount() + " errors, " + result.warningCount() + " warnings"))
                .append('\n');
        if (!codes.isEmpty()) {
            out.append(lang.pick("按代码：", "by code: ")).append(codes.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(lang.pick("，", ", ")))).append('\n');
        }
        if (written) {
            String folder = SafeText.forDisplay(result.folder().toString());
            out.append(result.written() ? lang.pick("已写出数据集文件夹 " + folder, "dataset folder written: " + folder)
                    : lang.pick("有错误，未写出数据集文件夹 " + folder + "（改正后重新导入）",
                            "errors found: the dataset folder " + folder + " was not written (fix them and import again)"))
                    .append('\n');
        }
        return out.toString();
    }
}
