package com.example.consumer;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.AppraisalBatch;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.io.DataQualityReport;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The five-minute path of docs/USING.md: records in code, written as a dataset, validated, reported
 * (with the team's own indicator) and appraised (with the team's own rule in a scheme document).
 */
public final class FiveMinutes {

    /** The city federation of the sample. */
    public static final String CITY = "F330400";
    /** The county federation of the sample. */
    public static final String COUNTY = "F330402";

    private FiveMinutes() {}

    /**
     * Runs the whole path over a new dataset in a folder and prints one line of figures.
     *
     * @param args  the folder to write the dataset to (empty or missing)
     */
    public static void main(String[] args) {
        Dataset dataset = write(Path.of(args[0]));
        DataQualityReport quality = validate(dataset);
        Report report = report(ReportEngine.of(IndicatorCatalog.discovered(FiveMinutes.class.getClassLoader())),
                dataset);
        AppraisalBatch batch = appraise(dataset);
        System.out.println("errors=" + quality.getErrorCount() + " hours="
                + report.total(VolunteerHours.CODE).orElseThrow().getValue().toPlainString()
                + " appraised=" + batch.getResults().size());
    }

    /**
     * Returns the federations of the sample.
     *
     * @return a city and one of its counties
     */
    public static List<Federation> federations() {
        return List.of(
                Federation.builder().id(CITY).name("嘉兴市工商业联合会").level(FederationLevel.CITY).division("330400").build(),
                Federation.builder().id(COUNTY).name("南湖区工商联").level(FederationLevel.COUNTY).division("330402")
                        .parent(CITY).build());
    }

    /**
     * Returns the chambers of the sample.
     *
     * @return C1 (county) and C2 (city)
     */
    public static List<Chamber> chambers() {
        return List.of(
                Chamber.builder().id("C1").name("南湖区服装商会").kind(ChamberKind.INDUSTRY_CHAMBER).federation(COUNTY).build(),
                Chamber.builder().id("C2").name("嘉兴市温州商会").kind(ChamberKind.OUT_OF_TOWN).federation(CITY).build());
    }

    /**
     * Returns the activities of the sample: volunteer days of 2017 with their hours.
     *
     * @return three activities of C1 (2 + 3.5 + 4 hours) and one of C2 (10 hours)
     */
    public static List<Activity> activities() {
        return List.of(
                volunteer("A1", "2017-03-01", "C1", "2"),
                volunteer("A2", "2017-05-01", "C1", "3.5"),
                volunteer("A3", "2017-09-01", "C1", "4"),
                volunteer("A4", "2017-10-01", "C2", "10"));
    }

    private static Activity volunteer(String id, String start, String organizer, String hours) {
        return Activity.builder().id(id).kind(ActivityKind.parse("X_VOLUNTEER")).start(LocalDate.parse(start))
                .addOrganizers(organizer)
                .extensions(Extensions.builder().put("hours", new BigDecimal(hours)).build())
                .build();
    }

    /**
     * Writes the sample as a dataset folder.
     *
     * @param folder  an empty folder
     * @return the dataset
     */
    public static Dataset write(Path folder) {
        Dataset dataset = Dataset.of(folder);
        dataset.write(DatasetFile.FEDERATIONS, federations());
        dataset.write(DatasetFile.CHAMBERS, chambers());
        dataset.write(DatasetFile.ACTIVITIES, activities());
        return dataset;
    }

    /**
     * Validates a dataset.
     *
     * @param dataset  the dataset
     * @return its data quality report
     */
    public static DataQualityReport validate(Dataset dataset) {
        return dataset.validate();
    }

    /**
     * Reports the volunteer hours of 2017 by child federation with an engine.
     *
     * @param engine   the engine whose catalog knows {@link VolunteerHours#CODE}
     * @param dataset  the dataset
     * @return the report
     */
    public static Report report(ReportEngine engine, Dataset dataset) {
        ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse("2017")).scope(CITY)
                .breakdown(Breakdown.CHILD).indicators(List.of(VolunteerHours.CODE)).build();
        return engine.run(query, dataset);
    }

    /**
     * Reads the scheme document of the sample with the rules that {@link Appraiser#standard()} knows
     * (the built-in ones and the plug-ins found by ServiceLoader, {@link ActivityBonusRule} among them).
     *
     * @param appraiser  the appraiser
     * @return the scheme
     */
    public static Scheme scheme(Appraiser appraiser) {
        try (InputStream in = FiveMinutes.class.getResourceAsStream("activity-bonus.json")) {
            if (in == null) {
                throw new IllegalStateException("activity-bonus.json is missing");
            }
            return Scheme.read(in, appraiser.getRegistry());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Appraises every chamber of a dataset for 2017 with the sample scheme.
     *
     * @param dataset  the dataset
     * @return the results
     */
    public static AppraisalBatch appraise(Dataset dataset) {
        Appraiser appraiser = Appraiser.standard();
        return appraiser.appraiseAll(scheme(appraiser), ReportingPeriod.parse("2017"), EvidenceSource.of(dataset),
                EvidenceTable.empty(ReportingPeriod.parse("2017")));
    }
}
