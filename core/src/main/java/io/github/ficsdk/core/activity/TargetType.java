package io.github.ficsdk.core.activity;

/**
 * The type of what an activity is aimed at, such as {@link #ENTERPRISE} for a visit to an enterprise.
 *
 * @since 0.1
 */
public enum TargetType {
    /** A chamber or association (商会协会), counted in 家. */
    CHAMBER("商会"),
    /** An enterprise (企业), counted in 家. */
    ENTERPRISE("企业"),
    /** A person (人), counted in 人. */
    PERSON("人员"),
    /** A federation (工商联). */
    FEDERATION("工商联"),
    /** A government department (部门), not defined in any dataset file. */
    DEPARTMENT("部门");

    private final String label;

    TargetType(String label) {
        this.label = label;
    }

    /**
     * Returns the Chinese label a ledger writes for this code, such as {@code 企业} for
     * {@link #ENTERPRISE}.
     *
     * @return the label, never null
     */
    public String getLabel() {
        return label;
    }
}
