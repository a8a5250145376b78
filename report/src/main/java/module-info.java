/**
 * FIC SDK report: standardized work-report statistics of a dataset in one streaming pass
 * ({@link io.github.ficsdk.report.ReportEngine}), custom indicators, and the evidence providers
 * that let appraisal schemes use report figures.
 *
 * <p>Custom indicators are found by {@link java.util.ServiceLoader}: a module provides
 * {@link io.github.ficsdk.report.CustomIndicator}.
 */
module io.github.ficsdk.report {
    requires transitive io.github.ficsdk.core;
    // Compile-time only: the annotations of the Immutables processor.
    requires static org.immutables.value.annotations;

    exports io.github.ficsdk.report;
    exports io.github.ficsdk.report.appraisal;

    // The report, its values and narrative are Immutables values (package-private implementations):
    // a user's own ObjectMapper reads their getters reflectively.
    opens io.github.ficsdk.report to com.fasterxml.jackson.databind;

    uses io.github.ficsdk.report.CustomIndicator;

    provides io.github.ficsdk.core.appraisal.spi.EvidenceProvider with
            io.github.ficsdk.report.appraisal.ActivityEvidenceProvider,
            io.github.ficsdk.report.appraisal.ProposalEvidenceProvider,
            io.github.ficsdk.report.appraisal.AnnualAssessmentEvidenceProvider,
            io.github.ficsdk.report.appraisal.DevelopmentEvidenceProvider;
}
