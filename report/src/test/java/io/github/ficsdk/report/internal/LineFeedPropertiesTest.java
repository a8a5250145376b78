package io.github.ficsdk.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LineFeedPropertiesTest {

    /** Bytes rich in line feeds and in the bytes a word-at-a-time search could confuse with one. */
    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.of((byte) '\n', (byte) 0x0B, (byte) 0x09, (byte) 0x8A, (byte) 0x00, (byte) 0xFF, (byte) '{',
                (byte) 0x1A, (byte) 0x80).array(byte[].class).ofMaxSize(40);
    }

    @Property(tries = 500)
    void nextLineFeed_findsTheFirstLineFeedOfTheRange(@ForAll("bytes") byte[] b, @ForAll int a, @ForAll int c) {
        int from = b.length == 0 ? 0 : Math.floorMod(a, b.length + 1);
        int to = from + Math.floorMod(c, b.length - from + 1);
        int expected = to;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                expected = i;
                break;
            }
        }
        assertEquals(expected, io.github.ficsdk.core.io.bytes.ByteRules.nextLineFeed(b, from, to));
    }
}
