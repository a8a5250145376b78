package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The membership family: {@code members.total} and {@code members.<ROLE>}, the memberships in the
 * subject current on the last day of the period, with the member ids behind them. One pass over
 * the memberships. Internal: not part of the API.
 */
final class MembershipEvidence extends EvidenceFamily {

    MembershipEvidence() {
        super("members", keys());
    }

    private static Set<String> keys() {
        Set<String> keys = new HashSet<>();
        keys.add("members.total");
        for (Role role : Role.values()) {
            keys.add("members." + role.name());
        }
        return keys;
    }

    /** A count per row with the ids behind it. */
    static final class Counter {
        final String key;
        final long[] n;
        final RowIds ids;

        Counter(int size, String key) {
            this.key = key;
            n = new long[size];
            ids = new RowIds(size);
        }

        void add(int i, String id) {
            n[i]++;
            ids.add(i, id);
        }

        void emit(EvidenceTable.Builder sink, String subject, int i) {
            sink.put(subject, key, BigDecimal.valueOf(n[i]), ids.get(i));
        }
    }

    @Override
    void derive(Subjects subjects, EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        Role[] roles = Role.values();
        int n = subjects.size();
        Counter[] byRole = new Counter[roles.length];
        boolean any = false;
        for (Role role : roles) {
            if (wants(keys, "members." + role.name())) {
                byRole[role.ordinal()] = new Counter(n, "members." + role.name());
                any = true;
            }
        }
        Counter total = wants(keys, "members.total") ? new Counter(n, "members.total") : null;
        if (total == null && !any) {
            return;
        }
        LocalDate end = period.getEnd();
        try (Stream<Membership> memberships = source.memberships()) {
            Iterator<Membership> it = memberships.iterator();
            while (it.hasNext()) {
                Membership m = it.next();
                int row = subjects.row(m.getOrganization());
                if (row < 0 || m.getSince().map(s -> s.isAfter(end)).orElse(false)
                        || m.getUntil().map(u -> u.isBefore(end)).orElse(false)) {
                    continue;
                }
                if (total != null) {
                    total.add(row, m.getMember());
                }
                Counter role = byRole[m.getRole().ordinal()];
                if (role != null) {
                    role.add(row, m.getMember());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            String s = subjects.ids.get(i);
            if (total != null) {
                total.emit(sink, s, i);
            }
            for (Counter role : byRole) {
                if (role != null) {
                    role.emit(sink, s, i);
                }
            }
        }
    }
}
