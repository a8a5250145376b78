package io.github.ficsdk.core.org;

/**
 * The kind of a chamber, such as {@link #OUT_OF_TOWN} (异地商会).
 *
 * @since 0.1
 */
public enum ChamberKind {
    /** 行业协会, an industry association. */
    INDUSTRY_ASSOCIATION("行业协会"),
    /** 行业商会, an industry chamber. */
    INDUSTRY_CHAMBER("行业商会"),
    /** 异地商会, a chamber of people from elsewhere (has an origin region). */
    OUT_OF_TOWN("异地商会"),
    /** 乡镇、街道商会, a township or street chamber. */
    TOWNSHIP("乡镇商会"),
    /** 市外商会, a chamber of local people elsewhere (has a host region). */
    REMOTE("市外商会");

    private final String label;

    ChamberKind(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 异地商会} for
     * {@link #OUT_OF_TOWN}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
