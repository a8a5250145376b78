package io.github.ficsdk.report.internal;

import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The chamber structure indicators of the data model, counted from the organisations: for a
 * subtree and a period, the chambers that exist at the period's last day ({@code CHAMBER.COUNT}:
 * status PREPARING, ACTIVE or UNDER_RECTIFICATION, {@code registeredOn} absent or not after that
 * day), those formed in the period ({@code CHAMBER.FORMED}: {@code registeredOn} in it) and those
 * counted by COUNT that host at least one party organisation ({@code
 * CHAMBER.WITH_PARTY_ORGANIZATION}; as DATA-MODEL.md words it, any party organisation record whose
 * {@code host} is the chamber, whatever its {@code establishedOn}). Each chamber id counts once, by
 * its first definition.
 */
public final class ChamberStructure {

    /** Index of {@code CHAMBER.COUNT} in a result. */
    public static final int COUNT = 0;
    /** Index of {@code CHAMBER.FORMED} in a result. */
    public static final int FORMED = 1;
    /** Index of {@code CHAMBER.WITH_PARTY_ORGANIZATION} in a result. */
    public static final int WITH_PARTY = 2;

    private final OrganizationTree tree;
    private final List<Chamber> chambers;
    private final Set<String> hosts = new HashSet<>();

    /**
     * Creates the counter over checked organisations.
     *
     * @param tree      the organisation tree
     * @param chambers  the chambers (the first definition of an id counts)
     * @param parties   the party organisations
     */
    public ChamberStructure(OrganizationTree tree, Collection<Chamber> chambers,
            Collection<PartyOrganization> parties) {
        this.tree = tree;
        Set<String> seen = new HashSet<>();
        this.chambers = chambers.stream().filter(c -> seen.add(c.getId())).toList();
        for (PartyOrganization p : parties) {
            hosts.add(p.getHost());
        }
    }

    /**
     * Counts the structure of a subtree over a period.
     *
     * @param root  the subtree's root
     * @param from  the period's first day
     * @param to    the period's last day
     * @return {COUNT, FORMED, WITH_PARTY}
     */
    public long[] count(String root, LocalDate from, LocalDate to) {
        long[] out = new long[3];
        for (Chamber c : chambers) {
            if (!tree.isInSubtree(c.getId(), root)) {
                continue;
            }
            LocalDate registered = c.getRegisteredOn().orElse(null);
            if (registered != null && !registered.isBefore(from) && !registered.isAfter(to)) {
                out[FORMED]++;
            }
            ChamberStatus status = c.getStatus();
            boolean existing = status == ChamberStatus.PREPARING || status == ChamberStatus.ACTIVE
                    || status == ChamberStatus.UNDER_RECTIFICATION;
            if (existing && (registered == null || !registered.isAfter(to))) {
                out[COUNT]++;
                if (hosts.contains(c.getId())) {
                    out[WITH_PARTY]++;
                }
            }
        }
        return out;
    }
}
