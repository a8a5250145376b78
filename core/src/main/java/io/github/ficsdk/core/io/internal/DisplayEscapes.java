package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.ficsdk.validation.SafeText;

/**
 * JSON escapes for output that may end up on a terminal: besides the C0 controls JSON always
 * escapes, DEL, the C1 controls and the bidirectional controls that {@link SafeText#isControl(int)}
 * names are written as {@code \}{@code uXXXX}. The text read back is the same. Internal.
 */
public final class DisplayEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    /** The one instance (stateless). */
    public static final DisplayEscapes INSTANCE = new DisplayEscapes();

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final int[] ascii;

    private DisplayEscapes() {
        ascii = CharacterEscapes.standardAsciiEscapesForJSON();
        ascii[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (!SafeText.isControl(ch)) {
            return null;
        }
        return new SerializedString(new String(new char[] {'\\', 'u', HEX[(ch >> 12) & 0xF], HEX[(ch >> 8) & 0xF],
                HEX[(ch >> 4) & 0xF], HEX[ch & 0xF]}));
    }
}
