package io.github.ficsdk.examples.adversarial;

import io.github.ficsdk.core.appraisal.EvidenceSource;
import io.github.ficsdk.core.appraisal.EvidenceTable;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.EvidenceProvider;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Hostile plug-ins for {@link AppraisalAdversarialTest}, listed only in a {@code META-INF/services}
 * file the test writes into a folder of its own and puts on the class path of a child JVM: they are
 * never seen by the other tests.
 */
public final class AdversarialPlugins {

    private AdversarialPlugins() {}

    /** A rule with an id and a scorer, 1 point, parameter {@code points}. */
    private abstract static class Base implements ScoringRule {
        private final String id;
        private final Function<RuleInput, RuleScore> scorer;

        Base(String id, Function<RuleInput, RuleScore> scorer) {
            this.id = id;
            this.scorer = scorer;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("points");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            return PreparedRule.of(List.of(), BigDecimal.ONE, scorer);
        }
    }

    /** {@code x-forever}: never returns, and does not listen to interrupts. */
    public static final class Forever extends Base {
        /** Creates the rule. */
        public Forever() {
            super("x-forever", in -> {
                while (true) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        // ignored on purpose: a rule that cannot be stopped
                    }
                }
            });
        }
    }

    /** {@code x-hog}: allocates until memory is exhausted. */
    public static final class Hog extends Base {
        /** Creates the rule. */
        public Hog() {
            super("x-hog", in -> {
                List<long[]> all = new ArrayList<>();
                while (true) {
                    all.add(new long[1 << 17]);
                }
            });
        }
    }

    /** {@code x-broken}: its constructor throws, so {@link java.util.ServiceLoader} cannot load it. */
    public static final class Broken extends Base {
        /** Always throws. */
        public Broken() {
            super("x-broken", in -> RuleScore.of(BigDecimal.ONE, "一", "one"));
            throw new IllegalStateException("licence server unreachable");
        }
    }

    /** An evidence provider whose constructor throws. */
    public static final class BrokenProvider implements EvidenceProvider {
        /** Always throws. */
        public BrokenProvider() {
            throw new IllegalStateException("no connection to the registry database");
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
}
