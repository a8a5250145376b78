/**
 * The commands of the reference app ({@code report}, {@code validate}, {@code appraise}, {@code demo}) on picocli,
 * their common options ({@code --lang zh|en}, {@code --verbose}), exit codes and progress display.
 *
 * <pre>{@code
 * int status = FicApp.execute(out, err, false, "validate", "--data", "data/330481", "--format", "text");
 * }</pre>
 *
 * @since 0.1
 */
package io.github.ficsdk.examples.cli;
