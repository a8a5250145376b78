package io.github.ficsdk.core.org;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.internal.Numbers;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An annual task (任务分解): a qualitative task a city federation assigns a county federation (or
 * any organisation) for a year, worth some points in the annual assessment; one line of
 * {@code tasks.jsonl}. The quantitative side of the same assessment is {@link AnnualTarget}.
 *
 * <pre>{@code
 * AnnualTask task = AnnualTask.builder().id("TK2017-01").year(2017).owner("F330402")
 *         .title("开展非公有制经济人士理想信念教育实践活动").weight(new BigDecimal("10"))
 *         .assignedBy("F330400").dueOn(LocalDate.of(2017, 11, 30))
 *         .completedOn(LocalDate.of(2017, 6, 20)).addEvidence("A0001").build();
 * }</pre>
 *
 * <p>Construction rejects a weight that is not above 0 ({@code NOT_POSITIVE}), a year outside
 * 1000-9999 ({@code OUT_OF_RANGE}) and blank evidence ids ({@code BLANK}); a weight with a negative
 * scale ({@code 1E+1}) is normalized to scale 0. A task is on time when it was completed and not
 * after its due day (a task without a due day is on time when completed within its year).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AnnualTask implements IdentifiedRecord {

    AnnualTask() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the year the task belongs to.
     *
     * @return the year, 1000 to 9999
     */
    public abstract int getYear();

    /**
     * Returns the id of the organisation responsible for the task.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getOwner();

    /**
     * Returns the title of the task.
     *
     * @return the title, never null
     */
    public abstract String getTitle();

    /**
     * Returns the points the task is worth in the assessment.
     *
     * @return the weight, above 0, never null
     */
    public abstract BigDecimal getWeight();

    /**
     * Returns the id of the organisation that assigned the task.
     *
     * @return the organisation id, empty when unknown
     */
    public abstract Optional<String> getAssignedBy();

    /**
     * Returns the day the task is due.
     *
     * @return the day, empty when due at the end of its year
     */
    public abstract Optional<LocalDate> getDueOn();

    /**
     * Returns the day the task was completed.
     *
     * @return the day, empty when not (yet) completed
     */
    public abstract Optional<LocalDate> getCompletedOn();

    /**
     * Returns the ids of the records that prove the work (activities or other records).
     *
     * @return the ids, never null
     */
    public abstract List<String> getEvidence();

    /**
     * Returns the last day the task counts as done on time: its due day, or the last day of its
     * year when it has none.
     *
     * @return the day, never null
     */
    public LocalDate deadline() {
        return getDueOn().orElse(LocalDate.of(getYear(), 12, 31));
    }

    /**
     * Tells whether the task was completed on time: completed, and not after {@link #deadline()}.
     *
     * @return true if completed on time
     */
    public boolean isCompletedOnTime() {
        return getCompletedOn().isPresent() && !getCompletedOn().get().isAfter(deadline());
    }

    @Value.Check
    AnnualTask normalize() {
        Checks.notBlank("id", getId());
        Checks.notBlank("owner", getOwner());
        Checks.notBlank("title", getTitle());
        Checks.year("year", getYear());
        Checks.notBlank("assignedBy", getAssignedBy());
        Checks.noBlankElement("evidence", getEvidence());
        Checks.aboveZero("weight", getWeight());
        BigDecimal weight = Numbers.withoutNegativeScale(getWeight());
        return weight == getWeight() ? this : builder().from(this).weight(weight).build();
    }

    /**
     * Builds an {@link AnnualTask}; {@code from(task)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableAnnualTask.Builder {
        Builder() {}
    }
}
