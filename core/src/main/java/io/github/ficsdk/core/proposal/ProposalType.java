package io.github.ficsdk.core.proposal;

/**
 * Who a proposal is from, such as {@link #GROUP} (团体提案, by the federation).
 *
 * @since 0.1
 */
public enum ProposalType {
    /** 团体提案, a group proposal by the federation. */
    GROUP("团体"),
    /** 委员提案, a member's proposal. */
    MEMBER("个人");

    private final String label;

    ProposalType(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 团体} for
     * {@link #GROUP}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
