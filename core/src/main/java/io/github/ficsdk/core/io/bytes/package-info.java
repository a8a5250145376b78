/**
 * Byte-level rules for fast readers: the form of ids, ISO dates, yuan amounts in fen, activity
 * kind codes, target type codes and UTF-8, checked over a range of a byte array without
 * allocating ({@link io.github.ficsdk.core.io.bytes.ByteRules}), and the strict reader a fast
 * reader falls back to for the lines it is not certain of
 * ({@link io.github.ficsdk.core.io.bytes.StrictLineReader}). The readers of {@code fic-core} take
 * the same rules from here, so a value is accepted by a fast reader only when the strict reader
 * accepts it with the same meaning.
 *
 * <p>The lines themselves come from {@link io.github.ficsdk.core.io.bytes.LineSplitter}: slices of
 * the read buffer, numbered, an over-long line skipped without being held and reported with its
 * length, over a stream or a byte range of a file. The readers of {@code fic-core} split their
 * lines with it too, so line numbers and {@code LINE_TOO_LONG} mean the same for every reader.
 *
 * <pre>{@code
 * byte[] line = Files.readAllBytes(path);
 * boolean ok = ByteRules.isId(line, 7, 7);              // "F330400" at offset 7
 * long fen = ByteRules.fen(amount, 0, amount.length);   // "37250000.00" -> 3725000000, else -1
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.core.io.bytes;
