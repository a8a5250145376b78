package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.validation.SafeText;

/**
 * How a text from the data or from a plug-in is put into a message of the appraisal package:
 * through {@link SafeText#forDisplay(String)}, the SDK's one masking of ID-card and mobile numbers
 * and escaping of control characters. Internal: not part of the API.
 */
public final class Shown {

    private Shown() {}

    /**
     * A subject id (or any id from the data) for a message: ID-card and mobile numbers masked,
     * control characters escaped.
     *
     * @param id  the id, may be null
     * @return the text to show, never null
     */
    public static String id(String id) {
        return text(id);
    }

    /**
     * A text for a one-line message: personal numbers masked, control characters (line ends
     * included) escaped.
     *
     * @param text  the text, may be null
     * @return the text to show, never null
     */
    public static String text(String text) {
        return text == null ? "null" : SafeText.forDisplay(text);
    }
}
