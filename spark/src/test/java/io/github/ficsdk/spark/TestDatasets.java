package io.github.ficsdk.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generated dataset folders: the city F330400 with two counties (F330402 with the chamber C1 and
 * the party branch P1, F330411), the chamber C0 of the city, and activities co-organized across
 * them, with targets repeated within and across activities, and now and then a broken line, a
 * record that Bean Validation rejects or an id used again.
 */
final class TestDatasets {

    static final String[] ORGANIZERS = {"F330400", "F330402", "F330411", "C1", "C0", "P1", "F999999"};
    static final String[] KINDS = {"VISIT", "VISIT", "FORUM", "TRAINING", "CHARITY", "X_TEST"};

    private TestDatasets() {}

    /** Writes the organisations (one federation id used twice) and proposals (one id used twice). */
    static void writeOrganizations(Path dir) throws IOException {
        Files.writeString(dir.resolve("federations.jsonl"), String.join("\n",
                "{\"id\":\"F330400\",\"name\":\"嘉兴市工商业联合会\",\"level\":\"CITY\",\"division\":\"330400\"}",
                "{\"id\":\"F330402\",\"name\":\"南湖区工商联\",\"level\":\"COUNTY\",\"division\":\"330402\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330411\",\"name\":\"秀洲区工商联\",\"level\":\"COUNTY\",\"division\":\"330411\",\"parent\":\"F330400\"}",
                "{\"id\":\"F330402\",\"name\":\"重复\",\"level\":\"COUNTY\",\"division\":\"330402\"}") + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("chambers.jsonl"), String.join("\n",
                "{\"id\":\"C1\",\"name\":\"南湖区服装商会\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\"F330402\"}",
                "{\"id\":\"C0\",\"name\":\"嘉兴市温州商会\",\"kind\":\"OUT_OF_TOWN\",\"federation\":\"F330400\"}") + "\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("party-organizations.jsonl"),
                "{\"id\":\"P1\",\"name\":\"服装商会党支部\",\"kind\":\"BRANCH\",\"host\":\"C1\"}\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("proposals.jsonl"), String.join("\n",
                "{\"id\":\"P-1\",\"session\":{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                        + "\"submitter\":\"F330402\",\"type\":\"GROUP\",\"submittedOn\":\"2017-01-05\",\"recognitions\":[\"KEY\"]}",
                "{\"id\":\"P-2\",\"session\":{\"body\":\"NPC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                        + "\"submitter\":\"C0\",\"type\":\"MEMBER\",\"submittedOn\":\"2017-02-05\"}",
                "{\"id\":\"P-1\",\"session\":{\"body\":\"NPC\",\"division\":\"330400\",\"term\":8,\"number\":1},"
                        + "\"submitter\":\"C0\",\"type\":\"MEMBER\",\"submittedOn\":\"2017-02-05\"}") + "\n",
                StandardCharsets.UTF_8);
    }

    /** One valid activity line. */
    static String activity(Random r, String id) {
        StringBuilder b = new StringBuilder("{\"id\":\"").append(id).append("\",\"kind\":\"")
                .append(KINDS[r.nextInt(KINDS.length)]).append("\",\"start\":\"")
                .append(java.time.LocalDate.parse("2016-12-20").plusDays(r.nextInt(220))).append("\",\"organizers\":[");
        int organizers = 1 + r.nextInt(3);
        for (int o = 0; o < organizers; o++) {
            b.append(o > 0 ? "," : "").append('"').append(ORGANIZERS[r.nextInt(ORGANIZERS.length)]).append('"');
        }
        b.append(']');
        if (r.nextBoolean()) {
            b.append(",\"sessions\":").append(1 + r.nextInt(3));
        }
        if (r.nextBoolean()) {
            b.append(",\"participants\":").append(r.nextInt(200));
        }
        if (r.nextInt(3) == 0) {
            b.append(",\"copies\":").append(r.nextInt(50));
        }
        if (r.nextBoolean()) {
            b.append(",\"amountYuan\":\"").append(r.nextInt(100000)).append('.').append(10 + r.nextInt(90)).append('"');
        }
        int targets = r.nextInt(5);
        if (targets > 0) {
            b.append(",\"targets\":[");
            for (int t = 0; t < targets; t++) {
                String type = new String[] {"CHAMBER", "ENTERPRISE", "PERSON"}[r.nextInt(3)];
                b.append(t > 0 ? "," : "").append("{\"type\":\"").append(type).append("\",\"id\":\"")
                        .append(type.charAt(0)).append(1 + r.nextInt(12)).append("\"}");
            }
            b.append(']');
        }
        return b.append('}').toString();
    }

    /** A line that is not a valid activity, in one of several ways. */
    static String broken(Random r, String id) {
        return switch (r.nextInt(7)) {
            case 0 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-02-30\",\"organizers\":[\"C1\"]}";
            case 1 -> "{\"id\":\"" + id + "\",\"kind\":\"NOPE\",\"start\":\"2017-02-03\",\"organizers\":[\"C1\"]}";
            case 2 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-02-03\"";
            case 3 -> "";
            case 4 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-02-03\",\"end\":\"2017-01-01\","
                    + "\"organizers\":[\"C1\"]}";
            case 5 -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-02-03\",\"organizers\":[\"C1\"],"
                    + "\"region\":\"999999\"}";
            default -> "{\"id\":\"" + id + "\",\"kind\":\"VISIT\",\"start\":\"2017-02-03\",\"organizers\":[\"C1\"],"
                    + "\"title\":\"" + "长".repeat(200) + "\"}";
        };
    }

    /**
     * The lines of an activities file: valid ones, broken ones, and ids used again (the same line
     * again, or another record with the id).
     */
    static List<String> activityLines(Random r, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "A" + (i + 1);
            int what = r.nextInt(20);
            if (what < 3) {
                lines.add(broken(r, id));
            } else if (what < 5 && !lines.isEmpty()) {
                String earlier = lines.get(r.nextInt(lines.size()));
                lines.add(r.nextBoolean() || !earlier.startsWith("{\"id\":\"") ? earlier
                        : activity(r, earlier.substring(7, earlier.indexOf('"', 7))));
            } else {
                lines.add(activity(r, id));
            }
        }
        return lines;
    }

    /** A dataset folder with {@code count} activity lines (a byte order mark first when asked). */
    static Path folder(Random r, int count, boolean bom) throws IOException {
        Path dir = Files.createTempDirectory("fic-spark");
        writeOrganizations(dir);
        List<String> lines = activityLines(r, count);
        String text = String.join("\n", lines) + (lines.isEmpty() || r.nextBoolean() ? "" : "\n");
        Files.write(dir.resolve("activities.jsonl"), ((bom ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8));
        return dir;
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
