package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.SafeText;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A waiver: an accepted exception to a warning, one line of {@code waivers.jsonl}
 * {@code {"code": "UNKNOWN_REFERENCE", "file": "memberships.jsonl", "id": "M001", "reason": "…",
 * "approvedBy": "…", "until": "2018-12-31"}}. {@link Dataset#validate()} reports a warning whose
 * code, file and record id are the waiver's as {@linkplain DatasetProblem#getWaiver() waived}, with
 * its reason, as long as the waiver has not lapsed (no {@code until}, or {@code until} not before the
 * day of validation). An error is never waived.
 *
 * <pre>{@code
 * Waiver waiver = Waiver.of("UNKNOWN_REFERENCE", "activities.jsonl", "A17",
 *         "the enterprise left the county", "张三", LocalDate.of(2018, 12, 31));
 * waiver.isActiveOn(LocalDate.of(2018, 1, 1));  // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Waiver {

    Waiver() {}

    /**
     * Returns a waiver.
     *
     * @param code        the code of the warning waived, not null
     * @param file        the file of the record, such as {@code activities.jsonl}, not null
     * @param id          the id of the record, not null
     * @param reason      why the warning is accepted, not null
     * @param approvedBy  who approved it, not null
     * @param until       the last day it applies, or null when it does not lapse
     * @return the waiver, never null
     * @throws NullPointerException if an argument but {@code until} is null
     */
    public static Waiver of(String code, String file, String id, String reason, String approvedBy, LocalDate until) {
        return ImmutableWaiver.builder().code(code).file(file).id(id).reason(reason).approvedBy(approvedBy)
                .until(Optional.ofNullable(until)).build();
    }

    /**
     * Returns the code of the warning waived, such as {@code UNKNOWN_REFERENCE}.
     *
     * @return the code, never null
     */
    public abstract String getCode();

    /**
     * Returns the file of the record, such as {@code activities.jsonl}.
     *
     * @return the file name, never null
     */
    public abstract String getFile();

    /**
     * Returns the id of the record.
     *
     * @return the id, never null
     */
    public abstract String getId();

    /**
     * Returns why the warning is accepted.
     *
     * @return the reason, never null
     */
    public abstract String getReason();

    /**
     * Returns who approved the waiver.
     *
     * @return the approver, never null
     */
    public abstract String getApprovedBy();

    /**
     * Returns the last day the waiver applies.
     *
     * @return the day, empty when it does not lapse
     */
    public abstract Optional<LocalDate> getUntil();

    /**
     * Tells whether the waiver applies on a day: it has no {@code until}, or {@code until} is not
     * before the day.
     *
     * @param day  the day, not null
     * @return true if it has not lapsed on that day
     */
    public boolean isActiveOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return getUntil().map(until -> !until.isBefore(day)).orElse(true);
    }

    /**
     * Tells whether the waiver names a problem: same code, same file and same record id (compared
     * as the problem shows it, that is {@linkplain SafeText#forDisplay(String) masked}).
     *
     * @param problem  the problem, not null
     * @return true if the code, file and id are the waiver's
     */
    public boolean matches(DatasetProblem problem) {
        return getCode().equals(problem.getProblemCode()) && SafeText.forDisplay(getFile()).equals(problem.getFile())
                && problem.getId().map(SafeText.forDisplay(getId())::equals).orElse(false);
    }

    /**
     * Returns the waiver for people, with the record id masked.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return SafeText.forDisplay(getCode() + " " + getFile() + " " + getId() + " (" + getReason() + "; "
                + getApprovedBy() + getUntil().map(until -> "; until " + until).orElse("") + ")");
    }
}
