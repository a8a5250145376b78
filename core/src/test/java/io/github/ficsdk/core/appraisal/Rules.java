package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Plug-in rules for tests. */
final class Rules {

    private Rules() {}

    /** A rule reading no evidence that gives fixed points (parameter {@code points}). */
    static ScoringRule constant(String id, BigDecimal cap) {
        return of(id, cap, List.of(), in -> RuleScore.of(cap, "常数 " + cap, "constant " + cap));
    }

    /** A rule with a given cap, keys and scorer; accepts parameters {@code points} and {@code evidence}. */
    static ScoringRule of(String id, BigDecimal cap, List<String> keys, Function<RuleInput, RuleScore> scorer) {
        return new ScoringRule() {
            @Override
            public String getId() {
                return id;
            }

            @Override
            public Set<String> getParameters() {
                return Set.of("points", "evidence");
            }

            @Override
            public PreparedRule prepare(RuleSpec spec) {
                return PreparedRule.of(keys, cap, scorer);
            }
        };
    }
}
