package io.github.ficsdk.core.internal;

import io.github.ficsdk.validation.SafeText;

/** Masking of personal data in descriptions and messages. Internal: not part of the API. */
public final class Masking {

    private Masking() {}

    /** Keeps the first code point of a name of two or more: {@code 张三丰} gives {@code 张**}, {@code 张} gives {@code *}. */
    public static String name(String name) {
        if (name.codePointCount(0, name.length()) <= 1) {
            return "*".repeat(name.isEmpty() ? 0 : 1);
        }
        int first = Character.charCount(name.codePointAt(0));
        int rest = name.codePointCount(first, name.length());
        return name.substring(0, first) + "*".repeat(Math.max(1, rest));
    }

    /** Masks a mobile number as {@link io.github.ficsdk.validation.MobileNumber#mask} does: {@code 138****5678}. */
    public static String mobile(String mobile) {
        return io.github.ficsdk.validation.MobileNumber.mask(mobile);
    }

    /**
     * A string from the data for a message or a description: ID-card and mobile numbers masked,
     * controls escaped, as {@link SafeText#forDisplay(String)} does; null stays null.
     */
    public static String text(String text) {
        return SafeText.forDisplay(text);
    }
}
