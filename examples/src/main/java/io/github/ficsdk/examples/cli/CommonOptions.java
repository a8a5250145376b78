package io.github.ficsdk.examples.cli;

import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --lang zh|en} and {@code --verbose}. Without a
 * {@code --lang} of its own a command takes the top-level one ({@code fic-examples --lang en validate …}),
 * else Chinese.
 *
 * @since 0.1
 */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "zh|en", descriptionKey = "lang",
            description = "Language of messages and rendered text: zh (default) or en.")
    Lang lang;

    /** The language when the command has no {@code --lang} of its own: the top-level one ({@code fic-examples --lang en report …}). */
    private java.util.function.Supplier<Lang> inherited = () -> Lang.ZH;

    @Option(names = "--verbose", descriptionKey = "verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    /** Creates the options with their defaults (picocli fills them in). */
    public CommonOptions() {}

    /**
     * Returns the language.
     *
     * @return the language, never null
     */
    public Lang getLang() {
        return lang != null ? lang : inherited.get();
    }

    /**
     * Sets where the language comes from when the command has no {@code --lang} of its own.
     *
     * @param inherited  gives the top-level language, not null
     */
    public void inheritLang(java.util.function.Supplier<Lang> inherited) {
        this.inherited = java.util.Objects.requireNonNull(inherited, "inherited");
    }

    /**
     * Tells whether errors show their stack trace.
     *
     * @return true with {@code --verbose}
     */
    public boolean isVerbose() {
        return verbose;
    }
}
