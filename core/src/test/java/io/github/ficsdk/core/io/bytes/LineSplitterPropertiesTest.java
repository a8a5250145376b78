package io.github.ficsdk.core.io.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LineSplitterPropertiesTest {

    /** One line as a simple reference splitter sees it. */
    record Line(long number, long position, String bytes, long tooLong, boolean terminated) {}

    /** Splits at every '\n'; a last line without one counts only when not empty. */
    static List<Line> reference(byte[] b, int from, int to, int max) {
        List<Line> out = new ArrayList<>();
        long number = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            boolean end = i == to;
            if (!end && b[i] != '\n') {
                continue;
            }
            if (end && i == start) {
                break;
            }
            number++;
            int len = i - start;
            out.add(len > max ? new Line(number, start, "", len, !end)
                    : new Line(number, start, Arrays.toString(Arrays.copyOfRange(b, start, i)), -1, !end));
            start = i + 1;
        }
        return out;
    }

    static List<Line> split(LineSplitter s) throws IOException {
        List<Line> out = new ArrayList<>();
        while (s.next()) {
            byte[] b = s.buffer();
            out.add(new Line(s.lineNumber(), s.linePosition(),
                    s.tooLongLength() >= 0 ? "" : Arrays.toString(Arrays.copyOfRange(b, s.offset(), s.offset() + s.length())),
                    s.tooLongLength(), s.terminated()));
        }
        assertFalse(s.next(), "stays at the end");
        return out;
    }

    /** A stream that gives its bytes in reads of random short lengths, as a pipe or socket may. */
    static InputStream choppy(byte[] b, long seed) {
        Random random = new Random(seed);
        return new ByteArrayInputStream(b) {
            @Override
            public synchronized int read(byte[] into, int off, int len) {
                return super.read(into, off, Math.min(len, 1 + random.nextInt(17)));
            }
        };
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<Byte> one = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just((byte) '\n')),
                Tuple.of(6, Arbitraries.of((byte) 'a', (byte) '{', (byte) '\r', (byte) 0xEF)),
                Tuple.of(1, Arbitraries.bytes()));
        return one.list().ofMaxSize(300).map(list -> {
            byte[] b = new byte[list.size()];
            for (int i = 0; i < b.length; i++) {
                b[i] = list.get(i);
            }
            return b;
        });
    }

    @Property
    void anyBufferSize_givesTheLinesOfTheReferenceSplitter(@ForAll("bytes") byte[] b,
            @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 0, max = 30) int max,
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 1000) int startPosition) throws IOException {
        List<Line> expected = new ArrayList<>();
        for (Line l : reference(b, 0, b.length, max)) {
            expected.add(new Line(l.number(), l.position() + startPosition, l.bytes(), l.tooLong(), l.terminated()));
        }
        LineSplitter s = new LineSplitter(choppy(b, seed), max, bufferSize, startPosition);
        assertEquals(expected, split(s));
        assertEquals(startPosition + b.length, s.readPosition(), "every byte read, once");
        assertEquals(startPosition + b.length, s.linePosition(), "at the end");
    }

    /**
     * A reader that finds line ends itself (takeLine, where the unread bytes hold a whole line and
     * it chooses to) and lets the splitter find the others (next) gets the lines of the splitter alone.
     */
    @Property
    void takeLineWhereTheReaderFoundTheLineFeed_givesTheSameLines(@ForAll("bytes") byte[] b,
            @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 0, max = 30) int max,
            @ForAll long seed) throws IOException {
        LineSplitter s = new LineSplitter(choppy(b, seed), max, bufferSize);
        Random choose = new Random(seed);
        List<Line> out = new ArrayList<>();
        while (true) {
            byte[] buf = s.readBuffer();
            int lineFeed = ByteRules.nextLineFeed(buf, s.unreadOffset(), s.unreadLimit());
            boolean whole = lineFeed < s.unreadLimit() && lineFeed - s.unreadOffset() <= max;
            if (whole && choose.nextBoolean()) {
                s.takeLine(lineFeed);
            } else if (!s.next()) {
                break;
            }
            out.add(new Line(s.lineNumber(), s.linePosition(), s.tooLongLength() >= 0 ? ""
                    : Arrays.toString(Arrays.copyOfRange(s.buffer(), s.offset(), s.offset() + s.length())),
                    s.tooLongLength(), s.terminated()));
        }
        assertEquals(reference(b, 0, b.length, max), out);
    }

    @Test
    void takeLine_refusesAnIndexThatIsNotAnUnreadLineFeedOfALineWithinTheLimit() throws IOException {
        LineSplitter s = new LineSplitter(new ByteArrayInputStream("ab\ncdef\ng".getBytes(StandardCharsets.US_ASCII)), 3, 64);
        assertTrue(s.next()); // reads the buffer: "ab" given, "cdef\ng" unread
        assertEquals(3, s.unreadOffset());
        assertThrows(IllegalArgumentException.class, () -> s.takeLine(2), "already given");
        assertThrows(IllegalArgumentException.class, () -> s.takeLine(4), "not a line feed");
        assertThrows(IllegalArgumentException.class, () -> s.takeLine(7), "a line longer than 3 bytes");
        assertThrows(IllegalArgumentException.class, () -> s.takeLine(64), "past what was read");
        assertEquals(3, s.unreadOffset(), "nothing taken");
        assertTrue(s.next());
        assertEquals(0, s.length());
        assertEquals(4, s.tooLongLength());
    }

    @Property(tries = 200)
    void aRangeOfAChannel_givesTheLinesOfThatRangeWithFilePositions(@ForAll("bytes") byte[] b,
            @ForAll @IntRange(min = 1, max = 40) int bufferSize, @ForAll @IntRange(min = 0, max = 30) int max,
            @ForAll @IntRange(min = 0, max = 300) int x, @ForAll @IntRange(min = 0, max = 300) int y)
            throws IOException {
        int from = Math.min(Math.min(x, y), b.length);
        int to = Math.min(Math.max(x, y), b.length);
        Path file = Files.createTempFile("lines", ".jsonl");
        try {
            Files.write(file, b);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                channel.position(b.length / 2);
                LineSplitter s = LineSplitter.range(channel, from, to, max, bufferSize);
                assertEquals(reference(b, from, to, max), split(s));
                assertEquals(to, s.readPosition(), "nothing past the range is read");
                assertEquals(b.length / 2, channel.position(), "the channel's position is left alone");
            }
        } finally {
            Files.delete(file);
        }
    }

    @Property(tries = 200)
    void rangeBounds_splitAtLineStartsAndTheRangesTogetherGiveEveryLine(@ForAll("bytes") byte[] b,
            @ForAll @IntRange(min = 1, max = 12) int parts) throws IOException {
        Path file = Files.createTempFile("lines", ".jsonl");
        try {
            Files.write(file, b);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                long[] bounds = LineSplitter.rangeBounds(channel, b.length, parts);
                assertEquals(parts + 1, bounds.length);
                assertEquals(0, bounds[0]);
                assertEquals(b.length, bounds[parts]);
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < parts; i++) {
                    long at = bounds[i];
                    assertFalse(bounds[i + 1] < at, "ascending");
                    assertFalse(at > 0 && at < b.length && b[(int) at - 1] != '\n', "a line start: " + at);
                    LineSplitter s = LineSplitter.range(channel, at, bounds[i + 1], b.length, 16);
                    for (Line line : split(s)) {
                        lines.add(line.position() + ":" + line.bytes());
                    }
                }
                List<String> whole = new ArrayList<>();
                for (Line line : reference(b, 0, b.length, b.length)) {
                    whole.add(line.position() + ":" + line.bytes());
                }
                assertEquals(whole, lines);
                assertThrows(IllegalArgumentException.class, () -> LineSplitter.rangeBounds(channel, b.length, 0));
            }
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aLongLineIsSkippedWithoutBeingHeld() throws IOException {
        byte[] b = new byte[5_000_003];
        Arrays.fill(b, (byte) 'x');
        b[1] = '\n';
        b[b.length - 2] = '\n';
        LineSplitter s = new LineSplitter(new ByteArrayInputStream(b), 100, 1 << 12);
        assertEquals(List.of(new Line(1, 0, Arrays.toString(new byte[] {'x'}), -1, true),
                new Line(2, 2, "", b.length - 4, true),
                new Line(3, b.length - 1, Arrays.toString(new byte[] {'x'}), -1, false)), split(s));
    }

    @Test
    void badArgumentsAreRefused() {
        InputStream in = new ByteArrayInputStream(new byte[0]);
        assertThrows(IllegalArgumentException.class, () -> new LineSplitter(in, -1, 10));
        assertThrows(IllegalArgumentException.class, () -> new LineSplitter(in, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new LineSplitter(in, 10, 10, -1));
        assertThrows(NullPointerException.class, () -> new LineSplitter(null, 10, 10));
    }
}
