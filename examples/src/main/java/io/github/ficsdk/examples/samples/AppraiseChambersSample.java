package io.github.ficsdk.examples.samples;

import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.AppraisalResult;
import io.github.ficsdk.core.appraisal.AppraisalSummary;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.SchemeCatalog;
import io.github.ficsdk.core.appraisal.scheme.GradeBand;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sample: appraises every chamber of the default dataset with the reference scheme
 * {@code FOUR_GOOD_CHAMBER} (四好商会) for 2017 and prints the grade distribution, overall and per
 * county federation subtree, from the batch's {@link AppraisalSummary}.
 *
 * <pre>{@code
 * Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
 * ReportingPeriod year = ReportingPeriod.parse("2017");
 * AppraisalBatch batch = Appraiser.standard().appraiseAll(scheme, year, EvidenceSource.of(dataset),
 *         EvidenceTable.read(Path.of("evidence.jsonl"), year));
 * batch.getSummary().getSchemes().get(0).getBySubtree().get("F330402");   // {EXCELLENT=1, FAIL=5, GOOD=2, PASS=2}
 * }</pre>
 *
 * <p>The records alone give every chamber a {@code FAIL} (they hold the federations' activities,
 * not the chambers' own meetings, trainings, party activities or awards), so the sample adds the
 * evidence of a bundled {@code evidence.jsonl} ({@code four-good-2017/evidence.jsonl} next to this
 * class): the annual self-assessments of 30 chambers (values that win over the derived ones; two
 * of them report a serious violation, a veto), {@code chamber.yearsRegistered} 0 for the five
 * chambers still being formed (not eligible), and one line of 2016 that the period leaves out.
 *
 * @since 0.1
 */
public final class AppraiseChambersSample {

    /** The classpath resource of the bundled evidence, next to this class. */
    public static final String EVIDENCE = "four-good-2017/evidence.jsonl";

    private AppraiseChambersSample() {}

    /**
     * Writes the default dataset to a temporary folder and prints the grade distribution.
     *
     * @param args  not used
     * @throws IOException if the temporary folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        run(SeedDataset.generate().writeTo(Files.createTempDirectory("fic-seed-")), System.out);
    }

    /**
     * Reads the bundled evidence lines of a period.
     *
     * @param period  the period, not null
     * @return the evidence, never null
     */
    public static EvidenceTable evidence(ReportingPeriod period) {
        return Bundled.use(AppraiseChambersSample.class, EVIDENCE, in -> EvidenceTable.read(in, "evidence.jsonl", period));
    }

    /**
     * Copies the bundled evidence into a dataset folder as {@code evidence.jsonl}, where the
     * {@code appraise} command reads it by default.
     *
     * @param folder  the dataset folder, not null
     * @return the file written, never null
     * @throws UncheckedIOException if it cannot be written
     */
    public static Path writeEvidence(Path folder) {
        Path file = folder.resolve("evidence.jsonl");
        Bundled.use(AppraiseChambersSample.class, EVIDENCE, in -> Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING));
        return file;
    }

    /**
     * Appraises every chamber of a dataset with {@code FOUR_GOOD_CHAMBER} for 2017 (with the
     * bundled evidence) and prints the number of chambers per grade, overall and per county
     * federation, and the vetoed chambers.
     *
     * @param dataset  the dataset, not null
     * @param out      where to print, not null
     * @return the results and their summary, never null
     */
    public static AppraisalBatch run(Dataset dataset, PrintStream out) {
        ReportingPeriod year = ReportingPeriod.parse("2017");
        Scheme scheme = SchemeCatalog.reference().select("FOUR_GOOD_CHAMBER", year.getEnd(), null).orElseThrow();
        EvidenceSource source = EvidenceSource.of(dataset);
        EvidenceTable given = evidence(year);
        AppraisalBatch batch = Appraiser.standard().appraiseAll(scheme, year, source, given);

        Map<String, String> names = new HashMap<>();
        for (Federation f : source.getFederations()) {
            names.put(f.getId(), f.getName());
        }
        Set<String> grades = new LinkedHashSet<>();
        scheme.getGrades().stream().map(GradeBand::getGrade).forEach(grades::add);
        grades.add(AppraisalResult.NOT_ELIGIBLE);
        AppraisalSummary.SchemeSummary summary = batch.getSummary().getSchemes().get(0);
        out.println(scheme.getName() + " " + scheme.getId() + "@" + scheme.getVersion() + "，" + year + " 年度，"
                + batch.getResults().size() + " 家商会（evidence.jsonl 给出其中 " + given.size() + " 家的证据）");
        out.println("全市：" + counts(summary.getGrades(), grades));
        summary.getBySubtree().forEach((federation, counts) -> {
            if (!federation.equals(SeedDataset.CITY)) {
                out.println(federation + " " + names.getOrDefault(federation, "") + "：" + counts(counts, grades));
            }
        });
        List<String> vetoed = new ArrayList<>();
        for (AppraisalResult r : batch.getResults()) {
            if (!r.getVetoes().isEmpty()) {
                vetoed.add(r.getSubject() + "（" + String.join("、", r.getVetoes()) + "，" + r.getTotal() + " 分）");
            }
        }
        out.println("一票否决：" + String.join("；", vetoed));
        return batch;
    }

    private static String counts(Map<String, Long> counts, Set<String> grades) {
        List<String> parts = new ArrayList<>();
        for (String g : grades) {
            parts.add(g + " " + counts.getOrDefault(g, 0L));
        }
        return String.join("，", parts);
    }
}
