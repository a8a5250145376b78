package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import io.github.ficsdk.core.io.InvalidRecordException;

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

    /**
     * Returns this problem as the public exception of a Jackson read, at the parser's location.
     *
     * @param p  the parser that read the record
     * @return the exception, never null
     */
    public InvalidRecordException at(JsonParser p) {
        return new InvalidRecordException(p, path, code, getMessage());
    }
}
