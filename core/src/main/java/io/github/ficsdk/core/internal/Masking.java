package io.github.ficsdk.core.internal;

/** Masking of personal data in descriptions and messages. Internal: not part of the API. */
public final class Masking {

    private Masking() {}

    /** Keeps the first code point of a name: {@code 张三丰} gives {@code 张**}. */
    public static String name(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /** Keeps the first 3 and last 4 characters of an 11-character number, masks all of a shorter one. */
    public static String mobile(String mobile) {
        if (mobile.length() < 8) {
            return "*".repeat(mobile.length());
        }
        return mobile.substring(0, 3) + "*".repeat(mobile.length() - 7) + mobile.substring(mobile.length() - 4);
    }
}
