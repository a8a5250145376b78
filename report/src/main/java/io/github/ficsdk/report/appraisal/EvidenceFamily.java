package io.github.ficsdk.report.appraisal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.spi.KeyedEvidenceProvider;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.Set;

/**
 * One family of fic-report's appraisal evidence: a provider with an id and the keys it derives,
 * that derives only when one of them is wanted ({@code *} wants all).
 */
abstract class EvidenceFamily extends KeyedEvidenceProvider {

    /**
     * Creates a family.
     *
     * @param id    the provider id
     * @param keys  the keys it derives (a family may derive more, see {@link #derives(String)})
     */
    EvidenceFamily(String id, Set<String> keys) {
        super(id, keys);
    }

    /**
     * Derives the keys of this family that are wanted ({@code *} for all) for the organisations of
     * the source; nothing when none of them is wanted.
     *
     * @param source  the records, not null
     * @param period  the reporting period, not null
     * @param keys    the keys wanted, not null
     * @param sink    receives the values with the ids of the records behind them, not null
     */
    @Override
    public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        if (keys.contains("*") || keys.stream().anyMatch(this::wants)) {
            deriveWanted(source, period, keys, sink);
        }
    }

    /** Tells whether a wanted key makes this family derive: by default, when it derives the key. */
    boolean wants(String key) {
        return derives(key);
    }

    /**
     * Derives the keys of this family that are wanted, at least one of them or {@code *}.
     *
     * @param source  the records
     * @param period  the reporting period
     * @param keys    the keys wanted ({@code *} for all)
     * @param sink    receives the values
     */
    abstract void deriveWanted(EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink);
}
