package io.github.ficsdk.benchmarks.tabular;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.tabular.LedgerWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The streaming figures of ledger reading: {@code generate N FILE} writes a workbook whose 活动
 * sheet has N activity rows (12 columns: ids, kinds as Chinese labels, date cells, 1–3
 * organizers, titles, counts, amounts, targets as {@code 类型:编号} pairs); {@code read FILE}
 * streams it with {@link Ledger#read} and prints rows/s and the peak heap (the JVM's own
 * heap-pool peaks). Run by {@code tabular/bench-ledger.sh} under {@code -Xmx256m}.
 *
 * <pre>java -cp benchmarks.jar io.github.ficsdk.benchmarks.tabular.LedgerReadBenchmark generate 200000 a.xlsx
 * java -Xmx256m -cp benchmarks.jar io.github.ficsdk.benchmarks.tabular.LedgerReadBenchmark read a.xlsx</pre>
 */
public final class LedgerReadBenchmark {

    private static final ActivityKind[] KINDS = {ActivityKind.VISIT, ActivityKind.FORUM, ActivityKind.TRAINING,
        ActivityKind.CHARITY, ActivityKind.LEGAL_CHECKUP, ActivityKind.FINANCING_MATCHMAKING};
    private static final String[] TITLES = {"降本减负大走访", "企业家素质提升论坛", "新生代企业家培训班", "光彩事业公益活动",
        "法律体检", "银企对接会"};

    private LedgerReadBenchmark() {}

    /**
     * Generates or reads the workbook.
     *
     * @param args  {@code generate N FILE} or {@code read FILE}
     */
    public static void main(String[] args) {
        if (args[0].equals("generate")) {
            generate(Integer.parseInt(args[1]), Path.of(args[2]));
        } else {
            for (int i = 0; i < (args.length > 2 ? Integer.parseInt(args[2]) : 1); i++) {
                read(Path.of(args[1]));
            }
        }
    }

    static void generate(int n, Path file) {
        SplittableRandom random = new SplittableRandom(20170823L);
        List<Activity> activities = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int k = random.nextInt(KINDS.length);
            Activity.Builder b = Activity.builder().id("A" + (1_000_000 + i)).kind(KINDS[k])
                    .start(LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365))).title(TITLES[k])
                    .addOrganizer("F3304" + (81 + random.nextInt(3)));
            if (random.nextInt(10) == 0) {
                b.addOrganizer("F330400");
            }
            b.sessions(1 + random.nextInt(3)).participants(random.nextInt(500));
            if (k == 3) {
                b.amountYuan(Yuan.ofFen(random.nextLong(100_000_000L)));
            }
            for (int t = 0; t < random.nextInt(4); t++) {
                b.addTarget(ActivityTarget.of(TargetType.ENTERPRISE, "E" + random.nextInt(20_000)));
            }
            activities.add(b.build());
        }
        Map<RecordSchema<?>, List<?>> records = Map.of(RecordSchemas.ACTIVITY, activities);
        LedgerWriter.write(records, file);
        System.out.println("wrote " + n + " activity rows to " + file + " (" + fileSize(file) / 1024 / 1024 + " MB)");
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void read(Path file) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        AtomicLong rows = new AtomicLong();
        AtomicLong problems = new AtomicLong();
        long start = System.nanoTime();
        Ledger.of(file).read(row -> rows.incrementAndGet(), p -> problems.incrementAndGet());
        long nanos = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("read %d records (%d problems) in %.2f s: %,.0f rows/s, peak heap %d MB (max heap %d MB)%n",
                rows.get(), problems.get(), nanos / 1e9, rows.get() / (nanos / 1e9), peak / 1024 / 1024,
                Runtime.getRuntime().maxMemory() / 1024 / 1024);
    }
}
