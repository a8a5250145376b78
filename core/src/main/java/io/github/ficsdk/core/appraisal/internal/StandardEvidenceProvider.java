package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.core.proposal.Proposal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The standard evidence: one pass over each streamed file, counters in arrays indexed by
 * organisation. Internal: not part of the API.
 */
public final class StandardEvidenceProvider implements EvidenceProvider {

    /** The instance. */
    public static final StandardEvidenceProvider INSTANCE = new StandardEvidenceProvider();

    private StandardEvidenceProvider() {}

    @Override
    public String getId() {
        return "standard";
    }

    @Override
    public boolean derives(String key) {
        return StandardEvidenceKeys.derives(key);
    }

    /** A counter with the ids behind it, per organisation. */
    private static final class Counter {
        final String key;
        final long[] n;
        final String[][] ids;
        final int[] counts;

        Counter(int size, String key) {
            this.key = key;
            n = new long[size];
            ids = new String[size][];
            counts = new int[size];
        }

        void add(int i, long amount, String id) {
            n[i] += amount;
            String[] l = ids[i];
            int c = counts[i];
            if (l == null) {
                l = new String[2];
                ids[i] = l;
            } else if (c == l.length) {
                l = java.util.Arrays.copyOf(l, c * 2);
                ids[i] = l;
            }
            l[c] = id;
            counts[i] = c + 1;
        }

        void emit(EvidenceTable.Builder sink, String subject, int i) {
            sink.put(subject, key, BigDecimal.valueOf(n[i]), ids[i] == null ? List.of() : new ImmutableIds(ids[i], counts[i]));
        }
    }

    @Override
    public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        List<Federation> feds = source.getFederations();
        List<Chamber> chambers = source.getChambers();
        List<PartyOrganization> parties = source.getPartyOrganizations();
        int nf = feds.size();
        int nc = chambers.size();
        int n = nf + nc + parties.size();
        String[] ids = new String[n];
        Map<String, Integer> index = new HashMap<>(n * 2);
        int k = 0;
        for (Federation f : feds) {
            index.put(f.getId(), k);
            ids[k++] = f.getId();
        }
        for (Chamber c : chambers) {
            index.put(c.getId(), k);
            ids[k++] = c.getId();
        }
        for (PartyOrganization p : parties) {
            index.put(p.getId(), k);
            ids[k++] = p.getId();
        }
        int[] host = new int[n];
        java.util.Arrays.fill(host, -1);
        for (int i = 0; i < parties.size(); i++) {
            Integer h = index.get(parties.get(i).getHost());
            host[nf + nc + i] = h == null ? -1 : h;
        }
        LocalDate end = period.getEnd();
        LocalDate twoYearsFrom = end.minusYears(2);
        boolean all = keys.contains("*");

        // activities
        Map<String, Counter> kinds = new LinkedHashMap<>();
        for (ActivityKind kind : ActivityKind.standardKinds()) {
            if (all || keys.contains("activities." + kind)) {
                kinds.put(kind.toString(), new Counter(n, "activities." + kind));
            }
        }
        for (String key : keys) {
            if (key.startsWith("activities.X_") && !kinds.containsKey(key.substring(11))) {
                kinds.put(key.substring(11), new Counter(n, key));
            }
        }
        boolean wantTotal = all || keys.contains("activities.total");
        boolean wantTwo = all || keys.contains("activities.lastTwoYears");
        boolean wantParty = all || keys.contains("party.activities");
        Counter total = new Counter(wantTotal ? n : 0, "activities.total");
        Counter two = new Counter(wantTwo ? n : 0, "activities.lastTwoYears");
        Counter party = new Counter(wantParty ? n : 0, "party.activities");
        if (!kinds.isEmpty() || wantTotal || wantTwo || wantParty) {
            int[] seen = new int[8];
            try (Stream<Activity> activities = source.activities()) {
                Iterator<Activity> it = activities.iterator();
                while (it.hasNext()) {
                    Activity a = it.next();
                    LocalDate start = a.getStart();
                    boolean inPeriod = period.contains(start);
                    boolean inTwo = start.isAfter(twoYearsFrom) && !start.isAfter(end);
                    if (!inPeriod && !inTwo) {
                        continue;
                    }
                    int count = a.getOrganizerCount();
                    // organizers in [0, count), then up to two party targets (itself and its host) each
                    if (seen.length < 3 * count) {
                        seen = new int[3 * count];
                    }
                    int distinct = 0;
                    int partyTargets = 0;
                    for (int o = 0; o < count; o++) {
                        Integer idx = index.get(a.getOrganizer(o));
                        if (idx == null || contains(seen, 0, distinct, idx)) {
                            continue;
                        }
                        seen[distinct++] = idx;
                    }
                    Counter kind = inPeriod ? kinds.get(a.getKind().toString()) : null;
                    boolean isParty = inPeriod && wantParty && a.getKind() == ActivityKind.PARTY_ACTIVITY;
                    int sessions = a.getSessions();
                    for (int d = 0; d < distinct; d++) {
                        int idx = seen[d];
                        if (inPeriod) {
                            if (kind != null) {
                                kind.add(idx, sessions, a.getId());
                            }
                            if (wantTotal) {
                                total.add(idx, sessions, a.getId());
                            }
                        }
                        if (inTwo && wantTwo) {
                            two.add(idx, sessions, a.getId());
                        }
                        if (isParty) {
                            int[] targets = {idx, host[idx]};
                            for (int t : targets) {
                                if (t >= 0 && !contains(seen, count, count + partyTargets, t)) {
                                    seen[count + partyTargets++] = t;
                                }
                            }
                        }
                    }
                    for (int t = 0; t < partyTargets; t++) {
                        party.add(seen[count + t], sessions, a.getId());
                    }
                }
            }
        }

        // memberships
        Map<Role, Counter> roles = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            if (all || keys.contains("members." + role)) {
                roles.put(role, new Counter(n, "members." + role));
            }
        }
        boolean wantMembers = all || keys.contains("members.total");
        Counter members = new Counter(wantMembers ? n : 0, "members.total");
        if (wantMembers || !roles.isEmpty()) {
            try (Stream<Membership> memberships = source.memberships()) {
                Iterator<Membership> it = memberships.iterator();
                while (it.hasNext()) {
                    Membership m = it.next();
                    Integer idx = index.get(m.getOrganization());
                    if (idx == null || m.getSince().map(s -> s.isAfter(end)).orElse(false)
                            || m.getUntil().map(u -> u.isBefore(end)).orElse(false)) {
                        continue;
                    }
                    if (wantMembers) {
                        members.add(idx, 1, m.getMember());
                    }
                    Counter role = roles.get(m.getRole());
                    if (role != null) {
                        role.add(idx, 1, m.getMember());
                    }
                }
            }
        }

        // proposals
        boolean wantProposals = all || keys.contains("proposals.submitted");
        Counter proposals = new Counter(wantProposals ? n : 0, "proposals.submitted");
        if (wantProposals) {
            try (Stream<Proposal> stream = source.proposals()) {
                Iterator<Proposal> it = stream.iterator();
                while (it.hasNext()) {
                    Proposal p = it.next();
                    Integer idx = index.get(p.getSubmitter());
                    if (idx != null && period.contains(p.getSubmittedOn())) {
                        proposals.add(idx, 1, p.getId());
                    }
                }
            }
        }

        // party organisations
        boolean wantEstablished = all || keys.contains("party.established");
        @SuppressWarnings("unchecked")
        List<String>[] established = new List[wantEstablished ? n : 0];
        if (wantEstablished) {
            for (PartyOrganization p : parties) {
                Integer h = index.get(p.getHost());
                if (h != null && p.getEstablishedOn().map(d -> !d.isAfter(end)).orElse(true)) {
                    if (established[h] == null) {
                        established[h] = new ArrayList<>(1);
                    }
                    established[h].add(p.getId());
                }
            }
        }
        boolean wantFedChambers = all || keys.contains("federation.chambers");
        Counter fedChambers = new Counter(wantFedChambers ? n : 0, "federation.chambers");
        if (wantFedChambers) {
            for (Chamber c : chambers) {
                Integer f = index.get(c.getFederation());
                if (f != null) {
                    fedChambers.add(f, 1, c.getId());
                }
            }
        }

        boolean wantTierCount = all || keys.contains("feeTiers.count");
        boolean wantTierMax = all || keys.contains("feeTiers.maxFeeYuan");
        boolean wantYears = all || keys.contains("chamber.yearsRegistered");
        boolean wantStatus = all || keys.contains("chamber.status");
        boolean wantLevel = all || keys.contains("federation.level");
        for (int i = 0; i < n; i++) {
            String s = ids[i];
            sink.row(s);
            for (Map.Entry<String, Counter> e : kinds.entrySet()) {
                e.getValue().emit(sink, s, i);
            }
            if (wantTotal) {
                total.emit(sink, s, i);
            }
            if (wantTwo) {
                two.emit(sink, s, i);
            }
            if (wantParty) {
                party.emit(sink, s, i);
            }
            if (wantMembers) {
                members.emit(sink, s, i);
            }
            for (Map.Entry<Role, Counter> e : roles.entrySet()) {
                e.getValue().emit(sink, s, i);
            }
            if (wantProposals) {
                proposals.emit(sink, s, i);
            }
            if (wantEstablished && i < nf + nc) {
                sink.put(s, "party.established", established[i] != null, established[i] == null ? List.of() : established[i]);
            }
            if (i < nf) {
                Federation f = feds.get(i);
                if (wantLevel) {
                    sink.put(s, "federation.level", f.getLevel().name(), List.of(s));
                }
                if (wantFedChambers) {
                    fedChambers.emit(sink, s, i);
                }
            } else if (i < nf + nc) {
                Chamber c = chambers.get(i - nf);
                List<String> self = List.of(s);
                if (wantTierCount) {
                    sink.put(s, "feeTiers.count", BigDecimal.valueOf(c.getFeeTiers().size()), self);
                }
                if (wantTierMax) {
                    BigDecimal max = BigDecimal.ZERO;
                    for (FeeTier t : c.getFeeTiers()) {
                        max = max.max(t.getAnnualFeeYuan().toBigDecimal());
                    }
                    sink.put(s, "feeTiers.maxFeeYuan", max, self);
                }
                if (wantYears && c.getRegisteredOn().isPresent()) {
                    LocalDate on = c.getRegisteredOn().get();
                    long years = on.isAfter(end) ? 0 : Period.between(on, end).toTotalMonths() / 12;
                    sink.put(s, "chamber.yearsRegistered", BigDecimal.valueOf(years), self);
                } else if (wantYears && c.getStatus() == io.github.ficsdk.core.org.ChamberStatus.PREPARING) {
                    // a chamber still being formed is not registered yet: 0 years, not "unknown"
                    sink.put(s, "chamber.yearsRegistered", BigDecimal.ZERO, self);
                }
                if (wantStatus) {
                    sink.put(s, "chamber.status", c.getStatus().name(), self);
                }
            }
        }
    }

    private static boolean contains(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }
}
