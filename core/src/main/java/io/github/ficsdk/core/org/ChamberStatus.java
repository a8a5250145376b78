package io.github.ficsdk.core.org;

/**
 * The lifecycle status of a chamber, such as {@link #ACTIVE}, the default.
 *
 * @since 0.1
 */
public enum ChamberStatus {
    /** 筹备中, being formed. */
    PREPARING("筹建"),
    /** 正常, active (the default). */
    ACTIVE("正常"),
    /** 整改中, under rectification. */
    UNDER_RECTIFICATION("整改"),
    /** 已合并, merged into another chamber. */
    MERGED("已合并"),
    /** 已注销, deregistered. */
    DEREGISTERED("已注销");

    private final String label;

    ChamberStatus(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 正常} for
     * {@link #ACTIVE}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
