package io.github.ficsdk.examples.cli;

/**
 * The language of messages and rendered text: {@code zh} (simplified Chinese, the default) or
 * {@code en}, as given by {@code --lang}.
 *
 * @since 0.1
 */
public enum Lang {
    /** Simplified Chinese. */
    ZH,
    /** English. */
    EN;

    /**
     * Picks the text of this language.
     *
     * @param zh  the Chinese text, not null
     * @param en  the English text, not null
     * @return one of the two, never null
     */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }

    /**
     * Returns the locale of this language.
     *
     * @return {@code zh_CN} or {@code en}, never null
     */
    public java.util.Locale locale() {
        return this == ZH ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH;
    }
}
