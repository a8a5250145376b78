package io.github.ficsdk.core.activity;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * An activity of a federation or chamber, such as a visit, a forum or a training class; one line
 * of {@code activities.jsonl}.
 *
 * <pre>{@code
 * Activity forum = Activity.builder().id("A17").kind(ActivityKind.FORUM)
 *         .start(LocalDate.of(2017, 4, 20)).addOrganizer("F330400").addOrganizer("C0001")
 *         .title("民营企业发展论坛").participants(260).build();
 * }</pre>
 *
 * <p>Construction rejects: no organizer ({@code NO_ORGANIZER}), {@code end} before {@code start}
 * ({@code END_BEFORE_START}), {@code sessions} below 1 ({@code NOT_POSITIVE}), negative
 * {@code participants} or {@code copies} ({@code NEGATIVE}), a blank id, organizer or tag
 * ({@code BLANK}). Bean Validation checks id formats and the region's division code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Activity implements IdentifiedRecord, ActivityRecord, WithActivity {

    Activity() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the kind.
     *
     * @return the kind, never null
     */
    @Override
    public abstract ActivityKind getKind();

    /**
     * Returns the first day.
     *
     * @return the day, never null
     */
    @Override
    public abstract LocalDate getStart();

    /**
     * Returns the ids of the organising organisations; the first leads.
     *
     * @return at least one id, never null
     */
    public abstract List<@Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE) String> getOrganizers();

    /**
     * Returns the title.
     *
     * @return the title, empty when none
     */
    public abstract Optional<String> getTitle();

    /**
     * Returns the last day.
     *
     * @return the day, not before the start; the start by default; never null
     */
    @Value.Default
    public LocalDate getEnd() {
        return getStart();
    }

    /**
     * Returns the GB/T 2260 division code of where the activity took place.
     *
     * @return the division code, empty when unknown
     */
    public abstract Optional<@ValidDivisionCode String> getRegion();

    /**
     * Returns the number of sessions (场/期/次).
     *
     * @return the count, at least 1; 1 by default
     */
    @Override
    @Value.Default
    public int getSessions() {
        return 1;
    }

    /**
     * Returns the number of participants (人次).
     *
     * @return the count, not negative, empty when not recorded
     */
    public abstract OptionalLong getParticipants();

    /**
     * Returns the number of copies handed out (本).
     *
     * @return the count, not negative, empty when not recorded
     */
    public abstract OptionalLong getCopies();

    /**
     * Returns the amount of money involved (funds put in, financing obtained …).
     *
     * @return the amount, empty when not recorded
     */
    public abstract Optional<Yuan> getAmountYuan();

    /**
     * Returns the targets, in order, repeats allowed.
     *
     * @return the targets, never null
     */
    public abstract List<@Valid ActivityTarget> getTargets();

    /**
     * Returns free tags.
     *
     * @return the tags, never null
     */
    public abstract List<String> getTags();

    @Override
    public final int getOrganizerCount() {
        return getOrganizers().size();
    }

    @Override
    public final String getOrganizer(int index) {
        return getOrganizers().get(index);
    }

    @Override
    public final long getParticipantCount() {
        return getParticipants().orElse(0);
    }

    @Override
    public final long getCopyCount() {
        return getCopies().orElse(0);
    }

    @Override
    public final long getAmountFen() {
        Optional<Yuan> amount = getAmountYuan();
        return amount.isPresent() ? amount.get().getFen() : 0;
    }

    @Override
    public final int getTargetCount() {
        return getTargets().size();
    }

    @Override
    public final TargetType getTargetType(int index) {
        return getTargets().get(index).getType();
    }

    @Override
    public final String getTargetId(int index) {
        return getTargets().get(index).getId();
    }

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        List<String> organizers = getOrganizers();
        if (organizers.isEmpty()) {
            throw new InvalidValueException("organizers", "NO_ORGANIZER",
                    "organizers must name at least one organisation - but was empty");
        }
        Checks.noBlankElement("organizers", organizers);
        Checks.notBefore("end", getEnd(), "start", getStart(), "END_BEFORE_START");
        Checks.positive("sessions", getSessions());
        Checks.notNegative("participants", getParticipants());
        Checks.notNegative("copies", getCopies());
        Checks.noBlankElement("tags", getTags());
    }

    /**
     * Builds an {@link Activity}; {@code from(activity)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableActivity.Builder {
        Builder() {}
    }
}
