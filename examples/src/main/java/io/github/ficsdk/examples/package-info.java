/**
 * The reference command-line app and small runnable samples of the FIC SDK.
 *
 * @since 0.1
 */
package io.github.ficsdk.examples;
