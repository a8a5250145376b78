package io.github.ficsdk.core.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Streams of one huge line made on the fly, so tests of line limits never hold the line. */
public final class HugeStreams {

    private HugeStreams() {}

    /**
     * A stream of {@code head}, then {@code x} up to {@code length} bytes in all, ending with
     * {@code tail}; no line feed.
     *
     * @param head    the start of the line, ASCII
     * @param length  the length of the line in bytes
     * @param tail    the end of the line, ASCII
     * @return the stream
     */
    public static InputStream line(String head, long length, String tail) {
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] t = tail.getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - pos);
                for (int i = 0; i < n; i++) {
                    long p = pos + i;
                    long fromEnd = length - p;
                    b[off + i] = p < h.length ? h[(int) p] : fromEnd <= t.length ? t[(int) (t.length - fromEnd)] : (byte) 'x';
                }
                pos += n;
                return n;
            }
        };
    }
}
