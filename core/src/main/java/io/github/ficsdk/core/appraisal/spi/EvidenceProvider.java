package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.internal.StandardEvidenceProvider;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Derives evidence from the records of an {@link EvidenceSource}, such as each chamber's number of
 * party activities in the period; the plug-in point for evidence.
 *
 * <pre>{@code
 * public final class InvestmentProvider implements EvidenceProvider {
 *     public String getId() { return "x-investment"; }
 *     public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
 *         if (!keys.contains("investment.projects")) {
 *             return;
 *         }
 *         for (Chamber c : source.getChambers()) {
 *             sink.put(c.getId(), "investment.projects", c.getExtensions().getNumber("projects").orElse(BigDecimal.ZERO),
 *                     List.of(c.getId()));
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>Plug-ins are found by {@link ServiceLoader} ({@code META-INF/services/io.github.ficsdk.core.appraisal.spi.EvidenceProvider})
 * or passed to {@link Appraiser.Builder#addProvider(EvidenceProvider)}. A provider should read each
 * streamed file at most once, indexing by subject. The keys of the {@linkplain #standard() standard
 * provider} of fic-core and of fic-report's providers are listed in the
 * {@linkplain io.github.ficsdk.core.appraisal package overview}.
 *
 * <p>fic-report lists its providers in that service file: with fic-report on the class path,
 * {@link Appraiser#standard()} derives the activity counts ({@code activities.*},
 * {@code party.activities}) and {@code proposals.submitted} with the report engine; with fic-core
 * alone, those keys must be given (such as in {@code evidence.jsonl}), or a rule that reads them
 * fails with {@code MISSING_EVIDENCE}, naming the subject, the rule and the key.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1
 */
public interface EvidenceProvider {

    /**
     * Returns the id, such as {@code standard}.
     *
     * @return the id, never null
     */
    String getId();

    /**
     * Derives evidence for the subjects of a source.
     *
     * @param source  the records, not null
     * @param period  the reporting period, not null
     * @param keys    the keys the scheme reads; a provider may skip the others, not null
     * @param sink    receives the values with the ids of the records behind them, not null
     */
    void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink);

    /**
     * Tells whether this provider derives an evidence key. A key of given evidence (such as
     * {@code evidence.jsonl}) that no rule of any scheme known to the {@link Appraiser} reads and
     * no provider derives is refused as a typo ({@code UNKNOWN_EVIDENCE_KEY}); a provider whose
     * keys may be given besides, to override what it derives, says so here.
     *
     * @param key  the evidence key, such as {@code investment.projects}, not null
     * @return true when the provider derives it; false by default
     */
    default boolean derives(String key) {
        return false;
    }

    /**
     * Returns fic-core's standard provider: the evidence families that count no activities, read
     * from the organisation records and the memberships (members by role, fee tiers, years
     * registered, chamber status, federation level and chambers, party organisation established).
     * {@link Appraiser#standard()} uses it, with the providers found by {@link ServiceLoader}.
     *
     * @return the provider, never null
     */
    static EvidenceProvider standard() {
        return StandardEvidenceProvider.INSTANCE;
    }

    /**
     * Returns the providers found by {@link ServiceLoader} through a class loader.
     * {@link Appraiser#standard()} loads them one at a time instead, so that a provider that
     * cannot be loaded does not stop the others (see {@link Appraiser#getFailedProviders()}).
     *
     * @param loader  the class loader, not null
     * @return the providers, never null
     * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
     */
    static List<EvidenceProvider> discovered(ClassLoader loader) {
        List<EvidenceProvider> found = new ArrayList<>();
        ServiceLoader.load(EvidenceProvider.class, loader).forEach(found::add);
        return found;
    }
}
