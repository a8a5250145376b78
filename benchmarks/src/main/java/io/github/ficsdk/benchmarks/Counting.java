package io.github.ficsdk.benchmarks;

import java.util.function.Predicate;

/**
 * The loop of the code benchmarks: how many of a set of codes pass a check. JMH runs each
 * benchmark in its own fork, so the check stays the one lambda this loop sees there.
 */
final class Counting {

    private Counting() {}

    /**
     * Counts the codes that pass a check.
     *
     * @param codes  the codes
     * @param check  the check
     * @return the number of codes it accepts
     */
    static int count(String[] codes, Predicate<String> check) {
        int n = 0;
        for (String code : codes) {
            if (check.test(code)) {
                n++;
            }
        }
        return n;
    }
}
