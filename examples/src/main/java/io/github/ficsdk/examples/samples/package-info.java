/**
 * Small runnable samples of the FIC SDK, each with a {@code main} and a test that runs it:
 * validating a county's dataset folder ({@link io.github.ficsdk.examples.samples.ValidateCountyDataset}),
 * a custom indicator over an {@code extensions} field
 * ({@link io.github.ficsdk.examples.samples.CustomIndicatorSample}), statistics over records
 * built in code ({@link io.github.ficsdk.examples.samples.InMemoryStatistics}), a plug-in scoring
 * rule found by {@link java.util.ServiceLoader} ({@link io.github.ficsdk.examples.samples.PluginRuleSample}),
 * a ledger row read through the record schema ({@link io.github.ficsdk.examples.samples.RecordSchemaSample}),
 * and the grade distribution of the chambers under 四好商会
 * ({@link io.github.ficsdk.examples.samples.AppraiseChambersSample}).
 *
 * <pre>{@code
 * InMemoryStatistics.run(System.out);
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.examples.samples;
