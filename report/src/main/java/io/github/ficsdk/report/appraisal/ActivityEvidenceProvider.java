package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.io.bytes.ByteRules;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.internal.SubjectTally;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The activity family of appraisal evidence, counted by the report engine: for every federation,
 * chamber and party organisation of an {@link EvidenceSource}, the sessions of the activities it
 * organised, such as {@code activities.TRAINING = 3} for a chamber that ran a training of three
 * sessions in 2017, with the ids of the activities behind each value.
 *
 * <pre>{@code
 * EvidenceTable.Builder sink = EvidenceTable.builder(ReportingPeriod.parse("2017"));
 * new ActivityEvidenceProvider().derive(EvidenceSource.of(Dataset.of(Path.of("data"))),
 *         ReportingPeriod.parse("2017"), Set.of("activities.total", "party.activities"), sink);
 * sink.build().get("C0001").orElseThrow().find("activities.total");   // Optional[4]
 * }</pre>
 *
 * <table>
 * <caption>Keys</caption>
 * <tr><th>key</th><th>value</th></tr>
 * <tr><td>{@code activities.<KIND>}, such as {@code activities.VISIT} or {@code activities.X_MENTORING}</td><td>the
 * {@code KIND.EVENTS} of the activities the subject organised (it is one of their organizers) that start in the period</td></tr>
 * <tr><td>{@code activities.total}</td><td>the same over every kind ({@code ALL.EVENTS})</td></tr>
 * <tr><td>{@code activities.lastTwoYears}</td><td>{@code ALL.EVENTS} of the activities the subject organised
 * that start in the two years ending on the last day of the period</td></tr>
 * <tr><td>{@code party.activities}</td><td>{@code PARTY_ACTIVITY.EVENTS} of the activities organised by the
 * subject or by a party organisation it hosts (for a chamber: its subtree)</td></tr>
 * </table>
 *
 * <p>The selection is the report engine's: an activity belongs to the period that contains its
 * {@code start}; it counts for a subject once however many of its organizers count there; a record
 * without {@code sessions} counts one; an activity whose id repeats an earlier one counts once, by
 * its first occurrence. An organizer that the source does not define counts for nobody. Every
 * organisation of the source gets a value (0 without activities); the value of a subject is the
 * report engine's for a scope that holds the subject alone (and, for {@code party.activities},
 * the party organisations it hosts). The engine computes every subject in one pass over the
 * activities, whatever their number; a sum beyond {@code long} fails {@code derive} with an
 * {@link ArithmeticException}.
 *
 * <p>Listed in fic-report's {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.EvidenceProvider},
 * so {@link io.github.ficsdk.core.appraisal.Appraiser#standard()} uses it whenever fic-report is on
 * the class path.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ActivityEvidenceProvider extends EvidenceFamily {

    private static final String PREFIX = "activities.";
    private static final String TOTAL = "activities.total";
    private static final String TWO_YEARS = "activities.lastTwoYears";
    private static final String PARTY = "party.activities";

    /** Creates the provider, of id {@code activities}; {@link java.util.ServiceLoader} calls this. */
    public ActivityEvidenceProvider() {
        super("activities", Set.of(TOTAL, TWO_YEARS, PARTY));
    }

    /**
     * Tells whether a key is of this family: {@code activities.<KIND>} of a standard kind or of a
     * team kind ({@code X_…}), {@code activities.total}, {@code activities.lastTwoYears},
     * {@code party.activities}.
     *
     * @param key  the key, not null
     * @return true when this provider derives it
     */
    @Override
    public boolean derives(String key) {
        if (super.derives(key)) {
            return true;
        }
        if (!key.startsWith(PREFIX)) {
            return false;
        }
        try {
            ActivityKind.parse(key.substring(PREFIX.length()));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Any key {@code activities.X_…} is counted, as a team kind's, even one that is not a team kind's code. */
    @Override
    boolean wants(String key) {
        return derives(key) || key.startsWith(PREFIX + "X_");
    }

    /**
     * Derives the keys of this family that are wanted (every standard kind for {@code *}), in one
     * pass over the activities.
     *
     * @throws ArithmeticException if a sum goes beyond {@code long}
     */
    @Override
    void deriveWanted(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        boolean all = keys.contains("*");
        Map<String, String> kinds = new LinkedHashMap<>();   // kind code → key
        for (ActivityKind kind : ActivityKind.standardKinds()) {
            if (all || keys.contains(PREFIX + kind.getCode())) {
                kinds.put(kind.getCode(), PREFIX + kind.getCode());
            }
        }
        for (String key : keys) {
            if (key.startsWith(PREFIX + "X_")) {
                kinds.putIfAbsent(key.substring(PREFIX.length()), key);
            }
        }
        boolean wantTotal = all || keys.contains(TOTAL);
        boolean wantTwo = all || keys.contains(TWO_YEARS);
        boolean wantParty = all || keys.contains(PARTY);
        Organizations organizations = new Organizations(source);
        int rows = organizations.size();
        int from = ByteRules.yyyymmdd(period.getStart());
        int to = ByteRules.yyyymmdd(period.getEnd());
        int twoFrom = ByteRules.yyyymmdd(period.getEnd().minusYears(2).plusDays(1));

        // activities.*: each organisation counts in its own row
        SubjectTally own = new SubjectTally(organizations.index());
        List<String> kindKeys = List.copyOf(kinds.values());
        int[] kindColumns = new int[kindKeys.size()];
        int k = 0;
        for (String code : kinds.keySet()) {
            kindColumns[k++] = own.column(code, from, to);
        }
        int total = wantTotal ? own.column(null, from, to) : -1;
        int two = wantTwo ? own.column(null, twoFrom, to) : -1;

        // party.activities: a party organisation counts in its own row and in its host's
        SubjectTally hosted = null;
        int party = -1;
        if (wantParty) {
            hosted = new SubjectTally(organizations.index());
            for (int row = 0; row < rows; row++) {
                int host = organizations.row(organizations.host(row));
                if (host >= 0) {
                    hosted.alsoCount(organizations.id(row), host);
                }
            }
            party = hosted.column(ActivityKind.PARTY_ACTIVITY.getCode(), from, to);
        }

        Set<String> seen = new HashSet<>();
        try (Stream<Activity> activities = source.activities()) {
            Iterator<Activity> it = activities.iterator();
            while (it.hasNext()) {
                Activity a = it.next();
                if (!seen.add(a.getId())) {
                    continue; // an id used again counts once, by its first occurrence
                }
                own.add(a);
                if (hosted != null && ActivityKind.PARTY_ACTIVITY.equals(a.getKind())) {
                    hosted.add(a);   // its only column is PARTY_ACTIVITY's
                }
            }
        }

        for (int row = 0; row < rows; row++) {
            String subject = organizations.id(row);
            sink.row(subject);
            for (int i = 0; i < kindColumns.length; i++) {
                put(sink, subject, kindKeys.get(i), own, kindColumns[i], row);
            }
            if (total >= 0) {
                put(sink, subject, TOTAL, own, total, row);
            }
            if (two >= 0) {
                put(sink, subject, TWO_YEARS, own, two, row);
            }
            if (hosted != null) {
                put(sink, subject, PARTY, hosted, party, row);
            }
        }
    }

    static void put(EvidenceTable.Builder sink, String subject, String key, SubjectTally tally, int column, int row) {
        sink.put(subject, key, BigDecimal.valueOf(tally.value(column, row)), tally.sources(column, row));
    }
}
