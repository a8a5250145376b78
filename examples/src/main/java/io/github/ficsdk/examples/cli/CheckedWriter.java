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

    private IOException record(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }

    /**
     * Writes a character.
     *
     * @param c  the character
     * @throws IOException if the writer under this one fails
     */
    @Override
    public void write(int c) throws IOException {
        try {
            super.write(c);
        } catch (IOException e) {
            throw record(e);
        }
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
        try {
            super.write(cbuf, off, len);
        } catch (IOException e) {
            throw record(e);
        }
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
        try {
            super.write(str, off, len);
        } catch (IOException e) {
            throw record(e);
        }
    }

    /**
     * Flushes the writer under this one.
     *
     * @throws IOException if it fails
     */
    @Override
    public void flush() throws IOException {
        try {
            super.flush();
        } catch (IOException e) {
            throw record(e);
        }
    }

    /**
     * Closes the writer under this one.
     *
     * @throws IOException if it fails
     */
    @Override
    public void close() throws IOException {
        try {
            super.close();
        } catch (IOException e) {
            throw record(e);
        }
    }
}
