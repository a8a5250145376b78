package io.github.ficsdk.core.org;

/**
 * The lifecycle status of a chamber, such as {@link #ACTIVE}, the default.
 *
 * @since 0.1
 */
public enum ChamberStatus {
    /** 筹备中, being formed. */
    PREPARING,
    /** 正常, active (the default). */
    ACTIVE,
    /** 整改中, under rectification. */
    UNDER_RECTIFICATION,
    /** 已合并, merged into another chamber. */
    MERGED,
    /** 已注销, deregistered. */
    DEREGISTERED
}
