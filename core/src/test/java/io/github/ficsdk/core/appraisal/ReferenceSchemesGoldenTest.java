package io.github.ficsdk.core.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden tables: evidence → expected points, total and grade for each reference scheme. */
class ReferenceSchemesGoldenTest {

    private static final ReportingPeriod YEAR = ReportingPeriod.parse("2018");

    @TestFactory
    Stream<DynamicTest> appraise_golden() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : SchemeCatalog.REFERENCE_IDS) {
            Scheme scheme = SchemeCatalog.reference().getSchemes().stream().filter(s -> s.getId().equals(id)).findFirst()
                    .orElseThrow();
            JsonNode table;
            try (InputStream in = getClass().getResourceAsStream("/appraisal/golden/" + id + ".json")) {
                table = SchemeJson.MAPPER.readTree(in);
            }
            assertTrue(table.size() >= 4, id + " has a golden table");
            for (JsonNode row : table) {
                tests.add(DynamicTest.dynamicTest(id + ": " + row.get("case").asText(), () -> check(scheme, row)));
            }
        }
        return tests.stream();
    }

    private static void check(Scheme scheme, JsonNode row) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        row.get("evidence").fields().forEachRemaining(f -> evidence.put(f.getKey(), SchemeJson.value(f.getValue(), f.getKey())));
        AppraisalResult r = Appraiser.standard().appraise(scheme, YEAR, EvidenceRecord.of("S1", "2018", evidence));
        JsonNode x = row.get("expected");
        assertEquals(x.get("eligible").asBoolean(), r.isEligible(), "eligible");
        Map<String, BigDecimal> dims = new LinkedHashMap<>();
        r.getDimensions().forEach(d -> dims.put(d.getCode(), d.getPoints()));
        Map<String, BigDecimal> expectedDims = new LinkedHashMap<>();
        x.get("dimensions").fields().forEachRemaining(f -> expectedDims.put(f.getKey(), f.getValue().decimalValue()));
        assertEquals(expectedDims.keySet(), dims.keySet(), "dimension codes");
        expectedDims.forEach((code, points) -> assertEquals(0, points.compareTo(dims.get(code)),
                code + ": expected " + points + " but was " + dims.get(code) + " — " + r.toJson()));
        assertEquals(0, x.get("bonus").decimalValue().compareTo(r.getBonus()), "bonus " + r.getBonus());
        assertEquals(0, x.get("total").decimalValue().compareTo(r.getTotal()), "total " + r.getTotal());
        assertEquals(x.get("grade").asText(), r.getGrade(), "grade");
        assertEquals(texts(x.get("vetoes")), r.getVetoes(), "vetoes");
        if (x.has("ineligibleReasons")) {
            assertEquals(texts(x.get("ineligibleReasons")), r.getIneligibleReasons());
        }
        if (x.has("recommendation")) {
            assertEquals(x.get("recommendation").asText(), r.getRecommendation().orElse(null), "recommendation");
            assertEquals(texts(x.get("recommendationReasons")), r.getRecommendationReasons(), "recommendation reasons");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
