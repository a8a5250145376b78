package io.github.ficsdk.examples.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files bundled with the samples, next to their classes on the class path. */
final class Bundled {

    private Bundled() {}

    /**
     * What is done with a bundled file.
     *
     * @param <T>  what it gives
     */
    interface Use<T> {
        /**
         * Uses the file.
         *
         * @param in  the file's bytes
         * @return what it gives
         * @throws IOException if reading fails
         */
        T apply(InputStream in) throws IOException;
    }

    /**
     * Opens a bundled file, uses it and closes it.
     *
     * @param owner  the class the file lies next to
     * @param name   the file, relative to the owner's package
     * @param use    what is done with it
     * @param <T>    what it gives
     * @return what the use gives
     * @throws IllegalStateException if the file is missing
     * @throws UncheckedIOException if reading fails
     */
    static <T> T use(Class<?> owner, String name, Use<T> use) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing");
            }
            return use.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
