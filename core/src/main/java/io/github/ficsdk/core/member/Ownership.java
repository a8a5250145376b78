package io.github.ficsdk.core.member;

/**
 * The ownership of an enterprise, such as {@link #PRIVATE} (民营).
 *
 * @since 0.1
 */
public enum Ownership {
    /** 民营企业, a private enterprise. */
    PRIVATE("私营"),
    /** 港澳台投资企业, invested from Hong Kong, Macao or Taiwan. */
    HK_MACAO_TAIWAN("港澳台资"),
    /** 外商投资企业, foreign-invested. */
    FOREIGN("外资"),
    /** 个体工商户, an individual business. */
    INDIVIDUAL_BUSINESS("个体工商户"),
    /** 混合所有制, mixed ownership. */
    MIXED("混合所有制");

    private final String label;

    Ownership(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 私营} for
     * {@link #PRIVATE}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
