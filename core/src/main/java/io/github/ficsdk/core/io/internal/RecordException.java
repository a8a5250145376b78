package io.github.ficsdk.core.io.internal;

/**
 * A problem found while reading one record: path, code, message. Thrown without a stack trace,
 * since bad lines are expected input, not bugs. Internal: not part of the API.
 */
public final class RecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The property path. */
    private final String path;
    /** The problem code. */
    private final String code;

    public RecordException(String path, String code, String message) {
        super(message, null, false, false);
        this.path = path;
        this.code = code;
    }

    public String path() {
        return path;
    }

    public String code() {
        return code;
    }
}
