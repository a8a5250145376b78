package io.github.ficsdk.core.proposal;

/**
 * The body a proposal is submitted to, such as {@link #CPPCC} (政协).
 *
 * @since 0.1
 */
public enum ProposalBody {
    /** 政协, the Chinese People's Political Consultative Conference. */
    CPPCC("政协"),
    /** 人大, the People's Congress. */
    NPC("人大");

    private final String label;

    ProposalBody(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 政协} for
     * {@link #CPPCC}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
