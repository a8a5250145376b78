package io.github.ficsdk.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.io.ProblemJson;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders a {@link Report} as JSON (the interchange format), CSV (UTF-8 with a byte-order mark,
 * so Excel shows Chinese correctly) or a Markdown table; the Chinese narrative is {@link Narrative}.
 *
 * <pre>{@code
 * String json = ReportRenderers.json(report);
 * // {"period":"2017-H1","scope":"F330400","values":[{"indicator":"VISIT.TARGETS.CHAMBER",
 * //   "scope":"F330400","value":196,"unit":"家次","name":"走访商会协会"}, ...]}
 * }</pre>
 *
 * <p>What comes from the data is made safe for the reader of each format. JSON keeps ids as they
 * are, written with the {@linkplain FicJson#displayEscapes() escapes for people} (control and
 * bidirectional characters as {@code \}{@code uXXXX}), but masks the record ids listed under {@code sources}
 * (a person's id may be an ID-card number) with {@link SafeText#mask(String)}; problems are
 * {@linkplain DatasetProblem safe to print} already. The Markdown table passes every name, id and
 * unit through {@link SafeText#forDisplay(String)} (ID-card and mobile numbers masked, control and
 * bidirectional characters shown as escapes) and escapes {@code |}. CSV does the same for its
 * text cells and, as OWASP recommends against formula injection, puts a {@code '} in front of a
 * text cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return; number cells stay plain numbers.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ReportRenderers {

    /** The factory of the report's JSON outputs (also {@link ReportCharts}'): escapes for people, plain decimals. */
    static final JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .characterEscapes(FicJson.displayEscapes())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ReportRenderers() {}

    /**
     * Renders the report as JSON: {@code {"period", "scope", "values": [{"indicator", "scope",
     * "value", "unit", "name"}, …]}} with {@code value} an exact JSON number (yuan for amounts).
     * A value of a month row also has {@code "period"}, of a kind row {@code "kind"}; comparisons add {@code "lastYear"},
     * {@code "change"}, {@code "changePercent"}, {@code "target"}, {@code "completionPercent"};
     * drill-down adds {@code "sources"}; problems found while reading are listed under
     * {@code "problems"} (the first of each file), each as {@link ProblemJson} writes it (the same
     * object as a line of the data-quality JSON Lines: {@code {"file", "line", "id", "path",
     * "severity", "code", "message"}}, {@code id} null when unknown), counted by code under {@code "problemCounts"},
     * with {@code "problemsNotListed"} the number left out of the list. A refused report
     * ({@link Report#isRefused()}) has no values, only its problems.
     *
     * @param report  the report, not null
     * @return the JSON text with a final line feed, never null
     */
    public static String json(Report report) {
        return json(report, null);
    }

    /**
     * Renders the report as JSON ({@link #json(Report)}) with its narrative: a property
     * {@code "narrative"}: {@code {"text": "…", "omitted": [{"section", "sentence", "item",
     * "indicators": […], "reason"}, …]}}, listing every item the narrative left out and why
     * ({@link Narrative.OmissionReason}: {@code ZERO}, {@code NOT_REQUESTED}, {@code FOLLOWS_OMITTED}).
     * Everything else is as {@link #json(Report)} writes it.
     *
     * @param report     the report, not null
     * @param narrative  the narrative of the report, or null for none
     * @return the JSON text with a final line feed, never null
     * @since 0.2
     */
    public static String json(Report report, Narrative.Text narrative) {
        return document(g -> {
            g.writeStartObject();
            g.writeStringField("period", report.getPeriod());
            g.writeStringField("scope", report.getScope());
            g.writeArrayFieldStart("values");
            for (ReportValue v : report.getValues()) {
                g.writeStartObject();
                g.writeStringField("indicator", SafeText.mask(v.getIndicator()));
                g.writeStringField("scope", v.getScope());
                if (!v.getPeriod().equals(report.getPeriod())) {
                    g.writeStringField("period", v.getPeriod());
                }
                if (v.getKind().orElse(null) != null) {
                    g.writeStringField("kind", SafeText.mask(v.getKind().orElse(null)));
                }
                g.writeNumberField("value", v.getValue());
                g.writeStringField("unit", SafeText.mask(v.getUnit()));
                g.writeStringField("name", SafeText.mask(v.getName()));
                if (v.getLastYear().orElse(null) != null) {
                    g.writeNumberField("lastYear", v.getLastYear().orElse(null));
                    g.writeNumberField("change", v.getChange().orElseThrow());
                    if (v.getChangePercent().isPresent()) {
                        g.writeNumberField("changePercent", v.getChangePercent().get());
                    }
                }
                if (v.getTarget().orElse(null) != null) {
                    g.writeNumberField("target", v.getTarget().orElse(null));
                    if (v.getCompletionPercent().isPresent()) {
                        g.writeNumberField("completionPercent", v.getCompletionPercent().get());
                    }
                }
                if (!v.getSources().isEmpty()) {
                    g.writeArrayFieldStart("sources");
                    for (String id : v.getSources()) {
                        g.writeString(SafeText.mask(id));
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!report.getProblems().isEmpty()) {
                g.writeArrayFieldStart("problems");
                for (DatasetProblem p : report.getProblems()) {
                    ProblemJson.write(g, p);
                }
                g.writeEndArray();
            }
            if (!report.getProblemCounts().isEmpty()) {
                g.writeObjectFieldStart("problemCounts");
                for (java.util.Map.Entry<String, Long> e : report.getProblemCounts().entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeNumberField("problemsNotListed", report.getProblemsNotListed());
            }
            if (narrative != null) {
                g.writeObjectFieldStart("narrative");
                g.writeStringField("text", narrative.toString());
                g.writeArrayFieldStart("omitted");
                for (Narrative.Omission o : narrative.getOmitted()) {
                    g.writeStartObject();
                    g.writeStringField("section", o.getSection());
                    g.writeStringField("sentence", o.getSentence());
                    g.writeStringField("item", o.getItem());
                    g.writeArrayFieldStart("indicators");
                    for (String code : o.getIndicators()) {
                        g.writeString(code);
                    }
                    g.writeEndArray();
                    g.writeStringField("reason", o.getReason().name());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndObject();
        });
    }

    /** Writes one JSON document to a generator. */
    interface JsonDocument {
        /**
         * Writes the document.
         *
         * @param g  the generator
         * @throws IOException if the generator fails
         */
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes one JSON document with the factory of the report's JSON outputs ({@link #JSON}).
     *
     * @param document  what writes the document
     * @return the JSON text with a final line feed
     */
    static String document(JsonDocument document) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            document.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /**
     * Renders the report as CSV, UTF-8 with a byte-order mark: a header line, then one line per
     * value with {@code indicator,scope,period,kind,value,unit,name}. Text cells are made safe for
     * a spreadsheet: masked, controls escaped, and a leading {@code = + - @} (or tab, carriage
     * return) neutralised with a {@code '}; the number cells are plain numbers.
     *
     * @param report  the report, not null
     * @return the CSV text, starting with U+FEFF, never null
     */
    public static String csv(Report report) {
        StringBuilder out = new StringBuilder("\uFEFFindicator,scope,period,kind,value,unit,name");
        boolean compare = report.getValues().stream().anyMatch(v -> v.getLastYear().orElse(null) != null);
        boolean targets = report.getValues().stream().anyMatch(v -> v.getTarget().orElse(null) != null);
        if (compare) {
            out.append(",lastYear,change,changePercent");
        }
        if (targets) {
            out.append(",target,completionPercent");
        }
        out.append("\r\n");
        for (ReportValue v : report.getValues()) {
            out.append(csvText(v.getIndicator())).append(',').append(csvText(v.getScope())).append(',')
                    .append(csvText(v.getPeriod())).append(',').append(v.getKind().orElse(null) == null ? "" : csvText(v.getKind().orElse(null))).append(',')
                    .append(v.getValue().toPlainString()).append(',')
                    .append(csvText(v.getUnit())).append(',').append(csvText(v.getName()));
            if (compare) {
                out.append(',').append(plain(v.getLastYear().orElse(null))).append(',').append(plain(v.getChange().orElse(null)))
                        .append(',').append(plain(v.getChangePercent().orElse(null)));
            }
            if (targets) {
                out.append(',').append(plain(v.getTarget().orElse(null))).append(',').append(plain(v.getCompletionPercent().orElse(null)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /**
     * Renders the report as a Markdown table in Chinese: one line per indicator, one column per row
     * of the report (the scope first, each named), amounts in 万元 or 亿元 as the catalog says.
     * Names, ids and units are masked, with control characters and {@code |} escaped.
     *
     * @param report   the report, not null
     * @param catalog  names and units of the indicators, not null
     * @return the Markdown text, never null
     */
    public static String markdown(Report report, IndicatorCatalog catalog) {
        return markdown(report, catalog, java.util.Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Renders the report as a Markdown table in a language: Chinese, or English when the locale's
     * language is {@code en} (the catalog's English names, English units). Each column is headed
     * by the row's name ({@link Report#rowName(String)}). When the report has comparisons, a second
     * table lists per value last year's figure, the change and its percentage, the annual target
     * and the completion percentage.
     *
     * @param report   the report, not null
     * @param catalog  names and units of the indicators, not null
     * @param locale   the language, not null
     * @return the Markdown text, never null
     * @since 0.2
     */
    public static String markdown(Report report, IndicatorCatalog catalog, java.util.Locale locale) {
        boolean en = locale.getLanguage().equals("en");
        StringBuilder out = new StringBuilder();
        out.append(en ? "| Indicator | Code | Unit |" : "| 指标 | 代码 | 单位 |");
        for (String row : report.getRows()) {
            out.append(' ').append(markdownCell(columnName(report, row, en))).append(" |");
        }
        out.append("\n|---|---|---|");
        out.append("---:|".repeat(report.getRows().size()));
        out.append('\n');
        for (String indicator : indicators(report)) {
            IndicatorInfo info = catalog.info(indicator);
            out.append("| ").append(markdownCell(en ? info.getEnglishName() : info.getName())).append(" | `")
                    .append(markdownCell(indicator)).append("` | ")
                    .append(markdownCell(en ? UnitNames.english(info.getUnit()) : info.getUnit())).append(" |");
            for (String row : report.getRows()) {
                out.append(' ').append(report.value(row, indicator)
                        .map(v -> v.valueIn(info.getUnit()).toPlainString()).orElse(""))
                        .append(" |");
            }
            out.append('\n');
        }
        boolean compared = report.getValues().stream().anyMatch(v -> v.getLastYear().orElse(null) != null || v.getTarget().orElse(null) != null);
        if (compared) {
            out.append('\n').append(en
                    ? "| Indicator | Row | Value | Same period last year | Change | Change % | Annual target | Completion % |"
                    : "| 指标 | 行 | 本期 | 上年同期 | 增减 | 增减% | 全年目标 | 完成% |").append('\n');
            out.append("|---|---|---:|---:|---:|---:|---:|---:|\n");
            for (ReportValue v : report.getValues()) {
                if (v.getLastYear().orElse(null) == null && v.getTarget().orElse(null) == null) {
                    continue;
                }
                IndicatorInfo info = catalog.info(v.getIndicator());
                String unit = info.getUnit();
                out.append("| ").append(markdownCell(en ? info.getEnglishName() : info.getName())).append(" | ")
                        .append(markdownCell(columnName(report, rowKey(report, v), en))).append(" | ")
                        .append(v.valueIn(unit).toPlainString()).append(" | ")
                        .append(v.getLastYear().orElse(null) == null ? "" : in(v, v.getLastYear().orElse(null), unit)).append(" | ")
                        .append(v.getChange().map(c -> in(v, c, unit)).orElse("")).append(" | ")
                        .append(v.getChangePercent().map(BigDecimal::toPlainString).orElse("")).append(" | ")
                        .append(v.getTarget().orElse(null) == null ? "" : in(v, v.getTarget().orElse(null), unit)).append(" | ")
                        .append(v.getCompletionPercent().map(BigDecimal::toPlainString).orElse("")).append(" |\n");
            }
        }
        return out.toString();
    }

    /** A figure of the same unit as a value (last year's, the change, a target), in the display unit. */
    private static String in(ReportValue v, BigDecimal figure, String displayUnit) {
        if (figure.signum() < 0) {
            return "-" + in(v, figure.negate(), displayUnit);
        }
        return ReportValue.of(v.getIndicator(), v.getScope(), v.getPeriod(), v.getKind().orElse(null), figure, v.getUnit(), v.getName(), null, null,
                List.of()).valueIn(displayUnit).toPlainString();
    }

    /** The row key of a value in its report. */
    static String rowKey(Report report, ReportValue v) {
        if (v.getKind().orElse(null) != null) {
            return v.getKind().orElse(null);
        }
        if (!v.getPeriod().equals(report.getPeriod())) {
            return v.getPeriod();
        }
        return v.getScope();
    }

    private static String columnName(Report report, String row, boolean en) {
        String name = report.rowName(row);
        return row.equals(report.getScope()) ? name + (en ? " (total)" : "（合计）") : name;
    }

    static List<String> indicators(Report report) {
        return report.getValues().stream().map(ReportValue::getIndicator).distinct().toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** A cell of a Markdown table: safe to display, with {@code |} escaped so that it stays one cell. */
    private static String markdownCell(String s) {
        return SafeText.forDisplay(s).replace("|", "\\|");
    }

    /**
     * A text cell of CSV: safe to display, a formula trigger at its start neutralised with {@code '}
     * (OWASP, CSV injection), then quoted when needed.
     */
    private static String csvText(String s) {
        String safe = SafeText.forDisplay(s);
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return csvField(safe);
    }

    private static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
