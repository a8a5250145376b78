package io.github.ficsdk.validation;

import java.util.Objects;

/**
 * An {@link IllegalArgumentException} that is a {@link FicProblem}: the common base of the SDK's
 * exceptions about a rejected argument, such as {@link InvalidCodeException}
 * ({@code CREDIT_CODE_CHECK_CHARACTER}) or an invalid value ({@code END_BEFORE_START} at
 * {@code end}). It holds the stable code and the path, and passes the message through
 * {@link SafeText#forDisplay(String)}, so that an ID-card or mobile number quoted in it is masked
 * and a control character escaped.
 *
 * <pre>{@code
 * try {
 *     CreditCode.parse(text);
 * } catch (FicArgumentException e) {
 *     e.getProblemCode();  // "CREDIT_CODE_CHECK_CHARACTER"
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class FicArgumentException extends IllegalArgumentException implements FicProblem {

    private static final long serialVersionUID = 1L;

    /** The stable problem code. */
    private final String problemCode;
    /** The path of the value at fault, in the one syntax. */
    private final String problemPath;

    /**
     * Creates the exception.
     *
     * @param problemCode  the stable UPPER_SNAKE code, such as {@code END_BEFORE_START}, not null
     * @param problemPath  the path of the value at fault, such as {@code targets[0].id}; empty for the
     *                     whole; not null
     * @param message      the message, made safe to print here, not null
     */
    protected FicArgumentException(String problemCode, String problemPath, String message) {
        super(SafeText.forDisplay(Objects.requireNonNull(message, "message")));
        this.problemCode = Objects.requireNonNull(problemCode, "problemCode");
        this.problemPath = Objects.requireNonNull(problemPath, "problemPath");
    }

    /**
     * Returns the stable problem code, such as {@code END_BEFORE_START}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return problemCode;
    }

    /**
     * Returns the path of the value at fault, such as {@code end} or {@code targets[0].id}.
     *
     * @return the path, empty for the whole; never null
     */
    @Override
    public String getProblemPath() {
        return problemPath;
    }
}
