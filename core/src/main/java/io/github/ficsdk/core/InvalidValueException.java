package io.github.ficsdk.core;

import io.github.ficsdk.validation.FicArgumentException;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;

/**
 * Thrown when a domain value would be meaningless, such as an activity whose {@code end} is before
 * its {@code start}; names the {@linkplain #getField() field} and carries a stable
 * {@linkplain #getProblemCode() problem code} ({@code END_BEFORE_START}, {@code NEGATIVE} …), the
 * same code a dataset reader reports for the line.
 *
 * <pre>{@code
 * try {
 *     Activity.builder().id("A1").kind(ActivityKind.VISIT).addOrganizer("F330400")
 *             .start(LocalDate.of(2017, 3, 2)).end(LocalDate.of(2017, 3, 1)).build();
 * } catch (InvalidValueException e) {
 *     e.getField();        // "end"
 *     e.getProblemCode();  // "END_BEFORE_START"
 * }
 * }</pre>
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}: a value quoted from the data
 * never shows an ID-card or mobile number in full nor a control character.
 *
 * <p>It is a {@link FicProblem}: an error at the path {@link #getField()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class InvalidValueException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param field        the name (or path) of the offending field, such as {@code end}, not null
     * @param problemCode  the stable UPPER_SNAKE problem code, not null
     * @param message      the message, naming the field and the rejected value, not null
     */
    public InvalidValueException(String field, String problemCode, String message) {
        super(problemCode, field, message);
    }

    /**
     * Returns the name or path of the offending field, such as {@code end} or {@code feeTiers[2]}:
     * the {@linkplain #getProblemPath() path}.
     *
     * @return the field, never null
     */
    public String getField() {
        return getProblemPath();
    }
}
