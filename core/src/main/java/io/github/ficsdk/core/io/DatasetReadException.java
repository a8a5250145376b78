package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.Severity;
import java.util.Objects;

/**
 * Thrown by the reading methods of {@link Dataset} that take no problem consumer, at the first
 * line with a problem; carries that {@linkplain #getProblem() problem}, whose text (and so this
 * exception's message) is {@linkplain DatasetProblem safe to print}.
 *
 * <p>It is a {@link FicProblem} with the code, path and severity of its problem.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class DatasetReadException extends RuntimeException implements FicProblem {

    private static final long serialVersionUID = 1L;

    /** The problem. */
    private final DatasetProblem problem;

    /**
     * Creates the exception.
     *
     * @param problem  the first problem, not null
     */
    public DatasetReadException(DatasetProblem problem) {
        super(Objects.requireNonNull(problem, "problem").toString());
        this.problem = problem;
    }

    /**
     * Returns the problem.
     *
     * @return the problem, never null
     */
    public DatasetProblem getProblem() {
        return problem;
    }

    /**
     * Returns the code of the {@linkplain #getProblem() problem}, such as {@code MALFORMED_JSON}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return problem.getProblemCode();
    }

    /**
     * Returns the path of the {@linkplain #getProblem() problem} in its record, such as
     * {@code targets[0].id}.
     *
     * @return the path, empty for the whole line or file, never null
     */
    @Override
    public String getProblemPath() {
        return problem.getProblemPath();
    }

    /**
     * Returns the severity of the {@linkplain #getProblem() problem}.
     *
     * @return the severity, never null
     */
    @Override
    public Severity getSeverity() {
        return problem.getSeverity();
    }
}
