package io.github.ficsdk.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer that keeps the first {@link IOException} of the writer under it, such as
 * {@code No space left on device} when stdout is {@code /dev/full}, or {@code File too large} past
 * {@code ulimit -f}. A {@link java.io.PrintWriter} (and {@code System.out}) swallows such an
 * exception and keeps only a flag for {@link java.io.PrintWriter#checkError()}; the app writes its
 * output through this writer so that it can say what went wrong, and exits 1.
 *
 * <pre>{@code
 * CheckedWriter stdout = new CheckedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));
 * PrintWriter out = new PrintWriter(stdout, true);
 * …
 * if (out.checkError()) {
 *     err.println("error: cannot write to standard output (" + stdout.failure().getMessage() + ")");
 * }
 * }</pre>
 *
 * <p>This class is thread-safe as far as the writer under it is.
 *
 * @since 0.1
 */
public final class CheckedWriter extends FilterWriter {

    private volatile IOException failure;

    /**
     * Wraps a writer.
     *
     * @param out  the writer, not null
     */
    public CheckedWriter(Writer out) {
        super(out);
    }

    /**
     * Returns the first failure of the writer under this one.
     *
     * @return the exception, or null when every write and flush succeeded
     */
    public IOException failure() {
        return failure;
    }

    /** A call to the writer under this one. */
    private interface Call {
        void run() throws IOException;
    }

    /** Makes a call to the writer under this one, keeping its failure if it is the first. */
    private void checked(Call call) throws IOException {
        try {
            call.run();
        } catch (IOException e) {
            if (failure == null) {
                failure = e;
            }
            throw e;
        }
    }

    /**
     * Writes a character.
     *
     * @param c  the character
     * @throws IOException if the writer under this one fails
     */
    @Override
    public void write(int c) throws IOException {
        checked(() -> super.write(c));
    }

    /**
     * Writes characters.
     *
     * @param cbuf  the characters, not null
     * @param off   the first
     * @param len   how many
     * @throws IOException if the writer under this one fails
     */
    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        checked(() -> super.write(cbuf, off, len));
    }

    /**
     * Writes part of a string.
     *
     * @param str  the string, not null
     * @param off  the first character
     * @param len  how many
     * @throws IOException if the writer under this one fails
     */
    @Override
    public void write(String str, int off, int len) throws IOException {
        checked(() -> super.write(str, off, len));
    }

    /**
     * Flushes the writer under this one.
     *
     * @throws IOException if it fails
     */
    @Override
    public void flush() throws IOException {
        checked(() -> super.flush());
    }

    /**
     * Closes the writer under this one.
     *
     * @throws IOException if it fails
     */
    @Override
    public void close() throws IOException {
        checked(() -> super.close());
    }
}
