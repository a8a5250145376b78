package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} with {@code waivers.jsonl}: exit status 0 when only waived warnings remain, 1
 * when a warning is not waived (lapsed, another record) or an error remains; the waived warning is
 * printed with its reason and approver.
 */
class ValidateWaiversTest {

    static final String FEDERATION = "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}";
    static final String A17 = "{\"id\":\"A17\",\"kind\":\"VISIT\",\"start\":\"2017-03-01\",\"organizers\":[\"F330400\"],"
            + "\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E999\"}]}";
    static final String A18 = "{\"id\":\"A18\",\"kind\":\"VISIT\",\"start\":\"2017-03-05\",\"end\":\"2017-03-01\","
            + "\"organizers\":[\"F330400\"]}";

    private static Path dataset(Path dir, String activities, String waivers) throws IOException {
        Files.writeString(dir.resolve("federations.jsonl"), FEDERATION + "\n");
        Files.writeString(dir.resolve("activities.jsonl"), activities + "\n");
        if (waivers != null) {
            Files.writeString(dir.resolve("waivers.jsonl"), waivers + "\n");
        }
        return dir;
    }

    private static String waiver(String id, String until) {
        return "{\"code\":\"UNKNOWN_REFERENCE\",\"file\":\"activities.jsonl\",\"id\":\"" + id + "\","
                + "\"reason\":\"走访对象为外地企业\",\"approvedBy\":\"市工商联办公室\""
                + (until == null ? "" : ",\"until\":\"" + until + "\"") + "}";
    }

    @Test
    void onlyWaivedWarnings_exit0_andPrintTheReason(@TempDir Path dir) throws IOException {
        dataset(dir, A17, waiver("A17", null));
        Run text = Run.of("validate", "--data", dir.toString(), "--format", "text");
        assertEquals(0, text.status(), text.out() + text.err());
        assertTrue(text.out().contains("UNKNOWN_REFERENCE") && text.out().contains("[已豁免：走访对象为外地企业（批准：市工商联办公室）]"),
                text.out());
        assertTrue(text.out().contains("（其中已豁免 1 个）"), text.out());
        Run en = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertTrue(en.out().contains("[waived: 走访对象为外地企业 (approved by 市工商联办公室)]"), en.out());
        assertTrue(en.out().contains("1 warning (1 waived)"), en.out());
        Run json = Run.of("validate", "--data", dir.toString(), "--lang", "en");
        assertEquals(0, json.status());
        assertTrue(json.out().contains("\"waived\":{\"reason\":\"走访对象为外地企业\",\"approvedBy\":\"市工商联办公室\",\"until\":null}"),
                json.out());
    }

    @Test
    void theSameWarningWithoutAWaiver_exit1(@TempDir Path dir) throws IOException {
        dataset(dir, A17, null);
        Run run = Run.of("validate", "--data", dir.toString(), "--format", "text");
        assertEquals(1, run.status());
        assertTrue(!run.out().contains("已豁免"), run.out());
    }

    @Test
    void aLapsedWaiver_exit1(@TempDir Path dir) throws IOException {
        dataset(dir, A17, waiver("A17", "2017-12-31"));
        assertEquals(1, Run.of("validate", "--data", dir.toString()).status());
    }

    @Test
    void aWaiverOfAnotherRecord_exit1(@TempDir Path dir) throws IOException {
        dataset(dir, A17, waiver("A16", null));
        Run run = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("WAIVER_UNUSED"), run.out());
    }

    @Test
    void anErrorBesideAWaivedWarning_exit1(@TempDir Path dir) throws IOException {
        dataset(dir, A17 + "\n" + A18, waiver("A17", null));
        Run run = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("END_BEFORE_START"), run.out());
    }

    @Test
    void aWaiverOfAnError_exit1(@TempDir Path dir) throws IOException {
        dataset(dir, A18, "{\"code\":\"END_BEFORE_START\",\"file\":\"activities.jsonl\",\"id\":\"A18\",\"reason\":\"r\","
                + "\"approvedBy\":\"a\"}");
        Run run = Run.of("validate", "--data", dir.toString(), "--format", "text", "--lang", "en");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("waivers.jsonl:1 code ERROR WAIVER_NOT_A_WARNING"), run.out());
    }
}
