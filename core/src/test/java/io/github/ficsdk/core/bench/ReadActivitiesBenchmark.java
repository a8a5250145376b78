package io.github.ficsdk.core.bench;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.JsonLinesWriter;
import io.github.ficsdk.core.money.Yuan;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Single-threaded read benchmark of {@code activities.jsonl}: generates N (default 1,000,000)
 * deterministic activity lines of about 310 bytes into a temporary file, then reads them into
 * {@link Activity} values several times and prints MB/s and records/s. Not run by {@code mvn verify};
 * see {@code core/scripts/bench-read.sh}.
 */
public final class ReadActivitiesBenchmark {

    private ReadActivitiesBenchmark() {}

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path file = Files.createTempFile("activities", ".jsonl");
        try {
            generate(file, n);
            long bytes = Files.size(file);
            System.out.printf("file: %,d records, %,d bytes (%.0f bytes/record)%n", n, bytes, (double) bytes / n);
            for (int round = 1; round <= rounds; round++) {
                long[] problems = new long[1];
                long count = 0;
                long checksum = 0;
                long t0 = System.nanoTime();
                try (InputStream in = Files.newInputStream(file);
                        JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES, in,
                                "activities.jsonl", p -> problems[0]++)) {
                    Activity a;
                    while ((a = reader.read()) != null) {
                        count++;
                        checksum += a.getSessions() + a.getAmountFen() + a.getTargetCount();
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                System.out.printf("round %d: %,d records in %.3f s: %.1f MB/s, %,.0f records/s (problems %d, checksum %d)%n",
                        round, count, seconds, bytes / 1e6 / seconds, count / seconds, problems[0], checksum);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void generate(Path file, int n) throws IOException {
        SplittableRandom random = new SplittableRandom(20170823);
        List<ActivityKind> kinds = ActivityKind.standardKinds();
        String[] titles = {"降本减负大走访", "民营企业发展论坛", "新生代企业家培训班", "银企对接会", "法律体检进商会"};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                JsonLinesWriter<Activity> writer = JsonLinesWriter.open(DatasetFile.ACTIVITIES, out)) {
            for (int i = 0; i < n; i++) {
                LocalDate start = LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365));
                List<ActivityTarget> targets = new ArrayList<>();
                int targetCount = 1 + random.nextInt(3);
                for (int t = 0; t < targetCount; t++) {
                    targets.add(ActivityTarget.of(t % 2 == 0 ? TargetType.ENTERPRISE : TargetType.CHAMBER,
                            (t % 2 == 0 ? "91330400MA2" : "51330400MJ") + (100000 + random.nextInt(900000))));
                }
                Activity.Builder b = Activity.builder().id("A" + i).kind(kinds.get(random.nextInt(kinds.size())))
                        .start(start).end(start.plusDays(random.nextInt(3)))
                        .addOrganizer("F3304" + (10 + random.nextInt(80)))
                        .title(titles[random.nextInt(titles.length)])
                        .region("3304" + (10 + random.nextInt(80)))
                        .sessions(1 + random.nextInt(4)).participants(random.nextInt(500))
                        .amountYuan(Yuan.ofFen(random.nextLong(10_000_000_00L)))
                        .targets(targets);
                if (random.nextInt(4) == 0) {
                    b.addOrganizer("C0" + random.nextInt(1000));
                }
                writer.write(b.build());
            }
        }
    }
}
