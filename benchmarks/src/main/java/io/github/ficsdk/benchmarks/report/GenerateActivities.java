package io.github.ficsdk.benchmarks.report;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Writes the deterministic benchmark dataset: the Jiaxing federation tree (city F330400 and its 7
 * county-level federations), 12 chambers under each, and N activities of about 280 bytes:
 * 12 kinds, dates over 2016–2017 (so about three quarters fall outside 2017-H1), organizers 40%
 * chambers and 60% federations, about 10% co-organized, 1–3 distinct targets from 20,000
 * enterprises and the 96 chambers (no target repeats within an activity).
 *
 * <pre>java -cp benchmarks.jar io.github.ficsdk.benchmarks.report.GenerateActivities 1000000 DIR</pre>
 */
public final class GenerateActivities {
    static final String[] COUNTIES = {"330402", "330411", "330421", "330424", "330481", "330482", "330483"};
    static final String[] KINDS = {"VISIT", "FORUM", "TRAINING", "PUBLICITY", "CHARITY", "FINANCING_MATCHMAKING",
        "LEGAL_EDUCATION", "LEGAL_CHECKUP", "RIGHTS_PROTECTION", "TRADE_EVENT", "RESEARCH", "MEETING"};
    static final String[] TITLES = {"降本减负大走访", "企业家素质提升论坛", "新生代企业家培训班", "宣传报道", "光彩事业公益活动",
        "银企对接会", "法律讲座", "法律体检", "维护企业合法权益", "经贸洽谈会", "上规模民营企业调研", "会长会议"};

    /** The share of organizers that are chambers (the rest are federations). */
    static final double CHAMBER_SHARE = 0.4;

    private GenerateActivities() {}

    private static String organizer(SplittableRandom random, List<String> feds, List<String> chambers) {
        return random.nextDouble() < CHAMBER_SHARE
                ? chambers.get(random.nextInt(chambers.size()))
                : feds.get(random.nextInt(feds.size()));
    }

    /**
     * Generates the dataset.
     *
     * @param args  the number of activities and the folder
     * @throws IOException if writing fails
     */
    public static void main(String[] args) throws IOException {
        long n = Long.parseLong(args[0]);
        Path dir = Paths.get(args[1]);
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(20170823L);
        int chambersPerFederation = 12;
        try (Writer w = Files.newBufferedWriter(dir.resolve("federations.jsonl"))) {
            w.write("{\"id\":\"F330400\",\"name\":\"嘉兴市工商业联合会\",\"level\":\"CITY\",\"division\":\"330400\"}\n");
            for (String c : COUNTIES) {
                w.write("{\"id\":\"F" + c + "\",\"name\":\"县级工商联" + c + "\",\"level\":\"COUNTY\",\"division\":\"" + c
                        + "\",\"parent\":\"F330400\"}\n");
            }
        }
        List<String> feds = new ArrayList<>();
        List<String> chambers = new ArrayList<>();
        try (Writer w = Files.newBufferedWriter(dir.resolve("chambers.jsonl"))) {
            int k = 0;
            for (int f = 0; f <= COUNTIES.length; f++) {
                String fed = f == 0 ? "F330400" : "F" + COUNTIES[f - 1];
                feds.add(fed);
                for (int i = 0; i < chambersPerFederation; i++) {
                    String id = String.format("C%04d", ++k);
                    chambers.add(id);
                    w.write("{\"id\":\"" + id + "\",\"name\":\"商会" + k + "\",\"kind\":\"INDUSTRY_CHAMBER\",\"federation\":\""
                            + fed + "\"}\n");
                }
            }
        }
        int chamberCount = (COUNTIES.length + 1) * chambersPerFederation;
        StringBuilder line = new StringBuilder(400);
        Set<String> seen = new HashSet<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve("activities.jsonl")), 1 << 20)) {
            for (long i = 1; i <= n; i++) {
                line.setLength(0);
                int kind = random.nextInt(KINDS.length);
                int day = random.nextInt(731);
                java.time.LocalDate start = java.time.LocalDate.of(2016, 1, 1).plusDays(day);
                String org = organizer(random, feds, chambers);
                line.append("{\"id\":\"A").append(i).append("\",\"kind\":\"").append(KINDS[kind])
                    .append("\",\"title\":\"").append(TITLES[kind]).append("\",\"start\":\"").append(start)
                    .append("\",\"organizers\":[\"").append(org).append('"');
                if (random.nextInt(10) == 0) {
                    String other = organizer(random, feds, chambers);
                    if (!other.equals(org)) {
                        line.append(",\"").append(other).append('"');
                    }
                }
                line.append("],\"region\":\"").append(COUNTIES[random.nextInt(COUNTIES.length)]).append('"');
                if (random.nextInt(4) != 0) {
                    line.append(",\"sessions\":").append(1 + random.nextInt(3));
                }
                line.append(",\"participants\":").append(random.nextInt(200));
                if (kind == 0) {
                    line.append(",\"copies\":").append(random.nextInt(20));
                }
                line.append(",\"amountYuan\":\"").append(random.nextInt(5_000_000)).append('.')
                    .append(String.format("%02d", random.nextInt(100))).append('"');
                line.append(",\"targets\":[");
                int targets = 1 + random.nextInt(3);
                seen.clear();
                for (int t = 0; t < targets; t++) {
                    String target;
                    do {
                        // never the same target twice in one activity (the SDK counts such a pair once,
                        // the SQL twice): the two tools are compared on data where they agree by definition
                        target = random.nextInt(4) == 0
                                ? "{\"type\":\"CHAMBER\",\"id\":\"" + String.format("C%04d", 1 + random.nextInt(chamberCount)) + "\"}"
                                : "{\"type\":\"ENTERPRISE\",\"id\":\"E" + String.format("%05d", random.nextInt(20_000)) + "\"}";
                    } while (!seen.add(target));
                    if (t > 0) line.append(',');
                    line.append(target);
                }
                line.append("],\"tags\":[\"bench\"]}\n");
                out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
