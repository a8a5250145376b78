package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.validation.FicArgumentException;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;

/**
 * Thrown by {@link ScoringRule#prepare(RuleSpec)} when a parameter is missing or has a wrong
 * value, naming the parameter, such as {@code pointsPerUnit}; the scheme loader turns it into a
 * {@link SchemeLoadException} with the JSON path of that parameter.
 *
 * <pre>{@code
 * throw new RuleParameterException("points", "points must not be negative - but was: -1");
 * }</pre>
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class RuleParameterException extends FicArgumentException {

    /** The problem code of this exception, {@value}: the code of the {@link SchemeLoadException} it becomes. */
    public static final String PROBLEM_CODE = "INVALID_PARAMETER";

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; its {@linkplain #getProblemPath() path} is the parameter's name.
     *
     * @param parameter  the name of the offending parameter, not null
     * @param message    what is wrong, naming the rejected value, not null
     */
    public RuleParameterException(String parameter, String message) {
        super(PROBLEM_CODE, Objects.requireNonNull(parameter, "parameter"), message);
    }

    /**
     * Returns the name of the offending parameter, the same as {@link #getProblemPath()}.
     *
     * @return the parameter, never null
     */
    public String getParameter() {
        return getProblemPath();
    }
}
