package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.List;
import java.util.Set;

/**
 * fic-core's evidence: the families that count no activities, one provider each (memberships,
 * chambers, federations, party organisations), run in turn; every organisation of the source is
 * listed. The activity and proposal counts are fic-report's (its providers are found by
 * {@link java.util.ServiceLoader}). Internal: not part of the API.
 */
public final class StandardEvidenceProvider implements EvidenceProvider {

    /** The instance. */
    public static final StandardEvidenceProvider INSTANCE = new StandardEvidenceProvider();

    private static final List<EvidenceFamily> FAMILIES = List.of(new MembershipEvidence(), new ChamberEvidence(),
            new FederationEvidence(), new PartyOrganizationEvidence());

    private StandardEvidenceProvider() {}

    @Override
    public String getId() {
        return "standard";
    }

    @Override
    public boolean derives(String key) {
        for (EvidenceFamily family : FAMILIES) {
            if (family.derives(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
        Subjects subjects = new Subjects(source);
        for (String subject : subjects.ids) {
            sink.row(subject);
        }
        for (EvidenceFamily family : FAMILIES) {
            family.derive(subjects, source, period, keys, sink);
        }
    }
}
