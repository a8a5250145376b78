package io.github.ficsdk.core.proposal;

/**
 * A recognition a proposal received, such as {@link #KEY} (重点提案).
 *
 * @since 0.1
 */
public enum Recognition {
    /** 重点提案, selected as a key proposal. */
    KEY,
    /** 优秀提案, awarded as an excellent proposal. */
    EXCELLENT,
    /** 大会发言, chosen for a speech at the plenary. */
    PLENARY_SPEECH
}
