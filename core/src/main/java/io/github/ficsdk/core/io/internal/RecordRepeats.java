package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.core.io.DatasetProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The problems of repeats, worded once for every reader: an id used again ({@code DUPLICATE_ID},
 * the first occurrence counts), a target repeated within one activity ({@code DUPLICATE_TARGET},
 * warning: the pair counts once) and a membership repeated ({@code DUPLICATE_MEMBERSHIP},
 * warning: it counts once). Internal: not part of the API.
 */
public final class RecordRepeats {

    /** The code of an id used again. */
    public static final String DUPLICATE_ID = "DUPLICATE_ID";
    /** The code of a target repeated within one activity. */
    public static final String DUPLICATE_TARGET = "DUPLICATE_TARGET";
    /** The code of a membership repeated. */
    public static final String DUPLICATE_MEMBERSHIP = "DUPLICATE_MEMBERSHIP";

    /**
     * What makes two memberships the same: member, organisation and role.
     *
     * @param member        the member id
     * @param organization  the organisation id
     * @param role          the role
     */
    public record MembershipKey(String member, String organization, Role role) {

        /**
         * Returns the key of a membership.
         *
         * @param m  the membership
         * @return the key
         */
        public static MembershipKey of(Membership m) {
            return new MembershipKey(m.getMember(), m.getOrganization(), m.getRole());
        }
    }

    private RecordRepeats() {}

    /**
     * Returns the problem of a record whose id was already used on an earlier line of its file.
     *
     * @param file       the file name
     * @param line       the line of the repeat
     * @param id         the id
     * @param firstLine  the line of the first occurrence, the one that counts
     * @return the problem
     */
    public static DatasetProblem duplicateId(String file, long line, String id, long firstLine) {
        return DatasetProblem.of(file, line, id, "id", Severity.ERROR, DUPLICATE_ID,
                "id " + id + " is already used on line " + firstLine + "; the first occurrence counts");
    }

    /**
     * Returns the problem of a membership that repeats an earlier one.
     *
     * @param file       the file name
     * @param line       the line of the repeat
     * @param firstLine  the line of the first occurrence
     * @param role       the role repeated
     * @return the problem
     */
    public static DatasetProblem duplicateMembership(String file, long line, long firstLine, Role role) {
        return DatasetProblem.of(file, line, null, "", Severity.WARNING, DUPLICATE_MEMBERSHIP,
                "the same member, organization and role (" + role + ") as on line " + firstLine
                        + "; the membership counts once");
    }

    /**
     * Reports every target of an activity that repeats an earlier target of the same activity (same
     * type and id), as a {@code DUPLICATE_TARGET} warning on {@code targets[i]} naming the earlier index.
     *
     * @param activity  the activity
     * @param file      the file name
     * @param line      the line
     * @param problems  receives the warnings
     * @return the number of repeats
     */
    public static int duplicateTargets(Activity activity, String file, long line,
            Consumer<? super DatasetProblem> problems) {
        List<ActivityTarget> targets = activity.getTargets();
        if (targets.size() < 2) {
            return 0;
        }
        Map<ActivityTarget, Integer> first = new HashMap<>(targets.size() * 2);
        int repeats = 0;
        for (int i = 0; i < targets.size(); i++) {
            ActivityTarget t = targets.get(i);
            Integer earlier = first.putIfAbsent(t, i);
            if (earlier != null) {
                repeats++;
                problems.accept(duplicateTarget(file, line, activity.getId(), i, earlier, t.getType().name()));
            }
        }
        return repeats;
    }

    /**
     * Returns the warning of one target repeated within an activity.
     *
     * @param file     the file name
     * @param line     the line
     * @param id       the activity id
     * @param index    the index of the repeat in {@code targets}
     * @param earlier  the index of the first target of the same type and id
     * @param type     the target type code
     * @return the warning
     */
    public static DatasetProblem duplicateTarget(String file, long line, String id, int index, int earlier,
            String type) {
        return DatasetProblem.of(file, line, id, "targets[" + index + "]", Severity.WARNING, DUPLICATE_TARGET,
                "targets[" + index + "] repeats targets[" + earlier + "] (the same " + type + "); the pair counts once");
    }
}
