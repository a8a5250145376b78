package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.PartyOrganization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of an evidence source as rows: federations, then chambers, then party
 * organisations, each id once, by its first definition (an id used again is no row).
 */
final class Organizations {

    private final List<String> ids = new ArrayList<>();
    private final List<String> hosts = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    Organizations(EvidenceSource source) {
        for (Organization o : source.getOrganizations()) {
            index.put(o.getId(), ids.size());
            ids.add(o.getId());
            hosts.add(o instanceof PartyOrganization p ? p.getHost() : null);
        }
    }

    int size() {
        return ids.size();
    }

    String id(int row) {
        return ids.get(row);
    }

    /** The host of a party organisation's row, null for a federation or chamber. */
    String host(int row) {
        return hosts.get(row);
    }

    /** The row of each organisation id: what a {@code SubjectTally} counts by (not to be changed). */
    Map<String, Integer> index() {
        return index;
    }

    /** The row of an id, -1 when the source does not define it (or for null). */
    int row(String id) {
        Integer row = id == null ? null : index.get(id);
        return row == null ? -1 : row;
    }
}
