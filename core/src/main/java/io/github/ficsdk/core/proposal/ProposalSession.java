package io.github.ficsdk.core.proposal;

import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import org.immutables.value.Value;

/**
 * The session a proposal is submitted to: body, level (the division), term and session number,
 * such as 市政协八届一次会议 = {@code {"body": "CPPCC", "division": "330400", "term": 8, "number": 1}}.
 *
 * <pre>{@code
 * ProposalSession session = ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1);
 * }</pre>
 *
 * <p>Construction rejects a term or number below 1 ({@code NOT_POSITIVE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = io.github.ficsdk.core.io.internal.RecordJson.Serializer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.github.ficsdk.core.io.internal.RecordJson.Deserializer.class)
public abstract class ProposalSession {

    ProposalSession() {}

    /**
     * Returns a session.
     *
     * @param body      the body, not null
     * @param division  the division code of the body's level, not null
     * @param term      the term (届), at least 1
     * @param number    the session number within the term (次), at least 1
     * @return the session, never null
     */
    public static ProposalSession of(ProposalBody body, String division, int term, int number) {
        return ImmutableProposalSession.of(body, division, term, number);
    }

    /**
     * Returns the body.
     *
     * @return the body, never null
     */
    @Value.Parameter
    public abstract ProposalBody getBody();

    /**
     * Returns the GB/T 2260 division code of the body, such as {@code 330400} for the city.
     *
     * @return the division code, never null
     */
    @Value.Parameter
    @ValidDivisionCode
    public abstract String getDivision();

    /**
     * Returns the term (届).
     *
     * @return the term, at least 1
     */
    @Value.Parameter
    public abstract int getTerm();

    /**
     * Returns the session number within the term (次).
     *
     * @return the number, at least 1
     */
    @Value.Parameter
    public abstract int getNumber();

    @Value.Check
    void check() {
        Checks.positive("term", getTerm());
        Checks.positive("number", getNumber());
    }
}
