package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.org.Organization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The organisations of an evidence source as rows: federations, then chambers, then party
 * organisations, each id once, by its first definition (an id used again is no row). Internal:
 * not part of the API.
 */
final class Subjects {

    final List<String> ids = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    /** The first definition of each row: a federation, a chamber or a party organisation. */
    final List<Organization> records = new ArrayList<>();

    Subjects(EvidenceSource source) {
        for (Organization o : source.getOrganizations()) {
            index.put(o.getId(), ids.size());
            ids.add(o.getId());
            records.add(o);
        }
    }

    int size() {
        return ids.size();
    }

    /** Returns the row of an organisation, or -1 when the source does not define it. */
    int row(String id) {
        Integer row = id == null ? null : index.get(id);
        return row == null ? -1 : row;
    }
}
