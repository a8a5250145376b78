package io.github.ficsdk.examples.adversarial;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A careless plug-in rule, registered for the tests only: it quotes its evidence value (a phone
 * number, say) in its explanation, or with {@code "fail": 1} in the message of an exception it
 * throws. The SDK and the app must mask what it quotes.
 */
public final class QuotingRule implements ScoringRule {

    /** The rule id used in scheme documents. */
    public static final String ID = "x-test-quoting";

    /** Creates the rule (ServiceLoader). */
    public QuotingRule() {}

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<String> getParameters() {
        return Set.of("evidence", "fail");
    }

    @Override
    public PreparedRule prepare(RuleSpec spec) {
        String key = spec.getString("evidence").orElseThrow();
        boolean fail = spec.getNumber("fail").map(n -> n.signum() > 0).orElse(false);
        return PreparedRule.of(List.of(key), BigDecimal.ONE, input -> {
            Object value = input.get(key);
            if (fail) {
                throw new IllegalStateException("cannot score " + input.getSubject() + " from " + value + "\u001B[2J");
            }
            return RuleScore.of(BigDecimal.ONE, "电话 " + value + "\u202E", "phone " + value + "\u202E");
        });
    }
}
