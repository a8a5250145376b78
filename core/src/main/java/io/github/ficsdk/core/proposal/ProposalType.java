package io.github.ficsdk.core.proposal;

/**
 * Who a proposal is from, such as {@link #GROUP} (团体提案, by the federation).
 *
 * @since 0.1
 */
public enum ProposalType {
    /** 团体提案, a group proposal by the federation. */
    GROUP,
    /** 委员提案, a member's proposal. */
    MEMBER
}
