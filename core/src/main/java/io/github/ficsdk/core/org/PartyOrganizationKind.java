package io.github.ficsdk.core.org;

/**
 * The kind of a party organisation, such as {@link #BRANCH} (党支部).
 *
 * @since 0.1
 */
public enum PartyOrganizationKind {
    /** 党委, a party committee. */
    COMMITTEE("党委"),
    /** 党总支, a general branch. */
    GENERAL_BRANCH("党总支"),
    /** 党支部, a branch. */
    BRANCH("党支部"),
    /** 联合党支部, a joint branch of several chambers. */
    JOINT_BRANCH("联合党支部");

    private final String label;

    PartyOrganizationKind(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 党支部} for
     * {@link #BRANCH}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
