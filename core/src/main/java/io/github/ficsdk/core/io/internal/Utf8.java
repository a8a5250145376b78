package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.io.bytes.ByteRules;

/** Strict UTF-8 well-formedness: the rule of {@link ByteRules#firstInvalidUtf8}. Internal. */
public final class Utf8 {

    private Utf8() {}

    /** Returns the index of the first byte of the first ill-formed sequence, or -1 when well-formed. */
    public static int firstInvalid(byte[] b, int off, int len) {
        return ByteRules.firstInvalidUtf8(b, off, len);
    }
}
