package io.github.ficsdk.tabular.internal;

/**
 * A problem of one cell: path, code and message, thrown without a stack trace (bad cells are
 * expected input, not bugs). Internal: not part of the API.
 */
public final class CellException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String code;

    /**
     * Creates the problem.
     *
     * @param path     the property path, such as {@code start}
     * @param code     the problem code
     * @param message  the English detail
     */
    public CellException(String path, String code, String message) {
        super(message, null, false, false);
        this.path = path;
        this.code = code;
    }

    /** @return the property path */
    public String path() {
        return path;
    }

    /** @return the problem code */
    public String code() {
        return code;
    }
}
