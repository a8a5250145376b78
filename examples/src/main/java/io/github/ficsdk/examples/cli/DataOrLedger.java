package io.github.ficsdk.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The input options of {@code report} and {@code validate}: a dataset folder ({@code --data DIR})
 * or a spreadsheet ledger in its place ({@code --ledger FILE|DIR}), exactly one of them.
 */
final class DataOrLedger {

    @Option(names = "--data", paramLabel = "DIR", description = "The dataset folder.")
    Path data;

    @Option(names = "--ledger", paramLabel = "FILE|DIR",
            description = "A spreadsheet ledger (.xlsx or a folder of CSV files) in place of --data.")
    Path ledger;

    /** Creates the options (picocli fills them in). */
    DataOrLedger() {}

    /**
     * Checks that exactly one of {@code --data} and {@code --ledger} is given.
     *
     * @param data    {@code --data}, or null
     * @param ledger  {@code --ledger}, or null
     * @param lang    the language of the message, not null
     * @throws UsageException if neither or both are given
     */
    static void requireOne(Path data, Path ledger, Lang lang) {
        if ((data == null) == (ledger == null)) {
            throw new UsageException(lang.pick("请给出 --data 或 --ledger 之一", "give one of --data and --ledger"));
        }
    }

    /**
     * Returns the ledger when one is given, else the dataset folder.
     *
     * @return the path, null when neither is given
     */
    Path path() {
        return ledger != null ? ledger : data;
    }

    /**
     * Returns the option given as it would be written, such as {@code --data data/330481}.
     *
     * @return the option and its value, never null
     */
    String given() {
        return (ledger != null ? "--ledger " : "--data ") + path();
    }
}
