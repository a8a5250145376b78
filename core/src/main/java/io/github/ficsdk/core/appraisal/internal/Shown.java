package io.github.ficsdk.core.appraisal.internal;

/**
 * How a text from the data or from a plug-in is put into a message of the appraisal package: the
 * one place to change when the SDK's masking and escaping of messages changes. Internal: not part
 * of the API.
 */
public final class Shown {

    private Shown() {}

    /**
     * A subject id (or any id from the data) for a message: an id that may be a person's
     * identity card number (at least 14 digits and nothing else but an {@code x}) keeps its first
     * three and last four characters only; control characters are escaped.
     *
     * @param id  the id, may be null
     * @return the text to show, never null
     */
    public static String id(String id) {
        if (id == null) {
            return "null";
        }
        return text(looksPersonal(id) ? mask(id) : id);
    }

    /**
     * A text for a one-line message: control characters (line ends included) as {@code \\uXXXX}.
     *
     * @param text  the text, may be null
     * @return the text to show, never null
     */
    public static String text(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean looksPersonal(String id) {
        int digits = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != 'x' && c != 'X') {
                return false;
            }
        }
        return digits >= 14;
    }

    private static String mask(String id) {
        int n = id.length();
        return n < 8 ? "*".repeat(n) : id.substring(0, 3) + "*".repeat(n - 7) + id.substring(n - 4);
    }
}
