/**
 * Spreadsheet ledgers (台账).
 *
 * @since 0.1
 */
package io.github.ficsdk.tabular;
