package io.github.ficsdk.core.proposal;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A proposal (提案) to a CPPCC or NPC session; one line of {@code proposals.jsonl}.
 *
 * <pre>{@code
 * Proposal proposal = Proposal.builder().id("PR001")
 *         .session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1))
 *         .submitter("F330400").type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 20))
 *         .title("关于进一步降低企业成本的建议").addRecognition(Recognition.KEY).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Proposal implements IdentifiedRecord, WithProposal {

    Proposal() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the session.
     *
     * @return the session, never null
     */
    @Valid
    public abstract ProposalSession getSession();

    /**
     * Returns the id of the submitting organisation.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getSubmitter();

    /**
     * Returns the type.
     *
     * @return the type, never null
     */
    public abstract ProposalType getType();

    /**
     * Returns the day of submission.
     *
     * @return the day, never null
     */
    public abstract LocalDate getSubmittedOn();

    /**
     * Returns the title.
     *
     * @return the title, empty when unknown
     */
    public abstract Optional<String> getTitle();

    /**
     * Returns the recognitions received.
     *
     * @return the recognitions, never null
     */
    public abstract List<Recognition> getRecognitions();

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        Checks.notBlank("submitter", getSubmitter());
    }

    /**
     * Builds a {@link Proposal}; {@code from(proposal)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableProposal.Builder {
        Builder() {}
    }
}
