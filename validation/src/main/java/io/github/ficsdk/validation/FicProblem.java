package io.github.ficsdk.validation;

/**
 * A problem found by the FIC SDK, such as {@code END_BEFORE_START} at {@code end}: its stable
 * {@linkplain #getProblemCode() code}, the {@linkplain #getProblemPath() path} of the value at
 * fault, its {@linkplain #getSeverity() severity} and a {@linkplain #getMessage() message} for people.
 * Every problem of the SDK has this shape: a Bean Validation {@link Problem}, a problem of a dataset
 * line ({@code io.github.ficsdk.core.io.DatasetProblem}) and every public exception of the SDK,
 * such as {@link InvalidCodeException}, so that one piece of code can handle them all:
 *
 * <pre>{@code
 * try {
 *     CreditCode.parse(text);
 * } catch (InvalidCodeException e) {
 *     FicProblem p = e;
 *     p.getProblemCode();   // "CREDIT_CODE_CHECK_CHARACTER"
 *     p.getProblemPath();   // "" (the value itself)
 *     p.getSeverity();      // ERROR
 * }
 * }</pre>
 *
 * <h2>Codes</h2>
 * A code is a stable UPPER_SNAKE string, the same in every language and release; the catalogue of
 * every code with its severity and its Chinese and English description is
 * {@code io.github.ficsdk.core.io.ProblemCode} (module {@code fic-core}).
 *
 * <h2>Paths</h2>
 * One syntax everywhere: property names as in the JSON of the data model joined by {@code .}, a
 * list element by its zero-based index in brackets, such as {@code end}, {@code targets[0].id},
 * {@code feeTiers[2].annualFeeYuan} or {@code dimensions[0].rules[1]}; the empty string for the
 * whole record, document or value. A property name quoted from the data (an unknown property) is
 * given as it was written, made safe to print.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface FicProblem {

    /**
     * Returns the stable problem code, such as {@code END_BEFORE_START} or
     * {@code CREDIT_CODE_CHECK_CHARACTER}.
     *
     * @return the code, never null
     */
    String getProblemCode();

    /**
     * Returns the path of the value at fault in the one syntax of the SDK, such as
     * {@code targets[0].id}.
     *
     * @return the path, empty for the whole record, document or value; never null
     */
    String getProblemPath();

    /**
     * Returns whether the problem rejects what it is about ({@link Severity#ERROR}) or only warns
     * ({@link Severity#WARNING}). An exception is always an error: this default, which a problem
     * that can be a warning overrides.
     *
     * @return the severity, never null; {@link Severity#ERROR} unless overridden
     */
    default Severity getSeverity() {
        return Severity.ERROR;
    }

    /**
     * Returns the message for people, safe to print (ID-card and mobile numbers masked, control
     * characters escaped).
     *
     * @return the message, never null
     */
    String getMessage();
}
