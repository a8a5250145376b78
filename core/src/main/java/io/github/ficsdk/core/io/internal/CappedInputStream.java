package io.github.ficsdk.core.io.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads at most a given number of bytes of a stream (the size a file had when it was opened, so
 * that what another program appends meanwhile is never read), counting the bytes read. Internal.
 */
public final class CappedInputStream extends FilterInputStream {

    private final long limit;
    private long read;

    /**
     * Creates the stream.
     *
     * @param in     the stream, closed with this one
     * @param limit  the most bytes to read
     */
    public CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /**
     * Returns the number of bytes read so far.
     *
     * @return the count
     */
    public long bytesRead() {
        return read;
    }

    @Override
    public int read() throws IOException {
        if (read >= limit) {
            return -1;
        }
        int b = in.read();
        if (b >= 0) {
            read++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (read >= limit) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, limit - read));
        if (n > 0) {
            read += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = in.skip(Math.min(n, limit - read));
        read += Math.max(0, s);
        return s;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), limit - read);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
