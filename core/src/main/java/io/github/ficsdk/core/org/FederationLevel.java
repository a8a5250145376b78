package io.github.ficsdk.core.org;

/**
 * The level of a federation in the national tree, such as {@link #CITY} (市工商联).
 *
 * @since 0.1
 */
public enum FederationLevel {
    /** 全国工商联, the national federation. */
    NATIONAL("全国"),
    /** 省级工商联, a province-level federation. */
    PROVINCE("省级"),
    /** 市级工商联, a prefecture-level city federation. */
    CITY("市级"),
    /** 县级工商联, a county-level federation (县、县级市、区). */
    COUNTY("县级");

    private final String label;

    FederationLevel(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 市级} for
     * {@link #CITY}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
