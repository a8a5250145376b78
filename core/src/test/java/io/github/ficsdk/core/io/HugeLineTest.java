package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 100 MB line between two good lines, streamed from a generator so the test itself holds no
 * 100 MB; run by its own Surefire execution with {@code -Xmx256m} (see core/pom.xml), proving the
 * reader skips the line without holding it.
 */
class HugeLineTest {

    private static final long HUGE = 100L * 1024 * 1024;

    /** An input stream of {@code {"id":"A2","title":"xxxx…"} } of a given length, without newline. */
    static InputStream hugeLine(long length) {
        return HugeStreams.line("{\"id\":\"A2\",\"title\":\"", length, "\"}");
    }

    @Test
    void read_hundredMegabyteLine() throws IOException {
        InputStream first = new java.io.ByteArrayInputStream(
                "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}\n".getBytes(StandardCharsets.UTF_8));
        InputStream last = new java.io.ByteArrayInputStream(
                "\n{\"id\":\"A3\",\"kind\":\"VISIT\",\"start\":\"2017-03-15\",\"organizers\":[\"F1\"]}\n".getBytes(StandardCharsets.UTF_8));
        InputStream in = new SequenceInputStream(new SequenceInputStream(first, hugeLine(HUGE)), last);
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES, in, "activities.jsonl",
                problems::add)) {
            Activity a;
            while ((a = reader.read()) != null) {
                ids.add(a.getId() + "@" + reader.getLineNumber());
            }
        }
        assertEquals(List.of("A1@1", "A3@3"), ids);
        assertEquals(1, problems.size(), problems.toString());
        DatasetProblem p = problems.get(0);
        assertEquals("LINE_TOO_LONG", p.getProblemCode());
        assertEquals(2, p.getLine());
        assertTrue(p.getMessage().contains(Long.toString(HUGE)), p.getMessage());
        assertTrue(Runtime.getRuntime().maxMemory() > 0);
    }

    @Test
    void read_lineJustAtTheLimitIsRead() throws IOException {
        String line = "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F1\"]}";
        List<DatasetProblem> problems = new ArrayList<>();
        for (int limit : new int[] {line.length(), line.length() - 1}) {
            problems.clear();
            try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
                    new java.io.ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)),
                    "a.jsonl", limit, problems::add)) {
                int count = 0;
                while (reader.read() != null) {
                    count++;
                }
                assertEquals(limit == line.length() ? 2 : 0, count);
                assertEquals(limit == line.length() ? 0 : 2, problems.size());
            }
        }
    }
}
