package io.github.ficsdk.tabular.internal;

import io.github.ficsdk.validation.FicArgumentException;

/**
 * A problem of one cell: code, path and message (made safe to print by {@link FicArgumentException}),
 * thrown without a stack trace (bad cells are expected input, not bugs). Internal: not part of the API.
 */
public final class CellException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the problem.
     *
     * @param path     the property path, such as {@code start}
     * @param code     the problem code
     * @param message  the English detail
     */
    public CellException(String path, String code, String message) {
        super(code, path, message);
    }

    /**
     * Records no stack trace: a bad cell is expected input, not a bug.
     *
     * @return this exception
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
