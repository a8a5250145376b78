package io.github.ficsdk.core.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n', counting them, without ever holding more than
 * {@code maxLineLength} bytes of one line: a longer line is skipped to its end and reported as too
 * long. A line that fits in the read buffer is returned as a slice of it (no copy). Internal.
 */
public final class LineSource {

    private final InputStream in;
    private final int maxLineLength;
    private final byte[] buf;
    private int pos;
    private int limit;
    private byte[] carry = new byte[256];

    private byte[] lineBuf;
    private int lineOff;
    private int lineLen;
    private long lineNumber;
    private long tooLongLength = -1;
    private boolean terminated;

    public LineSource(InputStream in, int maxLineLength, int bufferSize) {
        this.in = in;
        this.maxLineLength = maxLineLength;
        this.buf = new byte[bufferSize];
    }

    public byte[] buffer() {
        return lineBuf;
    }

    public int offset() {
        return lineOff;
    }

    public int length() {
        return lineLen;
    }

    /** The 1-based number of the current line. */
    public long lineNumber() {
        return lineNumber;
    }

    /** The length of the current line if it was too long and skipped, otherwise -1. */
    public long tooLongLength() {
        return tooLongLength;
    }

    /** Whether the current line ended with '\n' (false only for an unterminated last line). */
    public boolean terminated() {
        return terminated;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            pos = 0;
            limit = 0;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Advances to the next line; false at the end of the stream. */
    public boolean next() throws IOException {
        int carryLen = 0;
        long total = 0;
        boolean skipping = false;
        tooLongLength = -1;
        while (true) {
            if (pos >= limit && !fill()) {
                if (total == 0) {
                    return false;
                }
                lineNumber++;
                terminated = false;
                return finish(skipping, total, carryLen);
            }
            int nl = pos;
            byte[] b = buf;
            int lim = limit;
            while (nl < lim && b[nl] != '\n') {
                nl++;
            }
            int chunk = nl - pos;
            boolean found = nl < lim;
            if (found && total == 0 && chunk <= maxLineLength) {
                lineBuf = b;
                lineOff = pos;
                lineLen = chunk;
                pos = nl + 1;
                lineNumber++;
                terminated = true;
                return true;
            }
            total += chunk + (found ? 0 : 0);
            if (!skipping) {
                if (total > maxLineLength) {
                    skipping = true;
                    carryLen = 0;
                } else {
                    if (carryLen + chunk > carry.length) {
                        carry = Arrays.copyOf(carry, Math.max(carryLen + chunk, Math.min(carry.length * 2, maxLineLength)));
                    }
                    System.arraycopy(b, pos, carry, carryLen, chunk);
                    carryLen += chunk;
                }
            }
            if (found) {
                pos = nl + 1;
                lineNumber++;
                terminated = true;
                if (total == 0) {
                    // an empty line starting at the beginning of a buffer
                    lineBuf = carry;
                    lineOff = 0;
                    lineLen = 0;
                    return true;
                }
                return finish(skipping, total, carryLen);
            }
            pos = lim;
            if (total == 0) {
                // nothing consumed yet but the buffer is exhausted: mark that a line has begun
                continue;
            }
        }
    }

    private boolean finish(boolean skipping, long total, int carryLen) {
        if (skipping) {
            tooLongLength = total;
            lineBuf = carry;
            lineOff = 0;
            lineLen = 0;
        } else {
            lineBuf = carry;
            lineOff = 0;
            lineLen = carryLen;
        }
        return true;
    }
}
