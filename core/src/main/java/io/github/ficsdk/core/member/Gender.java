package io.github.ficsdk.core.member;

/**
 * The gender of a person, such as {@link #FEMALE}.
 *
 * @since 0.1
 */
public enum Gender {
    /** 男, male. */
    MALE,
    /** 女, female. */
    FEMALE
}
