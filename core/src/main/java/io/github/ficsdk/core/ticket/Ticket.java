package io.github.ficsdk.core.ticket;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.internal.Checks;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ticket (问题收集单): a problem or suggestion an enterprise raised, collected by a federation or
 * chamber and followed until it is resolved; one line of {@code tickets.jsonl}.
 *
 * <pre>{@code
 * Ticket ticket = Ticket.builder().id("T001").raisedOn(LocalDate.of(2017, 3, 2))
 *         .raisedBy("E001").receivedBy("F330400").category(TicketCategory.FINANCING)
 *         .summary("流动资金贷款续贷难").channel(TicketChannel.SERVICE_ALLIANCE)
 *         .status(TicketStatus.RESOLVED).resolvedOn(LocalDate.of(2017, 3, 20)).build();
 * }</pre>
 *
 * <p>Construction rejects a {@code resolvedOn} before {@code raisedOn}
 * ({@code RESOLVED_BEFORE_RAISED}) and a closed ticket ({@link TicketStatus#RESOLVED} or
 * {@link TicketStatus#CLOSED_UNRESOLVED}) without {@code resolvedOn} ({@code RESOLVED_ON_REQUIRED}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Ticket implements IdentifiedRecord {

    Ticket() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the day the problem was raised.
     *
     * @return the day, never null
     */
    public abstract LocalDate getRaisedOn();

    /**
     * Returns the id of the enterprise, person or chamber that raised it.
     *
     * @return the id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getRaisedBy();

    /**
     * Returns the id of the federation or chamber that collected it; the scope of the ticket
     * indicators.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getReceivedBy();

    /**
     * Returns the category.
     *
     * @return the category, never null
     */
    public abstract TicketCategory getCategory();

    /**
     * Returns the summary of the problem or suggestion.
     *
     * @return the summary, never null
     */
    public abstract String getSummary();

    /**
     * Returns the channel it came through.
     *
     * @return the channel, empty when unknown
     */
    public abstract Optional<TicketChannel> getChannel();

    /**
     * Returns the id of the activity it came from, such as a service-alliance duty round.
     *
     * @return the activity id, empty when none
     */
    public abstract Optional<String> getActivity();

    /**
     * Returns the departments it was assigned to (承办部门).
     *
     * @return the department names, never null
     */
    public abstract List<String> getAssignedTo();

    /**
     * Returns the status.
     *
     * @return the status, {@link TicketStatus#OPEN} by default, never null
     */
    @Value.Default
    public TicketStatus getStatus() {
        return TicketStatus.OPEN;
    }

    /**
     * Returns the day it was closed (办结日期); present whenever the ticket is closed.
     *
     * @return the day, not before {@link #getRaisedOn()}, empty when not closed
     */
    public abstract Optional<LocalDate> getResolvedOn();

    /**
     * Returns the reply given.
     *
     * @return the reply, empty when none
     */
    public abstract Optional<String> getReply();

    /**
     * Tells whether the ticket is closed: {@link TicketStatus#RESOLVED} or
     * {@link TicketStatus#CLOSED_UNRESOLVED}.
     *
     * @return true if closed
     */
    public boolean isClosed() {
        return getStatus() == TicketStatus.RESOLVED || getStatus() == TicketStatus.CLOSED_UNRESOLVED;
    }

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        Checks.notBlank("raisedBy", getRaisedBy());
        Checks.notBlank("receivedBy", getReceivedBy());
        Checks.notBlank("summary", getSummary());
        Checks.notBlank("activity", getActivity());
        Checks.noBlankElement("assignedTo", getAssignedTo());
        Optional<LocalDate> resolvedOn = getResolvedOn();
        if (resolvedOn.isPresent()) {
            Checks.notBefore("resolvedOn", resolvedOn.get(), "raisedOn", getRaisedOn(), "RESOLVED_BEFORE_RAISED");
        } else if (isClosed()) {
            throw new InvalidValueException("resolvedOn", "RESOLVED_ON_REQUIRED", "resolvedOn is required when status is "
                    + getStatus() + " - but was missing");
        }
    }

    /**
     * Builds a {@link Ticket}; {@code from(ticket)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableTicket.Builder {
        Builder() {}
    }
}
