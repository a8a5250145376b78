package io.github.ficsdk.core.org;

/**
 * The kind of a party organisation, such as {@link #BRANCH} (党支部).
 *
 * @since 0.1
 */
public enum PartyOrganizationKind {
    /** 党委, a party committee. */
    COMMITTEE,
    /** 党总支, a general branch. */
    GENERAL_BRANCH,
    /** 党支部, a branch. */
    BRANCH,
    /** 联合党支部, a joint branch of several chambers. */
    JOINT_BRANCH
}
