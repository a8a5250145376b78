package io.github.ficsdk.core.io.bytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The UTF-8 and blank-line rules of {@link ByteRules} agree with the JDK and with their definitions. */
class ByteRulesPropertiesTest {

    /** Bytes rich in lead and continuation bytes, overlong and surrogate starts, and blanks. */
    @Provide
    Arbitrary<byte[]> bytes() {
        return Arbitraries.of((byte) 'a', (byte) ' ', (byte) '\t', (byte) '\r', (byte) 0x80, (byte) 0x9F, (byte) 0xA0,
                (byte) 0xBF, (byte) 0xC0, (byte) 0xC2, (byte) 0xDF, (byte) 0xE0, (byte) 0xED, (byte) 0xEF, (byte) 0xF0,
                (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, (byte) 0x8F, (byte) 0x90).array(byte[].class).ofMaxSize(12);
    }

    private static boolean jdkAccepts(byte[] b, int off, int len) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, off, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Property(tries = 2000)
    void firstInvalidUtf8_agreesWithTheJdkDecoder(@ForAll("bytes") byte[] b) {
        int first = ByteRules.firstInvalidUtf8(b, 0, b.length);
        assertEquals(jdkAccepts(b, 0, b.length), first < 0);
        if (first >= 0) {
            assertTrue(jdkAccepts(b, 0, first), "the bytes before the first invalid one are well-formed");
        }
    }

    /** Mostly ASCII (runs of eight and more, read a word at a time) with a few lead and continuation bytes. */
    @Provide
    Arbitrary<byte[]> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of((byte) 'a', (byte) '"', (byte) '{', (byte) 0x7F)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0x80, (byte) 0xBF, (byte) 0xC2, (byte) 0xE0, (byte) 0xE6,
                        (byte) 0xED, (byte) 0xF0, (byte) 0xFF)))
                .array(byte[].class).ofMaxSize(40);
    }

    @Property(tries = 2000)
    void firstInvalidUtf8_agreesWithTheJdkDecoderInMostlyAsciiTextFromAnyOffset(@ForAll("text") byte[] b,
            @ForAll int at) {
        int off = b.length == 0 ? 0 : Math.floorMod(at, b.length);
        int first = ByteRules.firstInvalidUtf8(b, off, b.length - off);
        assertEquals(jdkAccepts(b, off, b.length - off), first < 0);
        if (first >= 0) {
            assertTrue(first >= off && jdkAccepts(b, off, first - off), "the bytes before it are well-formed");
        }
    }

    @Property(tries = 2000)
    void utf8Sequence_readsOneWellFormedCharacter(@ForAll("bytes") byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] >= 0) {
                continue;
            }
            int n = ByteRules.utf8Sequence(b, i, b.length);
            if (n > 0) {
                assertTrue(jdkAccepts(b, i, n));
                assertEquals(1, new String(b, i, n, StandardCharsets.UTF_8).codePointCount(0,
                        new String(b, i, n, StandardCharsets.UTF_8).length()));
            } else if (n == 0) {
                for (int k = 1; k <= Math.min(4, b.length - i); k++) {
                    assertTrue(!jdkAccepts(b, i, k), "no well-formed character starts at " + i);
                }
            } else {
                assertTrue((b[i] & 0xFF) >= 0xC2 && (b[i] & 0xFF) <= 0xF4, "a cut sequence has a valid lead byte");
            }
        }
    }

    @Property(tries = 1000)
    void isBlankLine_holdsOnlySpacesTabsAndCarriageReturns(@ForAll("bytes") byte[] b) {
        boolean blank = true;
        for (byte c : b) {
            blank &= c == ' ' || c == '\t' || c == '\r';
        }
        assertEquals(blank, ByteRules.isBlankLine(b, 0, b.length));
    }
}
