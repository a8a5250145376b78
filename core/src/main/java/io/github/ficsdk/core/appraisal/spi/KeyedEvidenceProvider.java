package io.github.ficsdk.core.appraisal.spi;

import java.util.Objects;
import java.util.Set;

/**
 * An {@link EvidenceProvider} with a fixed id and the keys it derives, such as {@code x-investment}
 * deriving {@code investment.projects}: it answers {@link #getId()} and {@link #derives(String)},
 * and a subclass writes {@link #derive derive}.
 *
 * <pre>{@code
 * public final class InvestmentProvider extends KeyedEvidenceProvider {
 *     public InvestmentProvider() { super("x-investment", Set.of("investment.projects")); }
 *     public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
 *         …
 *     }
 * }
 * }</pre>
 *
 * <p>Subclasses must be immutable and thread-safe, as every provider.
 *
 * @since 0.2
 */
public abstract class KeyedEvidenceProvider implements EvidenceProvider {

    private final String id;
    private final Set<String> keys;

    /**
     * Creates the provider.
     *
     * @param id    the id, such as {@code x-investment}, not null
     * @param keys  the keys it derives, not null
     * @throws NullPointerException if the id, the set or a key is null
     */
    protected KeyedEvidenceProvider(String id, Set<String> keys) {
        this.id = Objects.requireNonNull(id, "id");
        this.keys = Set.copyOf(keys);
    }

    /**
     * Returns the id given at construction.
     *
     * @return the id, never null
     */
    @Override
    public final String getId() {
        return id;
    }

    /**
     * Tells whether a key is one of the keys given at construction; a subclass that derives more
     * (such as every key of a prefix) says so by overriding this.
     *
     * @param key  the evidence key, not null
     * @return true when the provider derives it
     */
    @Override
    public boolean derives(String key) {
        return keys.contains(key);
    }
}
