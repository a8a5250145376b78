package io.github.ficsdk.core;

import io.github.ficsdk.core.io.bytes.ByteRules;

/**
 * The form of every id in a dataset: {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}, such as
 * {@code F330400} or a Unified Social Credit Code.
 *
 * <p>Ids are checked by Bean Validation (problem code {@code ID_FORMAT}), not at construction, so a
 * data-quality run lists every malformed id; construction only rejects a blank id.
 *
 * <pre>{@code
 * Ids.isValid("F330400");  // true
 * Ids.isValid("-x");       // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Ids {

    /** The regular expression of an id. */
    public static final String REGEX = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";

    /** The message template of a malformed id, reported with code {@code ID_FORMAT}. */
    public static final String MESSAGE = "{fic.ID_FORMAT}";

    private Ids() {}

    /**
     * Returns whether a text is a well-formed id.
     *
     * @param id  the text, not null
     * @return true if it matches {@link #REGEX} (the rule of {@link ByteRules#isId(CharSequence)})
     */
    public static boolean isValid(CharSequence id) {
        return ByteRules.isId(id);
    }
}
