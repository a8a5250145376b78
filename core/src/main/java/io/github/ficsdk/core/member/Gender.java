package io.github.ficsdk.core.member;

/**
 * The gender of a person, such as {@link #FEMALE}.
 *
 * @since 0.1
 */
public enum Gender {
    /** 男, male. */
    MALE("男"),
    /** 女, female. */
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 女} for
     * {@link #FEMALE}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
