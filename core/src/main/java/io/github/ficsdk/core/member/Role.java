package io.github.ficsdk.core.member;

/**
 * The role of a member in a chamber or federation, such as {@link #VICE_PRESIDENT} (副会长).
 *
 * @since 0.1
 */
public enum Role {
    /** 会长 / 主席, president. */
    PRESIDENT("会长"),
    /** 副会长 / 副主席, vice-president. */
    VICE_PRESIDENT("副会长"),
    /** 秘书长, secretary-general. */
    SECRETARY_GENERAL("秘书长"),
    /** 常委, standing committee member. */
    STANDING_COMMITTEE("常委"),
    /** 执委, executive committee member. */
    EXECUTIVE_COMMITTEE("执委"),
    /** 理事, director. */
    DIRECTOR("理事"),
    /** 会员, ordinary member. */
    MEMBER("会员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 副会长} for
     * {@link #VICE_PRESIDENT}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
