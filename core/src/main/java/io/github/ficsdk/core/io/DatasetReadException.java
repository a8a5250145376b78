package io.github.ficsdk.core.io;

import java.util.Objects;

/**
 * Thrown by the reading methods of {@link Dataset} that take no problem consumer, at the first
 * line with a problem; carries that {@linkplain #getProblem() problem}, whose text (and so this
 * exception's message) is {@linkplain DatasetProblem safe to print}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class DatasetReadException extends RuntimeException {

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
}
