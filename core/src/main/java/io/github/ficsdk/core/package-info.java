/**
 * The FIC domain model: federations, chambers, members, activities, proposals and their dataset I/O.
 *
 * @since 0.1
 */
package io.github.ficsdk.core;
