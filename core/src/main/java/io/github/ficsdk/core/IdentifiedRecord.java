package io.github.ficsdk.core;

import jakarta.validation.constraints.Pattern;

/**
 * A {@linkplain DatasetRecord record} with an id, unique per record type in a dataset: an
 * organisation, an enterprise, a person, an activity, a proposal, a ticket, an investment project
 * or an annual task (memberships and annual targets have none).
 *
 * <pre>{@code
 * IdentifiedRecord record = enterprise;
 * record.getId();  // 91330400MA2B3C4D1R
 * }</pre>
 *
 * <p>Construction of each rejects a blank id ({@code BLANK}); Bean Validation checks its
 * {@linkplain Ids form} ({@code ID_FORMAT}). Implemented by the record types of the SDK only;
 * implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
public interface IdentifiedRecord extends DatasetRecord {

    /**
     * Returns the id, such as {@code F330400}, {@code A17} or, preferably for enterprises and
     * chambers, the Unified Social Credit Code.
     *
     * @return the id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    String getId();
}
