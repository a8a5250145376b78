package com.example.consumer;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The team's own scoring rule {@code x-activity-bonus}: {@code points} when the evidence
 * {@code evidence} (by default {@code activities.total}) is at least {@code atLeast}.
 */
public final class ActivityBonusRule implements ScoringRule {

    /** The rule id used in scheme documents. */
    public static final String ID = "x-activity-bonus";

    /** Creates the rule (ServiceLoader calls this). */
    public ActivityBonusRule() {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<String> getParameters() {
        return Set.of("evidence", "atLeast", "points");
    }

    @Override
    public PreparedRule prepare(RuleSpec spec) {
        String key = spec.getString("evidence").orElse("activities.total");
        BigDecimal atLeast = spec.getNumber("atLeast")
                .orElseThrow(() -> new RuleParameterException("atLeast", "atLeast is required"));
        BigDecimal points = spec.getNumber("points")
                .orElseThrow(() -> new RuleParameterException("points", "points is required"));
        return PreparedRule.of(List.of(key), points, input -> {
            BigDecimal value = input.getNumber(key);
            boolean reached = value.compareTo(atLeast) >= 0;
            BigDecimal p = reached ? points : BigDecimal.ZERO;
            return RuleScore.of(p, key + " " + value.toPlainString() + (reached ? " 达标 +" : " 未达标 → ") + p,
                    key + " " + value.toPlainString() + (reached ? " reached +" : " not reached → ") + p);
        });
    }
}
