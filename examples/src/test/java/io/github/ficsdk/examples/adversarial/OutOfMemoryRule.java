package io.github.ficsdk.examples.adversarial;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A plug-in rule {@code x-out-of-memory} that runs out of memory when it scores, as a rule over
 * too much data would. Listed through a {@code META-INF/services} file that only
 * {@link OutputAdversarialTest} puts on the class path of a JVM of its own.
 */
public final class OutOfMemoryRule implements ScoringRule {

    /** The message of the error. */
    public static final String MESSAGE = "injected: Java heap space";

    /** Creates the rule (for ServiceLoader). */
    public OutOfMemoryRule() {}

    @Override
    public String getId() {
        return "x-out-of-memory";
    }

    @Override
    public Set<String> getParameters() {
        return Set.of();
    }

    @Override
    public PreparedRule prepare(RuleSpec spec) {
        return PreparedRule.of(List.of(), BigDecimal.TEN, input -> {
            throw new OutOfMemoryError(MESSAGE);
        });
    }
}
