package io.github.ficsdk.core.org;

/**
 * The kind of a chamber, such as {@link #OUT_OF_TOWN} (异地商会).
 *
 * @since 0.1
 */
public enum ChamberKind {
    /** 行业协会, an industry association. */
    INDUSTRY_ASSOCIATION,
    /** 行业商会, an industry chamber. */
    INDUSTRY_CHAMBER,
    /** 异地商会, a chamber of people from elsewhere (has an origin region). */
    OUT_OF_TOWN,
    /** 乡镇、街道商会, a township or street chamber. */
    TOWNSHIP,
    /** 市外商会, a chamber of local people elsewhere (has a host region). */
    REMOTE
}
