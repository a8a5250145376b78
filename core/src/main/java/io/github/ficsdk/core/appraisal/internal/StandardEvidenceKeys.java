package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.member.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The evidence keys the standard evidence provider derives (listed in the appraisal package
 * overview): what tells a typo in given evidence from a key that is derived. Internal: not part of
 * the API.
 */
public final class StandardEvidenceKeys {

    private static final List<String> FIXED = List.of("activities.total", "activities.lastTwoYears", "members.total",
            "feeTiers.count", "feeTiers.maxFeeYuan", "party.established", "party.activities", "proposals.submitted",
            "chamber.yearsRegistered", "chamber.status", "federation.level", "federation.chambers");

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
     * Returns every key derived, besides {@code activities.X_…} of team activity kinds.
     *
     * @return the keys, never null
     */
    public static List<String> all() {
        return ALL;
    }

    /**
     * Tells whether the standard provider derives a key.
     *
     * @param key  the key, not null
     * @return true for the keys of {@link #all()} and {@code activities.X_…} (a team activity kind)
     */
    public static boolean derives(String key) {
        if (ALL.contains(key)) {
            return true;
        }
        if (!key.startsWith("activities.X_")) {
            return false;
        }
        try {
            ActivityKind.parse(key.substring("activities.".length()));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
