package io.github.ficsdk.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.report.EChartsShape;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report --compare target,last-year} in every format, and {@code --format echarts}, on the seed dataset. */
class ReportCompareChartsTest {

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @TempDir
    static Path seed;

    @BeforeAll
    static void write() {
        SeedDataset.generate().writeTo(seed);
    }

    static Run report(String... more) {
        String[] args = new String[8 + more.length];
        System.arraycopy(new String[] {"report", "--data", seed.toString(), "--period", "2017", "--scope", "F330400"},
                0, args, 0, 7);
        args[7] = "--indicators=COMPREHENSIVE_EVALUATION.TARGETS.PERSON,VISIT.TARGETS.CHAMBER";
        System.arraycopy(more, 0, args, 8, more.length);
        return Run.of(args);
    }

    @Test
    void compare_json_handComputed() throws Exception {
        Run run = report("--compare", "target,last-year");
        assertEquals(0, run.status(), run.err());
        JsonNode values = JSON.readTree(run.out()).get("values");
        // the seed's evaluations: 1401 person-times in H1 2017; 150 on 20 December 2016 (pool[500, 650))
        JsonNode evaluation = values.get(0);
        assertEquals(new BigDecimal("1401"), evaluation.get("value").decimalValue());
        assertEquals(new BigDecimal("150"), evaluation.get("lastYear").decimalValue());
        assertEquals(new BigDecimal("1251"), evaluation.get("change").decimalValue());
        assertEquals(0, new BigDecimal("834.0").compareTo(evaluation.get("changePercent").decimalValue()));
        assertTrue(evaluation.get("target") == null, "no target for it in targets.jsonl");
        // targets.jsonl: F330400 2017 VISIT.TARGETS.CHAMBER 300; 197 visits of chambers in 2017 → 65.67 %
        JsonNode visits = values.get(1);
        assertEquals(new BigDecimal("300"), visits.get("target").decimalValue());
        assertEquals(0, new BigDecimal("65.7").compareTo(visits.get("completionPercent").decimalValue()));
        String narrative = JSON.readTree(run.out()).at("/narrative/text").asText();
        assertTrue(narrative.contains("完成全年目标的 65.7%"), narrative);
        assertTrue(narrative.contains("共对 1401 人次（同比增长 834%）企业家进行了综合评价"), narrative);
    }

    @Test
    void compare_everyFormat() {
        Run csv = report("--compare", "target,last-year", "--format", "csv");
        assertTrue(csv.out().contains("lastYear,change,changePercent,target,completionPercent"), csv.out());
        assertTrue(csv.out().contains(",1401,人次,综合评价,150,1251,834.0,,"), csv.out());
        Run md = report("--compare", "last-year,target", "--format", "markdown");
        assertTrue(md.out().contains("| 综合评价 | 嘉兴市工商业联合会（总商会）（合计） | 1401 | 150 | 1251 | 834.0 |  |  |"),
                md.out());
        Run text = report("--compare", "target", "--format", "text");
        assertTrue(text.out().contains("全年目标") && text.out().contains("65.7"), text.out());
        Run charts = report("--compare", "target,last-year", "--format", "echarts");
        assertTrue(charts.out().contains("\"上年同期\"") && charts.out().contains("\"全年目标\""), charts.out());
        Run wrong = report("--compare", "budget");
        assertEquals(2, wrong.status(), wrong.err());
    }

    @Test
    void echarts_byChild_hasTheShapeEChartsExpects() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400", "--by", "child",
                "--format", "echarts");
        assertEquals(0, run.status(), run.err());
        JsonNode charts = JSON.readTree(run.out());
        EChartsShape.check(charts);
        JsonNode visits = charts.get(0);
        assertEquals("走访商会协会", visits.at("/title/text").asText());
        assertEquals(7, visits.at("/xAxis/data").size());
        assertEquals("南湖区工商业联合会（商会）", visits.at("/xAxis/data/0").asText());
        assertEquals("家次", visits.at("/yAxis/name").asText());
        Run en = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope",
                "F330400", "--by", "child", "--format", "echarts", "--lang", "en");
        EChartsShape.check(JSON.readTree(en.out()));
        assertEquals("chambers and associations visited", JSON.readTree(en.out()).at("/0/title/text").asText());
    }

    @Test
    void markdown_followsLang() {
        Run en = Run.of("report", "--data", seed.toString(), "--period", "2017-H1", "--scope", "F330400",
                "--by", "child", "--format", "markdown", "--lang", "en", "--indicators", "VISIT.TARGETS.CHAMBER");
        assertEquals(0, en.status(), en.err());
        assertTrue(en.out().startsWith("| Indicator | Code | Unit |"), en.out());
        assertTrue(en.out().contains("| chambers and associations visited | `VISIT.TARGETS.CHAMBER` | visits |"), en.out());
        assertTrue(en.out().contains("南湖区工商业联合会（商会）"), "columns named: " + en.out());
    }
}
