package io.github.ficsdk.examples.cli;

/**
 * Unusable arguments found while running a command (a missing folder, a malformed period, an
 * unknown indicator code): exit status 2, with a one-line message that says what to fix.
 *
 * @since 0.1
 */
public final class UsageException extends RuntimeException {

    /**
     * Creates the exception.
     *
     * @param message  what to fix, one line, not null
     */
    public UsageException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message  what to fix, one line, not null
     * @param cause    the cause, may be null
     */
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
