/**
 * Standardized work-report statistics computed from activity records in one streaming pass.
 *
 * @since 0.1
 */
package io.github.ficsdk.report;
