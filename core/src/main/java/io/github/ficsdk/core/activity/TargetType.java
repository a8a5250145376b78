package io.github.ficsdk.core.activity;

/**
 * The type of what an activity is aimed at, such as {@link #ENTERPRISE} for a visit to an enterprise.
 *
 * @since 0.1
 */
public enum TargetType {
    /** A chamber or association (商会协会), counted in 家. */
    CHAMBER,
    /** An enterprise (企业), counted in 家. */
    ENTERPRISE,
    /** A person (人), counted in 人. */
    PERSON,
    /** A federation (工商联). */
    FEDERATION,
    /** A government department (部门), not defined in any dataset file. */
    DEPARTMENT
}
