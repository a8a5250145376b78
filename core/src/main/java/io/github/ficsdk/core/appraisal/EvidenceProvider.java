package io.github.ficsdk.core.appraisal;

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
 * <p>Plug-ins are found by {@link ServiceLoader} ({@code META-INF/services/io.github.ficsdk.core.appraisal.EvidenceProvider})
 * or passed to {@link Appraiser.Builder#addProvider(EvidenceProvider)}. A provider should read each
 * streamed file at most once, indexing by subject. The keys of the {@linkplain #standard() standard
 * provider} are listed in the {@linkplain io.github.ficsdk.core.appraisal package overview}.
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
     * Returns the standard provider (activity counts per kind, members by role, fee tiers, party
     * organisation, proposals, years registered).
     *
     * @return the provider, never null
     */
    static EvidenceProvider standard() {
        return StandardEvidenceProvider.INSTANCE;
    }

    /**
     * Returns the providers found by {@link ServiceLoader} through a class loader.
     *
     * @param loader  the class loader, not null
     * @return the providers, never null
     */
    static List<EvidenceProvider> discovered(ClassLoader loader) {
        List<EvidenceProvider> found = new ArrayList<>();
        ServiceLoader.load(EvidenceProvider.class, loader).forEach(found::add);
        return found;
    }
}
