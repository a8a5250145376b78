package io.github.ficsdk.core.appraisal.scheme;

/**
 * The kind of organisation a scheme appraises, such as {@link #CHAMBER} for 四好商会; the
 * {@code subject} property of a scheme document.
 *
 * @since 0.1
 */
public enum SubjectType {
    /** A chamber of commerce or trade association (商会、协会). */
    CHAMBER,
    /** A federation of industry and commerce (工商联), at any level. */
    FEDERATION,
    /** A party organisation hosted by a chamber or federation (党组织). */
    PARTY_ORGANIZATION
}
