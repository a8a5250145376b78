package io.github.ficsdk.core.activity;

import java.time.LocalDate;

/**
 * The narrow read-only view of an activity that statistics need: kind, start, organizers,
 * counts, amount and targets, by index so that an implementation can avoid allocating lists.
 * Implemented by {@link Activity}; a fast line scanner may implement it over raw bytes.
 *
 * <pre>{@code
 * long events = 0;
 * for (ActivityRecord a : activities) {
 *     if (a.getKind() == ActivityKind.VISIT) {
 *         events += a.getSessions();
 *     }
 * }
 * }</pre>
 *
 * <p>Implementations need not be thread-safe or immutable: a scanner may reuse one instance for
 * every line. {@link Activity} is immutable and thread-safe.
 *
 * @since 0.1
 */
public interface ActivityRecord {

    /**
     * Returns the id of the activity.
     *
     * @return the id, never null
     */
    String getId();

    /**
     * Returns the kind.
     *
     * @return the kind, never null
     */
    ActivityKind getKind();

    /**
     * Returns the first day.
     *
     * @return the day, never null
     */
    LocalDate getStart();

    /**
     * Returns the number of organizers.
     *
     * @return the count, at least 1
     */
    int getOrganizerCount();

    /**
     * Returns an organizer id; the first organizer leads.
     *
     * @param index  the index, 0 to {@code getOrganizerCount() - 1}
     * @return the organisation id, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    String getOrganizer(int index);

    /**
     * Returns the number of sessions (events); 1 when the record has none.
     *
     * @return the count, at least 1
     */
    int getSessions();

    /**
     * Returns the number of participants (person-times); 0 when the record has none.
     *
     * @return the count, not negative
     */
    long getParticipantCount();

    /**
     * Returns the number of copies handed out; 0 when the record has none.
     *
     * @return the count, not negative
     */
    long getCopyCount();

    /**
     * Returns the amount in fen; 0 when the record has none.
     *
     * @return the amount in fen, not negative
     */
    long getAmountFen();

    /**
     * Returns the number of targets.
     *
     * @return the count, not negative
     */
    int getTargetCount();

    /**
     * Returns the type of a target.
     *
     * @param index  the index, 0 to {@code getTargetCount() - 1}
     * @return the type, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    TargetType getTargetType(int index);

    /**
     * Returns the id of a target.
     *
     * @param index  the index, 0 to {@code getTargetCount() - 1}
     * @return the id, never null
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    String getTargetId(int index);
}
