package io.github.ficsdk.core.appraisal.scheme;

import io.github.ficsdk.validation.FicArgumentException;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;

/**
 * Thrown when a scheme document is rejected, naming the path of the offending value in the syntax
 * of the dataset problems, such as {@code dimensions[0].rules[1].tiers[0].atLeast}, and a stable
 * code, such as {@code INVALID_PARAMETER}.
 *
 * <pre>{@code
 * try {
 *     Scheme.parse(json);
 * } catch (SchemeLoadException e) {
 *     e.getPath();         // "grades[3].minPoints"
 *     e.getProblemCode();  // "GRADES_NOT_COVERING_ZERO"
 * }
 * }</pre>
 *
 * <p>The codes are listed in the {@linkplain io.github.ficsdk.core.appraisal.scheme package overview}.
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}: a value or key quoted from the
 * document never shows an ID-card or mobile number in full nor a control character.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class SchemeLoadException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; the message is prefixed with the path (unless it is empty).
     *
     * @param path         the path, such as {@code grades[1].minPoints}; empty for the whole document; not null
     * @param problemCode  the stable UPPER_SNAKE code, not null
     * @param message      what is wrong, naming the rejected value, not null
     */
    public SchemeLoadException(String path, String problemCode, String message) {
        super(problemCode, path, (Objects.requireNonNull(path, "path").isEmpty() ? "" : path + ": ")
                + Objects.requireNonNull(message, "message"));
    }

    /**
     * Returns the path of the offending value, such as {@code dimensions[0].rules[1].pointsPerUnit}
     * (property names joined by dots, list positions in brackets, as in the dataset problems); empty
     * for the whole document (not JSON, not UTF-8, too large): the {@linkplain #getProblemPath() path}.
     *
     * @return the path, never null
     */
    public String getPath() {
        return getProblemPath();
    }
}
