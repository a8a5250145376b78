/**
 * Appraisal evidence counted by the report engine: the
 * {@link io.github.ficsdk.core.appraisal.spi.EvidenceProvider evidence providers} of fic-report, one
 * per evidence family — {@link io.github.ficsdk.report.appraisal.ActivityEvidenceProvider activities}
 * ({@code activities.<KIND>}, {@code activities.total}, {@code activities.lastTwoYears},
 * {@code party.activities}) and {@link io.github.ficsdk.report.appraisal.ProposalEvidenceProvider
 * proposals} ({@code proposals.submitted}) — listed in fic-report's
 * {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.EvidenceProvider}. With fic-report on
 * the class path, {@link io.github.ficsdk.core.appraisal.Appraiser#standard()} finds them and derives
 * these keys; with fic-core alone they must be given.
 *
 * <pre>{@code
 * // fic-report on the class path: the activity counts are derived
 * AppraisalBatch batch = Appraiser.standard().appraiseAll(SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017"),
 *         ReportingPeriod.parse("2017"), EvidenceSource.of(Dataset.of(Path.of("data"))), EvidenceTable.empty(ReportingPeriod.parse("2017")));
 * // or explicitly, with other providers of one's own
 * Appraiser appraiser = Appraiser.builder().clearProviders().addProvider(EvidenceProvider.standard())
 *         .addProvider(new ActivityEvidenceProvider()).addProvider(new ProposalEvidenceProvider()).build();
 * }</pre>
 *
 * <p>The selection rules are the report engine's (period by {@code start}, an activity counted once
 * per subject however many organizers it has there, repeated ids counted once); each subject's
 * value equals what the engine reports for a scope holding the subject alone, and all subjects are
 * computed in one pass.
 *
 * @since 0.1
 */
package io.github.ficsdk.report.appraisal;
