package io.github.ficsdk.validation;

/**
 * The kind of entity a Unified Social Credit Code is expected to identify, such as
 * {@link #CHAMBER} for a code starting {@code 51}.
 *
 * <p>The kind drives the semantic layer of credit-code validation, which only ever yields
 * {@linkplain Severity#WARNING warnings}: legacy codes exist that do not fit.
 *
 * @since 0.1
 */
public enum CreditCodeKind {
    /** Any registration authority and category. */
    ANY,
    /** A chamber or association registered with civil affairs as a social group: {@code 51…}. */
    CHAMBER,
    /** An enterprise, individual business or farmers' cooperative: {@code 91…}, {@code 92…}, {@code 93…}. */
    ENTERPRISE
}
