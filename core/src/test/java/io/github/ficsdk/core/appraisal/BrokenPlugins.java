package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Plug-ins for the tests of {@link java.util.ServiceLoader} discovery. {@link BrokenRule} and
 * {@link BrokenProvider} are listed in this module's test {@code META-INF/services}, so every test
 * of the module runs with a scoring rule and an evidence provider that cannot be loaded.
 */
public final class BrokenPlugins {

    private BrokenPlugins() {}

    /** A scoring rule whose constructor throws. */
    public static final class BrokenRule implements ScoringRule {
        /** Always throws. */
        public BrokenRule() {
            throw new IllegalStateException("no licence file for x-broken");
        }

        @Override
        public String getId() {
            return "x-broken";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of();
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            throw new UnsupportedOperationException();
        }
    }

    /** An evidence provider whose constructor throws. */
    public static final class BrokenProvider implements EvidenceProvider {
        /** Always throws. */
        public BrokenProvider() {
            throw new IllegalStateException("no database for x-broken-provider");
        }

        @Override
        public String getId() {
            return "x-broken-provider";
        }

        @Override
        public void derive(EvidenceSource source, ReportingPeriod period, Set<String> keys, EvidenceTable.Builder sink) {
            throw new UnsupportedOperationException();
        }
    }

    /** A scoring rule that loads: {@code x-good}, 1 point. */
    public static final class GoodRule implements ScoringRule {
        /** Creates the rule. */
        public GoodRule() {}

        @Override
        public String getId() {
            return "x-good";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("points");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            return PreparedRule.of(List.of(), BigDecimal.ONE, in -> RuleScore.of(BigDecimal.ONE, "好", "good"));
        }
    }
}
