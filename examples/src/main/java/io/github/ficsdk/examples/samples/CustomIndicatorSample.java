package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.report.Approximation;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.ExtensionSumIndicator;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.IndicatorInfo;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.report.ReportRenderers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Sample: a team's own indicator over an {@code extensions} field — the mentoring hours of the
 * {@code X_MENTORING} activities (导师制, second half of 2017 in the default dataset) — registered
 * in a catalog and computed by child federation next to a standard indicator.
 *
 * <pre>{@code
 * IndicatorCatalog catalog = IndicatorCatalog.standard().with(new MentoringHours());
 * Report report = ReportEngine.of(catalog).run(ReportQuery.builder()
 *         .period(ReportingPeriod.parse("2017-H2")).scope("F330400").breakdown(Breakdown.CHILD)
 *         .indicators(List.of("X_MENTORING.HOURS", "X_MENTORING.TARGETS.PERSON")).build(), dataset);
 * }</pre>
 *
 * @since 0.1
 */
public final class CustomIndicatorSample {

    /**
     * The mentoring hours: the sum of the numeric extension {@code hours} of {@code X_MENTORING}
     * activities (an activity without it counts 0): of the most common form, so it extends
     * {@link ExtensionSumIndicator} and says only what it sums. Stateless and thread-safe.
     *
     * @since 0.1
     */
    public static final class MentoringHours extends ExtensionSumIndicator {

        /** Creates the indicator. */
        public MentoringHours() {
            super(IndicatorInfo.of("X_MENTORING.HOURS", "导师辅导时长", "mentoring hours", "小时", Approximation.EXACT),
                    ActivityKind.parse(SeedDataset.MENTORING), "hours");
        }
    }

    private CustomIndicatorSample() {}

    /**
     * Writes the default dataset to a temporary folder and prints the mentoring report.
     *
     * @param args  not used
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        run(SeedDataset.generate().writeTo(Files.createTempDirectory("fic-seed-")), System.out);
    }

    /**
     * Computes mentoring hours and mentored persons of 2017-H2 by county and prints them as Markdown.
     *
     * @param dataset  the dataset, not null
     * @param out      where to print, not null
     * @return the report, never null
     */
    public static Report run(Dataset dataset, PrintStream out) {
        IndicatorCatalog catalog = IndicatorCatalog.standard().with(new MentoringHours());
        ReportQuery query = ReportQuery.builder()
                .period(ReportingPeriod.parse("2017-H2"))
                .scope(SeedDataset.CITY)
                .breakdown(Breakdown.CHILD)
                .indicators(List.of("X_MENTORING.HOURS", "X_MENTORING.TARGETS.PERSON"))
                .build();
        Report report = ReportEngine.of(catalog).run(query, dataset);
        out.print(ReportRenderers.markdown(report, catalog));
        return report;
    }
}
