package io.github.ficsdk.core.proposal;

/**
 * A recognition a proposal received, such as {@link #KEY} (重点提案).
 *
 * @since 0.1
 */
public enum Recognition {
    /** 重点提案, selected as a key proposal. */
    KEY("重点"),
    /** 优秀提案, awarded as an excellent proposal. */
    EXCELLENT("优秀"),
    /** 大会发言, chosen for a speech at the plenary. */
    PLENARY_SPEECH("大会发言");

    private final String label;

    Recognition(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 重点} for
     * {@link #KEY}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
