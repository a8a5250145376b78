package io.github.ficsdk.core.member;

/**
 * The role of a member in a chamber or federation, such as {@link #VICE_PRESIDENT} (副会长).
 *
 * @since 0.1
 */
public enum Role {
    /** 会长 / 主席, president. */
    PRESIDENT,
    /** 副会长 / 副主席, vice-president. */
    VICE_PRESIDENT,
    /** 秘书长, secretary-general. */
    SECRETARY_GENERAL,
    /** 常委, standing committee member. */
    STANDING_COMMITTEE,
    /** 执委, executive committee member. */
    EXECUTIVE_COMMITTEE,
    /** 理事, director. */
    DIRECTOR,
    /** 会员, ordinary member. */
    MEMBER
}
