package io.github.ficsdk.core.io.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;
import java.util.Objects;

/**
 * Splits a byte stream into lines at {@code '\n'} for a fast reader, counting them, without ever
 * holding more than {@code maxLineLength} bytes of one line: a longer line is skipped to its end
 * (not held in memory) and reported with its length. A line that lies whole in the read buffer is
 * given as a slice of it, without a copy; a line that crosses the end of the buffer is copied once.
 * The line feeds are found eight bytes at a time ({@link ByteRules#nextLineFeed}).
 *
 * <p>The splitter knows the byte position of each line, counted from a starting position, so a
 * reader that splits a file into byte ranges (one per thread, each starting at a line start) can
 * work over one range ({@link #range}) and still know where each line is in the file. It reads no
 * byte past the end of its stream (or range): a reader that must not read past the size a file had
 * when it was opened gives it a stream (or range) of that size.
 *
 * <pre>{@code
 * LineSplitter lines = new LineSplitter(in, 1 << 20, 1 << 16);
 * while (lines.next()) {
 *     if (lines.tooLongLength() >= 0) {
 *         report(lines.lineNumber(), lines.tooLongLength());   // skipped, not read
 *     } else {
 *         parse(lines.buffer(), lines.offset(), lines.offset() + lines.length(), lines.lineNumber());
 *     }
 * }
 * }</pre>
 *
 * <p>The bytes of a line are valid until the next call of {@link #next}. Blank lines are given
 * like any other; a UTF-8 byte order mark is not skipped (that is the reader's rule, for the first
 * line of a file). Not thread-safe: one per thread.
 *
 * @since 0.1
 */
public final class LineSplitter {

    private final InputStream in;
    private final int maxLineLength;
    private final byte[] buf;
    private int pos;
    private int limit;
    /** The stream position of {@code buf[0]}. */
    private long base;
    private byte[] carry = new byte[256];

    private byte[] lineBuf;
    private int lineOff;
    private int lineLen;
    private long lineNumber;
    private long linePosition;
    private long tooLongLength = -1;
    private boolean terminated;

    /**
     * Returns a splitter of a stream, the first byte of which is at position 0.
     *
     * @param in             the stream, not null; not closed by the splitter
     * @param maxLineLength  the longest line given, in bytes, without its line feed (at least 0)
     * @param bufferSize     the size of the read buffer, in bytes (at least 1)
     * @throws IllegalArgumentException if a size is out of range
     */
    public LineSplitter(InputStream in, int maxLineLength, int bufferSize) {
        this(in, maxLineLength, bufferSize, 0);
    }

    /**
     * Returns a splitter of a stream whose first byte is at a given position (such as the start of
     * a byte range of a file).
     *
     * @param in             the stream, not null; not closed by the splitter
     * @param maxLineLength  the longest line given, in bytes, without its line feed (at least 0)
     * @param bufferSize     the size of the read buffer, in bytes (at least 1)
     * @param startPosition  the position of the first byte of the stream (at least 0)
     * @throws IllegalArgumentException if a size or the position is out of range
     */
    public LineSplitter(InputStream in, int maxLineLength, int bufferSize, long startPosition) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineLength < 0 || bufferSize < 1 || startPosition < 0) {
            throw new IllegalArgumentException("maxLineLength must be at least 0, bufferSize at least 1 and "
                    + "startPosition at least 0 - but were: " + maxLineLength + ", " + bufferSize + ", "
                    + startPosition);
        }
        this.maxLineLength = maxLineLength;
        this.buf = new byte[bufferSize];
        this.base = startPosition;
        this.linePosition = startPosition;
    }

    /**
     * Returns a splitter of the bytes {@code [from, to)} of a file channel, read with positional
     * reads (the channel's own position is neither used nor changed, so several threads can split
     * ranges of one channel). Positions are file positions; nothing at or past {@code to} is read.
     *
     * @param channel        the channel, not null; not closed by the splitter
     * @param from           the position of the first byte (a line start, at least 0)
     * @param to             one past the last byte read (at least {@code from})
     * @param maxLineLength  the longest line given, in bytes, without its line feed (at least 0)
     * @param bufferSize     the size of the read buffer, in bytes (at least 1)
     * @return the splitter, never null
     * @throws IllegalArgumentException if a size or position is out of range
     */
    public static LineSplitter range(FileChannel channel, long from, long to, int maxLineLength, int bufferSize) {
        Objects.requireNonNull(channel, "channel");
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("the range must have 0 <= from <= to - but was: " + from + ", " + to);
        }
        return new LineSplitter(new ChannelRange(channel, from, to), maxLineLength, bufferSize, from);
    }

    /**
     * Splits the first {@code size} bytes of a file channel into at most {@code parts} byte ranges
     * that each start at a line start, for {@link #range}: range {@code i} is
     * {@code [bounds[i], bounds[i + 1])}. Each inner bound is the first line start at or after an
     * even share of the size (found with positional reads), so a range may be empty when one line
     * spans several shares.
     *
     * @param channel  the channel, not null; its own position is neither used nor changed
     * @param size     the number of bytes to split (at least 0)
     * @param parts    the number of ranges (at least 1)
     * @return {@code parts + 1} ascending positions, from 0 to {@code size}, never null
     * @throws IOException if the channel cannot be read
     * @throws IllegalArgumentException if the size or the number of parts is out of range
     */
    public static long[] rangeBounds(FileChannel channel, long size, int parts) throws IOException {
        Objects.requireNonNull(channel, "channel");
        if (size < 0 || parts < 1) {
            throw new IllegalArgumentException("size must be at least 0 and parts at least 1 - but were: " + size
                    + ", " + parts);
        }
        long[] bounds = new long[parts + 1];
        bounds[parts] = size;
        for (int i = 1; i < parts; i++) {
            bounds[i] = Math.max(bounds[i - 1], nextLineStart(channel, size * i / parts, size));
        }
        return bounds;
    }

    private static long nextLineStart(FileChannel channel, long from, long size) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        long pos = from;
        while (pos < size) {
            buf.clear();
            int n = channel.read(buf, pos);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                if (buf.get(i) == '\n') {
                    return pos + i + 1;
                }
            }
            pos += n;
        }
        return size;
    }

    /**
     * Returns the array that holds the current line (the read buffer or a copy of the line).
     *
     * @return the array, null before the first line
     */
    public byte[] buffer() {
        return lineBuf;
    }

    /**
     * Returns the index of the first byte of the current line in {@link #buffer()}.
     *
     * @return the offset
     */
    public int offset() {
        return lineOff;
    }

    /**
     * Returns the length of the current line in bytes, without its line feed; 0 for a line that
     * was too long (see {@link #tooLongLength()}).
     *
     * @return the length, not negative
     */
    public int length() {
        return lineLen;
    }

    /**
     * Returns the number of the current line, counted from 1 at the start of the stream.
     *
     * @return the line number, 0 before the first line
     */
    public long lineNumber() {
        return lineNumber;
    }

    /**
     * Returns the position of the first byte of the current line (counted from the starting
     * position); after the last line, the position of the end of the stream.
     *
     * @return the position
     */
    public long linePosition() {
        return linePosition;
    }

    /**
     * Returns the position just past the bytes read from the stream so far (counted from the
     * starting position): the starting position plus the number of bytes read.
     *
     * @return the position
     */
    public long readPosition() {
        return base + limit;
    }

    /**
     * Returns the length of the current line if it was longer than the limit and was skipped,
     * otherwise -1.
     *
     * @return the length in bytes without the line feed, or -1
     */
    public long tooLongLength() {
        return tooLongLength;
    }

    /**
     * Returns whether the current line ended with a line feed: false only for a last line without
     * one.
     *
     * @return whether the line was terminated
     */
    public boolean terminated() {
        return terminated;
    }

    /**
     * Returns the read buffer, for a reader that finds the end of the next line itself while it
     * reads it ({@link #takeLine}): its bytes from {@link #unreadOffset()} to {@link #unreadLimit()}
     * are read from the stream and not yet given as lines.
     *
     * <pre>{@code
     * byte[] b = lines.readBuffer();
     * int lineFeed = parser.parseUpToLineFeed(b, lines.unreadOffset(), lines.unreadLimit());
     * if (lineFeed >= 0) {
     *     lines.takeLine(lineFeed);      // as if next() had found it
     * } else if (lines.next()) { ... }   // the usual way
     * }</pre>
     *
     * @return the buffer, never null; its contents change with the next call of {@link #next}
     */
    public byte[] readBuffer() {
        return buf;
    }

    /**
     * Returns the index in {@link #readBuffer()} of the first byte not yet given as part of a line.
     *
     * @return the offset, at most {@link #unreadLimit()}
     */
    public int unreadOffset() {
        return pos;
    }

    /**
     * Returns the index in {@link #readBuffer()} just past the last byte read from the stream.
     *
     * @return the limit
     */
    public int unreadLimit() {
        return limit;
    }

    /**
     * Makes the unread bytes up to a line feed that the caller found the current line, exactly as
     * {@link #next()} would have: the caller has read every byte from {@link #unreadOffset()} on
     * and met no other line feed before it.
     *
     * @param lineFeed  the index of the line feed in {@link #readBuffer()}
     * @throws IllegalArgumentException if there is no line feed at that index within the unread
     *     bytes, or the line is longer than the limit
     */
    public void takeLine(int lineFeed) {
        if (lineFeed < pos || lineFeed >= limit || buf[lineFeed] != '\n' || lineFeed - pos > maxLineLength) {
            throw new IllegalArgumentException("no line feed ending a line of at most " + maxLineLength
                    + " bytes at " + lineFeed + " of the unread bytes [" + pos + ", " + limit + ")");
        }
        tooLongLength = -1;
        linePosition = base + pos;
        lineBuf = buf;
        lineOff = pos;
        lineLen = lineFeed - pos;
        pos = lineFeed + 1;
        lineNumber++;
        terminated = true;
    }

    private boolean fill() throws IOException {
        base += limit;
        pos = 0;
        limit = 0;
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the stream (then there is no current line)
     * @throws IOException if the stream cannot be read
     */
    public boolean next() throws IOException {
        int carryLen = 0;
        long total = 0;
        boolean skipping = false;
        tooLongLength = -1;
        linePosition = base + pos;
        while (true) {
            if (pos >= limit && !fill()) {
                if (total == 0) {
                    return false;
                }
                lineNumber++;
                terminated = false;
                return finish(skipping, total, carryLen);
            }
            byte[] b = buf;
            int lim = limit;
            int nl = ByteRules.nextLineFeed(b, pos, lim);
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
            total += chunk;
            if (!skipping) {
                if (total > maxLineLength) {
                    skipping = true;
                    carryLen = 0;
                } else {
                    if (carryLen + chunk > carry.length) {
                        carry = Arrays.copyOf(carry,
                                Math.max(carryLen + chunk, Math.min(carry.length * 2, maxLineLength)));
                    }
                    System.arraycopy(b, pos, carry, carryLen, chunk);
                    carryLen += chunk;
                }
            }
            if (found) {
                pos = nl + 1;
                lineNumber++;
                terminated = true;
                return finish(skipping, total, carryLen);
            }
            pos = lim;
        }
    }

    private boolean finish(boolean skipping, long total, int carryLen) {
        lineBuf = carry;
        lineOff = 0;
        if (skipping) {
            tooLongLength = total;
            lineLen = 0;
        } else {
            lineLen = carryLen;
        }
        return true;
    }

    /** The bytes {@code [from, to)} of a channel as a stream, read with positional reads. */
    private static final class ChannelRange extends InputStream {
        private final FileChannel channel;
        private final long to;
        private long at;

        ChannelRange(FileChannel channel, long from, long to) {
            this.channel = channel;
            this.at = from;
            this.to = to;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            int want = (int) Math.min(len, to - at);
            if (want <= 0) {
                return -1;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, want), at);
            if (n < 0) {
                return -1;
            }
            at += n;
            return n;
        }
    }
}
