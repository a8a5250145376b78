package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The federation family, read from the federation and chamber records: {@code federation.level}
 * and {@code federation.chambers} (the chambers whose {@code federation} is the subject, with
 * their ids). Internal: not part of the API.
 */
final class FederationEvidence extends EvidenceFamily {

    FederationEvidence() {
        super("federations", Set.of("federation.level", "federation.chambers"));
    }

    @Override
    void derive(Subjects subjects, EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        boolean wantLevel = wants(keys, "federation.level");
        boolean wantChambers = wants(keys, "federation.chambers");
        if (!wantLevel && !wantChambers) {
            return;
        }
        List<List<String>> chambers = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            chambers.add(null);
        }
        if (wantChambers) {
            for (Object record : subjects.records) {
                if (record instanceof Chamber c) {
                    int f = subjects.row(c.getFederation());
                    if (f >= 0) {
                        if (chambers.get(f) == null) {
                            chambers.set(f, new ArrayList<>());
                        }
                        chambers.get(f).add(c.getId());
                    }
                }
            }
        }
        for (int i = 0; i < subjects.size(); i++) {
            if (!(subjects.records.get(i) instanceof Federation f)) {
                continue;
            }
            String s = f.getId();
            if (wantLevel) {
                sink.put(s, "federation.level", f.getLevel().name(), List.of(s));
            }
            if (wantChambers) {
                List<String> ids = chambers.get(i);
                sink.put(s, "federation.chambers", BigDecimal.valueOf(ids == null ? 0 : ids.size()),
                        ids == null ? List.of() : ids);
            }
        }
    }
}
