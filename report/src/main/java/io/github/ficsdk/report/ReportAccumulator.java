package io.github.ficsdk.report;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.time.temporal.ChronoUnit;
import io.github.ficsdk.report.internal.ActivityEncoder;
import io.github.ficsdk.report.internal.AggregationCodec;
import io.github.ficsdk.report.internal.Aggregation;
import io.github.ficsdk.report.internal.ScannedActivity;
import java.util.List;
import java.util.Objects;

/**
 * The mergeable partial result of a report: feed it activities and proposals in any order, on
 * any number of accumulators, {@linkplain #merge(ReportAccumulator) merge} them, then
 * {@linkplain ReportEngine#finish(ReportAccumulator) finish} into a {@link Report}. Merging is
 * associative and commutative, so a parallel run over chunks equals the sequential run; this is
 * the shape of a Spark {@code Aggregator} or a Beam {@code CombineFn} (zero = {@link
 * ReportEngine#accumulator}, reduce = {@link #add(Activity)}, merge, finish).
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.standard();
 * ReportAccumulator left = engine.accumulator(query, organizations);
 * ReportAccumulator right = engine.accumulator(query, organizations);
 * firstHalf.forEach(left::add);
 * secondHalf.forEach(right::add);
 * Report report = engine.finish(left.merge(right));
 * }</pre>
 *
 * <p>Memory grows with the rows, indicators and distinct target ids, never with the number of
 * activities (unless the query keeps the ids behind each value). Not thread-safe: use one per
 * thread and merge.
 *
 * @since 0.1
 */
public final class ReportAccumulator {

    final ReportEngine.Setup setup;
    final List<Aggregation> aggregations;
    private final ActivityEncoder encoder = new ActivityEncoder();
    private final ScannedActivity scratch = new ScannedActivity();

    ReportAccumulator(ReportEngine.Setup setup, List<Aggregation> aggregations) {
        this.setup = setup;
        this.aggregations = aggregations;
    }

    /**
     * Adds an activity; it counts when its start is in the period and an organizer is in scope. A
     * target repeated within the activity counts once. An accumulator keeps no activity ids (its
     * memory does not grow with the activities), so it counts every activity it is given: leave out
     * the repeats of an id before, as {@link ReportEngine#run(ReportQuery, ReportEngine.Organizations,
     * Iterable, Iterable)} and {@link ReportEngine#run(ReportQuery, io.github.ficsdk.core.io.Dataset)} do.
     *
     * @param activity  the activity, not null
     * @return this accumulator
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public ReportAccumulator add(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        encoder.encode(activity, scratch);
        try {
            for (Aggregation aggregation : aggregations) {
                aggregation.add(scratch, activity);
            }
        } catch (Aggregation.Overflow e) {
            throw setup.outOfRange(e);
        }
        return this;
    }

    /**
     * Adds a proposal; it counts when it was submitted in the period by an organisation in scope.
     *
     * @param proposal  the proposal, not null
     * @return this accumulator
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public ReportAccumulator add(Proposal proposal) {
        Objects.requireNonNull(proposal, "proposal");
        List<Recognition> recognitions = proposal.getRecognitions();
        try {
            for (Aggregation aggregation : aggregations) {
                aggregation.addProposal(proposal.getId(), proposal.getSubmitter(), ByteRules.yyyymmdd(proposal.getSubmittedOn()),
                        proposal.getType() == ProposalType.GROUP, recognitions.contains(Recognition.KEY),
                        recognitions.contains(Recognition.EXCELLENT), recognitions.contains(Recognition.PLENARY_SPEECH));
            }
        } catch (Aggregation.Overflow e) {
            throw setup.outOfRange(e);
        }
        return this;
    }

    /**
     * Adds a ticket; it counts for the ticket indicators when its {@code receivedBy} is in scope,
     * by the selection rules of the data model (raised in the period; resolved in the period;
     * still open at the period's last day). As for activities, leave out the repeats of an id
     * before.
     *
     * @param ticket  the ticket, not null
     * @return this accumulator
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public ReportAccumulator add(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        boolean closed = ticket.isClosed();
        int closedOn = ticket.getResolvedOn().map(ByteRules::yyyymmdd).orElse(0);
        long days = ticket.getResolvedOn().map(d -> ChronoUnit.DAYS.between(ticket.getRaisedOn(), d)).orElse(0L);
        try {
            for (Aggregation aggregation : aggregations) {
                aggregation.addTicket(ticket.getId(), ticket.getReceivedBy(), ByteRules.yyyymmdd(ticket.getRaisedOn()),
                        closed && closedOn != 0, ticket.getStatus() == TicketStatus.RESOLVED && closedOn != 0, closedOn,
                        days);
            }
        } catch (Aggregation.Overflow e) {
            throw setup.outOfRange(e);
        }
        return this;
    }

    /**
     * Adds an investment project; it counts for the project indicators when its
     * {@code organization} is in scope and it is not {@link ProjectStage#CANCELLED} (a cancelled
     * project counts nowhere). As for activities, leave out the repeats of an id before.
     *
     * @param project  the project, not null
     * @return this accumulator
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public ReportAccumulator add(InvestmentProject project) {
        Objects.requireNonNull(project, "project");
        if (project.getStage() == ProjectStage.CANCELLED) {
            return this;
        }
        int startedOn = project.getStartedOn().map(ByteRules::yyyymmdd).orElse(0);
        long funds = project.getFundsInPlaceYuan().map(Yuan::getFen).orElse(0L);
        try {
            for (Aggregation aggregation : aggregations) {
                aggregation.addProject(project.getId(), project.getOrganization(),
                        ByteRules.yyyymmdd(project.getSignedOn()), startedOn, project.getInvestmentYuan().getFen(), funds);
            }
        } catch (Aggregation.Overflow e) {
            throw setup.outOfRange(e);
        }
        return this;
    }

    /**
     * Returns a new, empty accumulator of the same query: the "zero" for another partition.
     *
     * @return the empty accumulator, never null
     */
    public ReportAccumulator emptyCopy() {
        return ReportEngine.newAccumulator(setup);
    }

    /**
     * Merges another accumulator of the same query into this one.
     *
     * @param other  an accumulator of an equal query over the same organisations, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the other accumulator belongs to another query
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     */
    public ReportAccumulator merge(ReportAccumulator other) {
        if (other.setup != setup && !(other.setup.query.equals(setup.query)
                && other.setup.compiled.rowKeys().equals(setup.compiled.rowKeys()))) {
            throw new IllegalArgumentException("cannot merge accumulators of different queries: " + setup.query
                    + " and " + other.setup.query);
        }
        try {
            for (int i = 0; i < aggregations.size(); i++) {
                aggregations.get(i).merge(other.aggregations.get(i));
            }
        } catch (Aggregation.Overflow e) {
            throw setup.outOfRange(e);
        }
        return this;
    }

    /**
     * Encodes this partial result in a compact, versioned binary form (not Java serialization):
     * the sums, the exact sets of distinct target ids and the counts of every row and indicator,
     * with a fingerprint of the query. The bytes can leave the JVM (a Spark aggregation buffer, a
     * file) and be {@linkplain #mergeBytes(byte[]) merged} into an accumulator of an equal query
     * over the same organisations; encoding the result of decoding gives the same bytes.
     *
     * <pre>{@code
     * byte[] partial = accumulator.toBytes();
     * // elsewhere, with an accumulator of the same query:
     * ReportAccumulator total = engine.accumulator(query, organizations).mergeBytes(partial);
     * }</pre>
     *
     * @return the bytes, never null
     * @since 0.1
     */
    public byte[] toBytes() {
        return AggregationCodec.encode(fingerprint(), aggregations);
    }

    /**
     * Merges a partial result encoded by {@link #toBytes()} into this one, as {@link
     * #merge(ReportAccumulator)} would merge the accumulator it was encoded from.
     *
     * @param encoded  the bytes, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the bytes are not an encoded partial result of this
     *                                  version, are cut short, or belong to another query
     * @throws FigureOutOfRangeException if a sum goes beyond exact counting, naming the indicator and row
     * @since 0.1
     */
    public ReportAccumulator mergeBytes(byte[] encoded) {
        Objects.requireNonNull(encoded, "encoded");
        ReportAccumulator decoded = emptyCopy();
        AggregationCodec.decodeInto(encoded, fingerprint(), decoded.aggregations);
        return merge(decoded);
    }

    /** A 64-bit FNV-1a hash of what decides the shape and meaning of the partial result (not the threads). */
    private long fingerprint() {
        ReportQuery q = setup.query;
        String key = String.join("\u0000", q.getPeriod().toString(), q.getScope(), q.getBreakdown().name(),
                String.join(",", q.getIndicators()), String.valueOf(q.isCompareWithLastYear()),
                String.valueOf(q.isCompareWithTargets()), String.valueOf(q.isTrackSources()),
                String.join(",", setup.compiled.rowKeys()));
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }
}
