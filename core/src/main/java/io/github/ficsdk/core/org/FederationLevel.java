package io.github.ficsdk.core.org;

/**
 * The level of a federation in the national tree, such as {@link #CITY} (市工商联).
 *
 * @since 0.1
 */
public enum FederationLevel {
    /** 全国工商联, the national federation. */
    NATIONAL,
    /** 省级工商联, a province-level federation. */
    PROVINCE,
    /** 市级工商联, a prefecture-level city federation. */
    CITY,
    /** 县级工商联, a county-level federation (县、县级市、区). */
    COUNTY
}
