package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/**
 * The chamber family, read from each chamber's record: {@code feeTiers.count},
 * {@code feeTiers.maxFeeYuan}, {@code chamber.yearsRegistered} (whole years from
 * {@code registeredOn} to the end of the period; 0 for a chamber still being formed without
 * {@code registeredOn}; otherwise absent when unknown), {@code chamber.status} and
 * {@code chamber.registered} (true unless the chamber is still being formed, PREPARING). Internal: not
 * part of the API.
 */
final class ChamberEvidence extends EvidenceFamily {

    ChamberEvidence() {
        super("chambers", Set.of("feeTiers.count", "feeTiers.maxFeeYuan", "chamber.yearsRegistered", "chamber.status",
                "chamber.registered"));
    }

    @Override
    void derive(Subjects subjects, EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        boolean wantTierCount = wants(keys, "feeTiers.count");
        boolean wantTierMax = wants(keys, "feeTiers.maxFeeYuan");
        boolean wantYears = wants(keys, "chamber.yearsRegistered");
        boolean wantStatus = wants(keys, "chamber.status");
        boolean wantRegistered = wants(keys, "chamber.registered");
        if (!wantTierCount && !wantTierMax && !wantYears && !wantStatus && !wantRegistered) {
            return;
        }
        LocalDate end = period.getEnd();
        for (int i = 0; i < subjects.size(); i++) {
            if (!(subjects.records.get(i) instanceof Chamber c)) {
                continue;
            }
            String s = c.getId();
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
            } else if (wantYears && c.getStatus() == ChamberStatus.PREPARING) {
                // a chamber still being formed is not registered yet: 0 years, not "unknown"
                sink.put(s, "chamber.yearsRegistered", BigDecimal.ZERO, self);
            }
            if (wantStatus) {
                sink.put(s, "chamber.status", c.getStatus().name(), self);
            }
            if (wantRegistered) {
                // formed (registered) unless still being formed, whatever came after
                sink.put(s, "chamber.registered", c.getStatus() != ChamberStatus.PREPARING, self);
            }
        }
    }
}
