package io.github.ficsdk.core.proposal;

/**
 * The body a proposal is submitted to, such as {@link #CPPCC} (政协).
 *
 * @since 0.1
 */
public enum ProposalBody {
    /** 政协, the Chinese People's Political Consultative Conference. */
    CPPCC,
    /** 人大, the People's Congress. */
    NPC
}
