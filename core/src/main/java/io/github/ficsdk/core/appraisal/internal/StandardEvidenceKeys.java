package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.member.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The names of the standard evidence keys (listed in the appraisal package overview), derived by
 * fic-core's providers and by fic-report's: the names a key of given evidence that nobody knows is
 * compared with to suggest the one meant, among those a provider of the appraiser derives.
 * Internal: not part of the API.
 */
public final class StandardEvidenceKeys {

    private static final List<String> FIXED = List.of("activities.total", "activities.lastTwoYears", "members.total",
            "feeTiers.count", "feeTiers.maxFeeYuan", "party.established", "party.activities", "proposals.submitted",
            "chamber.yearsRegistered", "chamber.status", "chamber.registered", "federation.level", "federation.chambers");

    private static final List<String> ALL;

    static {
        List<String> all = new ArrayList<>(FIXED);
        for (ActivityKind kind : ActivityKind.standardKinds()) {
            all.add("activities." + kind);
        }
        for (Role role : Role.values()) {
            all.add("members." + role.name());
        }
        ALL = Collections.unmodifiableList(all);
    }

    private StandardEvidenceKeys() {}

    /**
     * Returns every standard key, besides {@code activities.X_…} of team activity kinds.
     *
     * @return the keys, never null
     */
    public static List<String> all() {
        return ALL;
    }
}
