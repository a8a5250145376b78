package io.github.ficsdk.core.io.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * I/O without checked exceptions: every I/O error of the dataset readers and writers is an
 * {@link UncheckedIOException}. Internal: not part of the API.
 */
public final class UncheckedIo {

    private UncheckedIo() {}

    /** An I/O step, such as {@code generator::flush}. */
    @FunctionalInterface
    public interface Step {
        /**
         * Runs the step.
         *
         * @throws IOException if it fails
         */
        void run() throws IOException;
    }

    /**
     * Runs an I/O step, such as closing a stream.
     *
     * @param step  the step, not null
     * @throws UncheckedIOException if it fails
     */
    public static void run(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
