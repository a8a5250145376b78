package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The development family of appraisal evidence, read from the records for the reference schemes
 * 四好商会 and 五优县级工商联:
 * <ul>
 * <li>{@code activities.idealsEducation} (every organisation): sessions of the activities tagged
 *     {@value #IDEALS_TAG} whose {@code start} is in the period and that the subject organised (as
 *     any organizer, counted once);</li>
 * <li>{@code members.growth} (federations and chambers): the members current on the period's last
 *     day less those current on the day before it starts (distinct member ids; {@code since} and
 *     {@code until} inclusive; may be negative);</li>
 * <li>{@code enterprises.large} (federations): the 规上 enterprises of the federation's division,
 *     those whose {@code revenueYuan} is at least {@value #LARGE_REVENUE_YUAN} yuan (the statistical
 *     threshold of 规模以上 enterprises, 2000 万元);</li>
 * <li>{@code enterprises.largeMembers} (federations): those of them that are members, on the
 *     period's last day, of the federation or of an organisation of its subtree (规上企业入会率 =
 *     largeMembers / large);</li>
 * <li>{@code chambers.township} (federations): the federation's own TOWNSHIP chambers existing on
 *     the period's last day (not PREPARING, MERGED or DEREGISTERED, {@code registeredOn} absent or
 *     not after it);</li>
 * <li>{@code federation.townships} (federations): the number of townships and streets of the
 *     county, from the federation's {@code extensions.townships} when the data holds it; otherwise
 *     absent, to be given in {@code evidence.jsonl} (乡镇商会覆盖率 = chambers.township /
 *     federation.townships).</li>
 * </ul>
 * Listed in fic-report's {@code META-INF/services} file.
 *
 * <pre>{@code
 * EvidenceTable.Builder sink = EvidenceTable.builder(ReportingPeriod.parse("2017"));
 * new DevelopmentEvidenceProvider().derive(source, ReportingPeriod.parse("2017"), Set.of("*"), sink);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DevelopmentEvidenceProvider extends EvidenceFamily {

    /** The tag of the 理想信念教育 activities. */
    public static final String IDEALS_TAG = "理想信念教育";
    /** The revenue from which an enterprise is 规上, in yuan. */
    public static final long LARGE_REVENUE_YUAN = 20_000_000L;

    /** Creates the provider, of id {@code development}; {@link java.util.ServiceLoader} calls this. */
    public DevelopmentEvidenceProvider() {
        super("development", Set.of("activities.idealsEducation", "members.growth", "enterprises.large",
                "enterprises.largeMembers", "chambers.township", "federation.townships"));
    }

    /** Derives the family's keys that are wanted (or all for {@code *}). */
    @Override
    void deriveWanted(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        boolean all = keys.contains("*");
        LocalDate end = period.getEnd();
        if (all || keys.contains("activities.idealsEducation")) {
            ideals(source, period, sink);
        }
        if (all || keys.contains("members.growth") || keys.contains("enterprises.largeMembers")) {
            members(source, period, sink, all || keys.contains("members.growth"),
                    all || keys.contains("enterprises.largeMembers") || keys.contains("enterprises.large"));
        } else if (keys.contains("enterprises.large")) {
            members(source, period, sink, false, true);
        }
        if (all || keys.contains("chambers.township") || keys.contains("federation.townships")) {
            for (Federation f : source.getFederations()) {
                List<String> ids = new ArrayList<>();
                for (Chamber c : source.getChambers()) {
                    if (c.getFederation().equals(f.getId()) && c.getKind() == ChamberKind.TOWNSHIP && exists(c, end)) {
                        ids.add(c.getId());
                    }
                }
                sink.put(f.getId(), "chambers.township", BigDecimal.valueOf(ids.size()), ids);
                f.getExtensions().getNumber("townships").ifPresent(n -> sink.put(f.getId(), "federation.townships", n,
                        List.of(f.getId())));
            }
        }
    }

    private static boolean exists(Chamber c, LocalDate day) {
        ChamberStatus s = c.getStatus();
        return (s == ChamberStatus.ACTIVE || s == ChamberStatus.UNDER_RECTIFICATION)
                && (c.getRegisteredOn().isEmpty() || !c.getRegisteredOn().get().isAfter(day));
    }

    private static void ideals(EvidenceSource source, ReportingPeriod period, EvidenceTable.Builder sink) {
        Map<String, long[]> sessions = new HashMap<>();
        Map<String, List<String>> ids = new HashMap<>();
        Set<String> subjects = new HashSet<>();
        source.getOrganizations().forEach(o -> subjects.add(o.getId()));
        try (Stream<Activity> activities = source.activities()) {
            activities.forEach(a -> {
                if (!a.getTags().contains(IDEALS_TAG) || !period.contains(a.getStart())) {
                    return;
                }
                for (String o : new LinkedHashSet<>(a.getOrganizers())) {
                    if (subjects.contains(o)) {
                        sessions.computeIfAbsent(o, k -> new long[1])[0] += a.getSessions();
                        ids.computeIfAbsent(o, k -> new ArrayList<>()).add(a.getId());
                    }
                }
            });
        }
        for (Organization o : source.getOrganizations()) {
            long[] n = sessions.get(o.getId());
            sink.put(o.getId(), "activities.idealsEducation", BigDecimal.valueOf(n == null ? 0 : n[0]),
                    ids.getOrDefault(o.getId(), List.of()));
        }
    }

    private static boolean current(Membership m, LocalDate day) {
        return (m.getSince().isEmpty() || !m.getSince().get().isAfter(day))
                && (m.getUntil().isEmpty() || !m.getUntil().get().isBefore(day));
    }

    private static void members(EvidenceSource source, ReportingPeriod period, EvidenceTable.Builder sink,
            boolean growth, boolean large) {
        LocalDate end = period.getEnd();
        LocalDate before = period.getStart().minusDays(1);
        Map<String, Set<String>> atEnd = new HashMap<>();
        Map<String, Set<String>> atStart = new HashMap<>();
        try (Stream<Membership> memberships = source.memberships()) {
            memberships.forEach(m -> {
                if (current(m, end)) {
                    atEnd.computeIfAbsent(m.getOrganization(), k -> new HashSet<>()).add(m.getMember());
                }
                if (current(m, before)) {
                    atStart.computeIfAbsent(m.getOrganization(), k -> new HashSet<>()).add(m.getMember());
                }
            });
        }
        if (growth) {
            List<Organization> organizations = new ArrayList<>(source.getFederations());
            organizations.addAll(source.getChambers());
            for (Organization o : organizations) {
                int now = atEnd.getOrDefault(o.getId(), Set.of()).size();
                int then = atStart.getOrDefault(o.getId(), Set.of()).size();
                sink.put(o.getId(), "members.growth", BigDecimal.valueOf((long) now - then), List.of());
            }
        }
        if (large) {
            Map<String, List<String>> largeByDivision = new HashMap<>();
            try (Stream<Enterprise> enterprises = source.enterprises()) {
                enterprises.forEach(e -> {
                    if (e.getDivision().isPresent() && e.getRevenueYuan().isPresent()
                            && e.getRevenueYuan().get().toBigDecimal().compareTo(BigDecimal.valueOf(LARGE_REVENUE_YUAN)) >= 0) {
                        largeByDivision.computeIfAbsent(e.getDivision().get(), k -> new ArrayList<>()).add(e.getId());
                    }
                });
            }
            OrganizationTree tree = source.getTree();
            for (Federation f : source.getFederations()) {
                List<String> largeHere = largeByDivision.getOrDefault(f.getDivision(), List.of());
                Set<String> membersOfSubtree = new HashSet<>();
                atEnd.forEach((org, members) -> {
                    if (tree.isInSubtree(org, f.getId())) {
                        membersOfSubtree.addAll(members);
                    }
                });
                List<String> largeMembers = largeHere.stream().filter(membersOfSubtree::contains).toList();
                sink.put(f.getId(), "enterprises.large", BigDecimal.valueOf(largeHere.size()), largeHere);
                sink.put(f.getId(), "enterprises.largeMembers", BigDecimal.valueOf(largeMembers.size()), largeMembers);
            }
        }
    }
}
