package io.github.ficsdk.examples.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app loads indicator plug-ins as it loads rule plug-ins: whatever ServiceLoader finds on the class path. */
class PluginCliTest {

    @TempDir
    static Path seed;

    @BeforeAll
    static void setUp() throws Exception {
        SeedDataset.generate().writeTo(seed);
    }

    @Test
    void report_aCustomIndicatorPluginOnTheClassPathIsComputed() throws Exception {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H2", "--scope", "F330400",
                "--indicators", "X_MENTORING.MINUTES");
        assertEquals(0, run.status(), run.err());
        JsonNode value = new ObjectMapper().readTree(run.out()).get("values").get(0);
        assertEquals("X_MENTORING.MINUTES", value.get("indicator").asText());
        assertEquals(0, new BigDecimal(87 * 60).compareTo(value.get("value").decimalValue()), run.out());
        assertEquals("分钟", value.get("unit").asText());
    }

    @Test
    void report_anUnregisteredCustomCodeSaysSo() {
        Run run = Run.of("report", "--data", seed.toString(), "--period", "2017-H2", "--scope", "F330400",
                "--lang", "en", "--indicators", "X_VOLUNTEER.HOURS");
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--indicators: no custom indicator 'X_VOLUNTEER.HOURS' is registered; put its plug-in"
                + " (META-INF/services/io.github.ficsdk.report.CustomIndicator) on the class path."
                + " Custom indicators registered: X_MENTORING.MINUTES"), run.err());
    }
}
