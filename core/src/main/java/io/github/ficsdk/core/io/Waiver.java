package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.SafeText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A waiver: an accepted exception to a warning, one line of {@code waivers.jsonl}
 * {@code {"code": "UNKNOWN_REFERENCE", "file": "memberships.jsonl", "id": "M001", "reason": "…",
 * "approvedBy": "…", "until": "2018-12-31"}}. {@link Dataset#validate()} reports a warning whose
 * code, file and record id are the waiver's as {@linkplain DatasetProblem#getWaiver() waived}, with
 * its reason, as long as the waiver has not lapsed (no {@code until}, or {@code until} not before the
 * day of validation). An error is never waived.
 *
 * <pre>{@code
 * Waiver waiver = new Waiver("UNKNOWN_REFERENCE", "activities.jsonl", "A17",
 *         "the enterprise left the county", "张三", LocalDate.of(2018, 12, 31));
 * waiver.isActiveOn(LocalDate.of(2018, 1, 1));  // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Waiver {
    private final String code;
    private final String file;
    private final String id;
    private final String reason;
    private final String approvedBy;
    private final LocalDate until;

    /**
     * Creates a waiver.
     *
     * @param code        the code of the warning waived, not null
     * @param file        the file of the record, such as {@code activities.jsonl}, not null
     * @param id          the id of the record, not null
     * @param reason      why the warning is accepted, not null
     * @param approvedBy  who approved it, not null
     * @param until       the last day it applies, or null when it does not lapse
     * @throws NullPointerException if an argument but {@code until} is null
     */
    public Waiver(String code, String file, String id, String reason, String approvedBy, LocalDate until) {
        this.code = Objects.requireNonNull(code, "code");
        this.file = Objects.requireNonNull(file, "file");
        this.id = Objects.requireNonNull(id, "id");
        this.reason = Objects.requireNonNull(reason, "reason");
        this.approvedBy = Objects.requireNonNull(approvedBy, "approvedBy");
        this.until = until;
    }

    /**
     * Returns the code of the warning waived, such as {@code UNKNOWN_REFERENCE}.
     *
     * @return the code, never null
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the file of the record, such as {@code activities.jsonl}.
     *
     * @return the file name, never null
     */
    public String getFile() {
        return file;
    }

    /**
     * Returns the id of the record.
     *
     * @return the id, never null
     */
    public String getId() {
        return id;
    }

    /**
     * Returns why the warning is accepted.
     *
     * @return the reason, never null
     */
    public String getReason() {
        return reason;
    }

    /**
     * Returns who approved the waiver.
     *
     * @return the approver, never null
     */
    public String getApprovedBy() {
        return approvedBy;
    }

    /**
     * Returns the last day the waiver applies.
     *
     * @return the day, empty when it does not lapse
     */
    public Optional<LocalDate> getUntil() {
        return Optional.ofNullable(until);
    }

    /**
     * Tells whether the waiver applies on a day: it has no {@code until}, or {@code until} is not
     * before the day.
     *
     * @param day  the day, not null
     * @return true if it has not lapsed on that day
     */
    public boolean isActiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return until == null || !until.isBefore(day);
    }

    /**
     * Tells whether the waiver names a problem: same code, same file and same record id (compared
     * as the problem shows it, that is {@linkplain SafeText#forDisplay(String) masked}).
     *
     * @param problem  the problem, not null
     * @return true if the code, file and id are the waiver's
     */
    public boolean matches(DatasetProblem problem) {
        return code.equals(problem.getProblemCode()) && SafeText.forDisplay(file).equals(problem.getFile())
                && problem.getId().map(SafeText.forDisplay(id)::equals).orElse(false);
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Waiver o && code.equals(o.code) && file.equals(o.file)
                && id.equals(o.id) && reason.equals(o.reason) && approvedBy.equals(o.approvedBy)
                && Objects.equals(until, o.until);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(code, file, id, reason, approvedBy, until);
    }

    /**
     * Returns the waiver for people, with the record id masked.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return SafeText.forDisplay(code + " " + file + " " + id + " (" + reason + "; " + approvedBy
                + (until == null ? "" : "; until " + until) + ")");
    }
}
