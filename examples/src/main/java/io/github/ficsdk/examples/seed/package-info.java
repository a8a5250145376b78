/**
 * The embedded default dataset: a deterministic generator of the Jiaxing federation tree of
 * 2017 whose half-year statistics reproduce the source work report, and the table of that
 * report's figures.
 *
 * <pre>{@code
 * Dataset dataset = SeedDataset.generate().writeTo(Path.of("target/seed"));
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.examples.seed;
