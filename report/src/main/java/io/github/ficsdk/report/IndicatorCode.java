package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.TargetType;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A standardized indicator code, such as {@code VISIT.TARGETS.CHAMBER} (走访商会协会, 家次),
 * {@code ALL.EVENTS} or {@code PROPOSAL.KEY}.
 *
 * <p>The grammar is {@code KIND.MEASURE} or {@code KIND.MEASURE.TARGET_TYPE}, where KIND is an
 * activity kind code (standard, or a team code {@code X_…}) or {@code ALL} for every kind, and
 * TARGET_TYPE is required exactly for {@code TARGETS} and {@code DISTINCT}; or
 * {@code PROPOSAL.SUBMITTED|GROUP|KEY|EXCELLENT|PLENARY_SPEECH}; or the structure indicators
 * {@code CHAMBER.COUNT|FORMED|WITH_PARTY_ORGANIZATION} (counted from the organisations); or
 * {@code TICKET.RAISED|RESOLVED|OPEN|RESOLUTION_DAYS}; or {@code PROJECT.SIGNED|INVESTMENT|STARTED|FUNDS}.
 *
 * <pre>{@code
 * IndicatorCode code = IndicatorCode.parse("VISIT.DISTINCT.ENTERPRISE");
 * code.getMeasure();      // Measure.DISTINCT
 * code.getTargetType();   // Optional[ENTERPRISE]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class IndicatorCode {

    /** The KIND part that stands for every activity kind. */
    public static final String ALL = "ALL";
    /** The KIND part of the proposal indicators. */
    public static final String PROPOSAL = "PROPOSAL";
    /**
     * The KIND part of the chamber structure indicators.
     *
     * @since 0.2
     */
    public static final String CHAMBER = "CHAMBER";
    /** The KIND part of the ticket indicators ({@code tickets.jsonl}). */
    public static final String TICKET = "TICKET";
    /** The KIND part of the investment-project indicators ({@code projects.jsonl}). */
    public static final String PROJECT = "PROJECT";

    IndicatorCode() {}

    /**
     * Creates an activity indicator code.
     *
     * @param kind        the activity kind, or null for {@code ALL}
     * @param measure     an activity measure, not null
     * @param targetType  the target type for TARGETS and DISTINCT, else null
     * @return the code, never null
     * @throws IllegalArgumentException if the measure is a proposal measure, or the target type is
     *     missing for TARGETS/DISTINCT or given for another measure
     */
    public static IndicatorCode of(ActivityKind kind, Measure measure, TargetType targetType) {
        Objects.requireNonNull(measure, "measure");
        if (!measure.isActivityMeasure()) {
            throw new IllegalArgumentException("measure " + measure + " is not an activity measure: use "
                    + measure.getRecordPrefix().orElseThrow() + "." + measure);
        }
        if (measure.needsTargetType() != (targetType != null)) {
            throw new IllegalArgumentException(measure.needsTargetType()
                    ? "measure " + measure + " needs a target type, one of " + Arrays.toString(TargetType.values())
                    : "measure " + measure + " takes no target type - but was: " + targetType);
        }
        return ImmutableIndicatorCode.of(Optional.ofNullable(kind), measure, Optional.ofNullable(targetType));
    }

    /**
     * Creates a proposal indicator code, {@code PROPOSAL.MEASURE}.
     *
     * @param measure  a proposal measure, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the measure is not a proposal measure
     */
    public static IndicatorCode proposal(Measure measure) {
        if (!measure.isProposalMeasure()) {
            throw new IllegalArgumentException("measure " + measure + " is not a proposal measure");
        }
        return ImmutableIndicatorCode.of(Optional.empty(), measure, Optional.empty());
    }

    /**
     * Creates a chamber structure indicator code, {@code CHAMBER.MEASURE}.
     *
     * @param measure  a structure measure ({@link Measure#isChamberMeasure()}), not null
     * @return the code, never null
     * @throws IllegalArgumentException if the measure is not a structure measure
     * @since 0.2
     */
    public static IndicatorCode chamber(Measure measure) {
        if (!measure.isChamberMeasure()) {
            throw new IllegalArgumentException("measure " + measure + " is not a chamber structure measure");
        }
        return ImmutableIndicatorCode.of(Optional.empty(), measure, Optional.empty());
    }

    /**
     * Creates a ticket or investment-project indicator code, {@code TICKET.MEASURE} or
     * {@code PROJECT.MEASURE}, from its measure.
     *
     * @param measure  a ticket or project measure, not null
     * @return the code, never null
     * @throws IllegalArgumentException if the measure is neither
     */
    public static IndicatorCode ofRecords(Measure measure) {
        if (!measure.isTicketMeasure() && !measure.isProjectMeasure()) {
            throw new IllegalArgumentException("measure " + measure + " is not a ticket or project measure");
        }
        return ImmutableIndicatorCode.of(Optional.empty(), measure, Optional.empty());
    }

    /**
     * Parses a code; the inverse of {@link #toString()}.
     *
     * @param text  the code, such as {@code VISIT.TARGETS.CHAMBER}, not null
     * @return the code, never null
     * @throws IllegalArgumentException naming the part that is wrong (unknown kind, measure or
     *     target type, a missing or extra part) and the valid choices
     */
    public static IndicatorCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.split("\\.", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("indicator code must be KIND.MEASURE or KIND.MEASURE.TARGET_TYPE"
                    + " - but was: '" + text + "'");
        }
        if (parts[0].equals(PROPOSAL) || parts[0].equals(CHAMBER) || parts[0].equals(TICKET)
                || parts[0].equals(PROJECT)) {
            Measure measure = measure(parts[1], text, parts[0]);
            if (parts.length == 3) {
                throw new IllegalArgumentException(parts[0].toLowerCase(java.util.Locale.ROOT)
                        + " indicator takes no target type - but was: '" + text + "'");
            }
            return measure.isProposalMeasure() ? proposal(measure)
                    : measure.isChamberMeasure() ? chamber(measure) : ofRecords(measure);
        }
        ActivityKind kind = null;
        if (!parts[0].equals(ALL)) {
            try {
                kind = ActivityKind.parse(parts[0]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown activity kind '" + parts[0] + "' in indicator code '"
                        + text + "': " + e.getMessage(), e);
            }
        }
        Measure measure = measure(parts[1], text, null);
        TargetType type = null;
        if (parts.length == 3) {
            try {
                type = TargetType.valueOf(parts[2]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown target type '" + parts[2] + "' in indicator code '" + text
                        + "': use one of " + Arrays.toString(TargetType.values()), e);
            }
        }
        try {
            return of(kind, measure, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in indicator code '" + text + "'", e);
        }
    }

    /** The measure of a part, among those of a prefix ({@code PROPOSAL}, {@code CHAMBER}, {@code TICKET}, {@code PROJECT}; null for activities). */
    private static Measure measure(String part, String text, String prefix) {
        for (Measure m : Measure.values()) {
            if (m.name().equals(part) && Objects.equals(m.getRecordPrefix().orElse(null), prefix)) {
                return m;
            }
        }
        String choices = Arrays.stream(Measure.values())
                .filter(m -> Objects.equals(m.getRecordPrefix().orElse(null), prefix))
                .map(Measure::name).collect(Collectors.joining(", "));
        throw new IllegalArgumentException("unknown measure '" + part + "' in indicator code '" + text
                + "': use one of " + choices);
    }

    /**
     * Returns the activity kind, empty for {@code ALL} and for proposal, ticket and project indicators.
     *
     * @return the kind, never null
     */
    @Value.Parameter
    public abstract Optional<ActivityKind> getKind();

    /**
     * Tells whether the code counts activities of every kind ({@code ALL.…}).
     *
     * @return true for {@code ALL}
     */
    public boolean isAllKinds() {
        return getKind().isEmpty() && getMeasure().isActivityMeasure();
    }

    /**
     * Tells whether this is a proposal indicator ({@code PROPOSAL.…}).
     *
     * @return true for proposal indicators
     */
    public boolean isProposal() {
        return getMeasure().isProposalMeasure();
    }

    /**
     * Tells whether this is a chamber structure indicator ({@code CHAMBER.…}).
     *
     * @return true for {@code CHAMBER.COUNT}, {@code CHAMBER.FORMED}, {@code CHAMBER.WITH_PARTY_ORGANIZATION}
     * @since 0.2
     */
    public boolean isChamberStructure() {
        return getMeasure().isChamberMeasure();
    }

    /**
     * Tells whether this is a ticket indicator ({@code TICKET.…}).
     *
     * @return true for ticket indicators
     */
    public boolean isTicket() {
        return getMeasure().isTicketMeasure();
    }

    /**
     * Tells whether this is an investment-project indicator ({@code PROJECT.…}).
     *
     * @return true for project indicators
     */
    public boolean isProject() {
        return getMeasure().isProjectMeasure();
    }

    /**
     * Returns the measure.
     *
     * @return the measure, never null
     */
    @Value.Parameter
    public abstract Measure getMeasure();

    /**
     * Returns the target type of a TARGETS or DISTINCT indicator.
     *
     * @return the target type, empty for other measures; never null
     */
    @Value.Parameter
    public abstract Optional<TargetType> getTargetType();

    /**
     * Returns the code's text, the inverse of {@link #parse(String)}.
     *
     * @return the text, such as {@code VISIT.TARGETS.CHAMBER}, never null
     */
    @Override
    public String toString() {
        // ALL or the kind's code for an activity indicator, else the prefix of the measure's records
        Measure measure = getMeasure();
        return measure.getRecordPrefix().orElseGet(() -> getKind().map(ActivityKind::getCode).orElse(ALL)) + "."
                + measure + getTargetType().map(type -> "." + type).orElse("");
    }
}
