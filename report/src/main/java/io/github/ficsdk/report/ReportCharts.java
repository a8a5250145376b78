package io.github.ficsdk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders a {@link Report} as <a href="https://echarts.apache.org/en/option.html">Apache ECharts</a>
 * option documents for a dashboard: one bar chart per indicator, one bar per row of the breakdown
 * (each child federation, month or kind, named; the scope's total alone when there is no
 * breakdown), values in the catalog's display unit (万元 or 亿元 for amounts).
 *
 * <p>The output is a JSON array; each element is an option object a page passes to
 * {@code chart.setOption(option)} as it is:
 * <pre>{@code
 * {"title": {"text": "走访商会协会", "subtext": "VISIT.TARGETS.CHAMBER · 家次"},
 *  "tooltip": {"trigger": "axis"}, "legend": {"data": ["走访商会协会"]},
 *  "xAxis": {"type": "category", "data": ["南湖区工商业联合会（商会）", …]},
 *  "yAxis": {"type": "value", "name": "家次"},
 *  "series": [{"name": "走访商会协会", "type": "bar", "data": [31, …]}]}
 * }</pre>
 * When the report has comparisons, the same chart has a series of last year's figures
 * (上年同期) and one of the annual targets (全年目标), a target missing for a row as {@code null}.
 * Names from the data are shown through {@link SafeText#forDisplay(String)} and escaped as JSON.
 * The report's JSON contract ({@link ReportRenderers#json(Report)}) is not changed by this.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.2
 */
public final class ReportCharts {

    private ReportCharts() {}

    /**
     * Renders one ECharts option document per indicator of the report.
     *
     * @param report   the report, not null
     * @param catalog  names and units of the indicators, not null
     * @param locale   Chinese, or English when the language is {@code en}, not null
     * @return a JSON array of option objects, with a final line feed, never null
     */
    public static String echarts(Report report, IndicatorCatalog catalog, Locale locale) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(catalog, "catalog");
        boolean en = locale.getLanguage().equals("en");
        List<String> rows = report.getRows().size() > 1 ? report.getRows().subList(1, report.getRows().size()) : report.getRows();
        return ReportRenderers.document(g -> {
            g.writeStartArray();
            for (String code : ReportRenderers.indicators(report)) {
                IndicatorInfo info = catalog.info(code);
                String name = SafeText.forDisplay(en ? info.getEnglishName() : info.getName());
                String unit = SafeText.forDisplay(en ? UnitNames.english(info.getUnit()) : info.getUnit());
                List<ReportValue> values = new ArrayList<>();
                for (String row : rows) {
                    values.add(report.value(row, code).orElse(null));
                }
                boolean lastYear = values.stream().anyMatch(v -> v != null && v.getLastYear().orElse(null) != null);
                boolean target = values.stream().anyMatch(v -> v != null && v.getTarget().orElse(null) != null);
                String lastYearName = en ? "Same period last year" : "上年同期";
                String targetName = en ? "Annual target" : "全年目标";
                g.writeStartObject();
                g.writeObjectFieldStart("title");
                g.writeStringField("text", name);
                g.writeStringField("subtext", SafeText.forDisplay(code) + " · " + unit);
                g.writeEndObject();
                g.writeObjectFieldStart("tooltip");
                g.writeStringField("trigger", "axis");
                g.writeEndObject();
                g.writeObjectFieldStart("legend");
                g.writeArrayFieldStart("data");
                g.writeString(name);
                if (lastYear) {
                    g.writeString(lastYearName);
                }
                if (target) {
                    g.writeString(targetName);
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("xAxis");
                g.writeStringField("type", "category");
                g.writeArrayFieldStart("data");
                for (String row : rows) {
                    g.writeString(SafeText.forDisplay(report.rowName(row)));
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeObjectFieldStart("yAxis");
                g.writeStringField("type", "value");
                g.writeStringField("name", unit);
                g.writeEndObject();
                g.writeArrayFieldStart("series");
                series(g, name, values, info, v -> v.getValue());
                if (lastYear) {
                    series(g, lastYearName, values, info, v -> v.getLastYear().orElse(null));
                }
                if (target) {
                    series(g, targetName, values, info, v -> v.getTarget().orElse(null));
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        });
    }

    private static void series(JsonGenerator g, String name, List<ReportValue> values, IndicatorInfo info,
            java.util.function.Function<ReportValue, BigDecimal> figure) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("type", "bar");
        g.writeArrayFieldStart("data");
        for (ReportValue v : values) {
            BigDecimal f = v == null ? null : figure.apply(v);
            if (f == null) {
                g.writeNull();
            } else {
                g.writeNumber(Figures.stripped(Figures.inUnit(f, v.getUnit(), info.getUnit())));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
