package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.spi.KeyedEvidenceProvider;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.Set;

/**
 * One family of fic-core's evidence, deriving from the organisations of a source indexed once.
 * Internal: not part of the API.
 */
abstract class EvidenceFamily extends KeyedEvidenceProvider {

    /**
     * Creates a family.
     *
     * @param id    the provider id
     * @param keys  the keys it derives
     */
    EvidenceFamily(String id, Set<String> keys) {
        super(id, keys);
    }

    /** Tells whether a key is among the keys wanted ({@code *} wants all). */
    static boolean wants(Set<String> wanted, String key) {
        return wanted.contains("*") || wanted.contains(key);
    }

    @Override
    public final void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink) {
        derive(new Subjects(source), source, period, keys, sink);
    }

    /**
     * Derives the family's keys.
     *
     * @param subjects  the organisations of the source as rows
     * @param source    the source
     * @param period    the period
     * @param keys      the keys wanted ({@code *} for all)
     * @param sink      receives the values
     */
    abstract void derive(Subjects subjects, EvidenceSource source, ReportingPeriod period, Set<String> keys,
            EvidenceTable.Builder sink);
}
