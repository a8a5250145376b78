package io.github.ficsdk.core.member;

/**
 * The ownership of an enterprise, such as {@link #PRIVATE} (民营).
 *
 * @since 0.1
 */
public enum Ownership {
    /** 民营企业, a private enterprise. */
    PRIVATE,
    /** 港澳台投资企业, invested from Hong Kong, Macao or Taiwan. */
    HK_MACAO_TAIWAN,
    /** 外商投资企业, foreign-invested. */
    FOREIGN,
    /** 个体工商户, an individual business. */
    INDIVIDUAL_BUSINESS,
    /** 混合所有制, mixed ownership. */
    MIXED
}
