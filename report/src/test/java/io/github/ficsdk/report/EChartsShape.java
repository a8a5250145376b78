package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The shape Apache ECharts expects of a bar chart option: {@code title.text}; a category
 * {@code xAxis} with {@code data} (strings); a value {@code yAxis}; {@code series}, each with a
 * {@code name}, {@code type} {@code bar} and {@code data} of numbers or nulls, as many as the
 * categories; the legend names exactly the series.
 */
public final class EChartsShape {

    private EChartsShape() {}

    public static void check(JsonNode charts) {
        assertTrue(charts.isArray() && charts.size() > 0, "an array of options: " + charts);
        for (JsonNode option : charts) {
            assertTrue(option.at("/title/text").isTextual() && !option.at("/title/text").asText().isEmpty(),
                    "title.text: " + option);
            assertEquals("category", option.at("/xAxis/type").asText(), "xAxis.type: " + option);
            JsonNode categories = option.at("/xAxis/data");
            assertTrue(categories.isArray() && categories.size() > 0, "xAxis.data: " + option);
            categories.forEach(c -> assertTrue(c.isTextual() && !c.asText().isEmpty(), "a category name: " + option));
            assertEquals("value", option.at("/yAxis/type").asText(), "yAxis.type: " + option);
            JsonNode series = option.get("series");
            assertTrue(series.isArray() && series.size() > 0, "series: " + option);
            JsonNode legend = option.at("/legend/data");
            assertEquals(series.size(), legend.size(), "legend: " + option);
            for (int i = 0; i < series.size(); i++) {
                JsonNode s = series.get(i);
                assertEquals("bar", s.get("type").asText(), "series type: " + option);
                assertEquals(legend.get(i).asText(), s.get("name").asText(), "series name in the legend: " + option);
                assertEquals(categories.size(), s.get("data").size(), "one datum per category: " + option);
                s.get("data").forEach(d -> assertTrue(d.isNumber() || d.isNull(), "a number: " + option));
            }
        }
    }
}
