package io.github.ficsdk.examples.cli;

import picocli.CommandLine.Option;

/**
 * The options every command takes: {@code --lang zh|en} and {@code --verbose}.
 *
 * @since 0.1
 */
public final class CommonOptions {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            description = "Language of messages and rendered text: zh (default) or en.")
    Lang lang = Lang.ZH;

    @Option(names = "--verbose", description = "Print the stack trace of an error.")
    boolean verbose;

    /** Creates the options with their defaults (picocli fills them in). */
    public CommonOptions() {}

    /**
     * Returns the language.
     *
     * @return the language, never null
     */
    public Lang getLang() {
        return lang;
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
