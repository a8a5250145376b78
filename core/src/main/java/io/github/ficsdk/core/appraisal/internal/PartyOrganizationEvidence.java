package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The party organisation family, read from the party organisation records:
 * {@code party.established} of every federation and chamber (a party organisation hosted by the
 * subject, established by the end of the period or on an unknown day, with the ids of those).
 * Internal: not part of the API.
 */
final class PartyOrganizationEvidence extends EvidenceFamily {

    PartyOrganizationEvidence() {
        super("party-organizations", Set.of("party.established"));
    }

    @Override
    void derive(Subjects subjects, EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        if (!wants(keys, "party.established")) {
            return;
        }
        LocalDate end = period.getEnd();
        List<List<String>> established = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            established.add(null);
        }
        for (Object record : subjects.records) {
            if (!(record instanceof PartyOrganization p)) {
                continue;
            }
            int host = subjects.row(p.getHost());
            if (host >= 0 && p.getEstablishedOn().map(d -> !d.isAfter(end)).orElse(true)) {
                if (established.get(host) == null) {
                    established.set(host, new ArrayList<>(1));
                }
                established.get(host).add(p.getId());
            }
        }
        for (int i = 0; i < subjects.size(); i++) {
            if (subjects.records.get(i) instanceof PartyOrganization) {
                continue;
            }
            List<String> ids = established.get(i);
            sink.put(subjects.ids.get(i), "party.established", ids != null, ids == null ? List.of() : ids);
        }
    }
}
