package io.github.ficsdk.core.appraisal.spi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One use of a {@link ScoringRule} with its parameters checked, ready to score subjects: the
 * evidence keys it reads, its cap, and the scoring function.
 *
 * <pre>{@code
 * PreparedRule rule = PreparedRule.of(List.of("party.established"), BigDecimal.TEN,
 *         input -> input.getBoolean("party.established")
 *                 ? RuleScore.of(BigDecimal.TEN, "党组织已建立 +10", "party organisation established +10")
 *                 : RuleScore.of(BigDecimal.ZERO, "党组织未建立 → 0", "no party organisation → 0"));
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe, and {@link #score(RuleInput)} pure.
 *
 * @since 0.1
 */
public interface PreparedRule {

    /**
     * Returns the evidence keys the rule reads; a subject lacking one of them (and no
     * {@code ifMissing} given) is an error naming the subject, the rule and the key.
     *
     * @return the keys, never null
     */
    List<String> getEvidenceKeys();

    /**
     * Returns the most points the rule can give; the appraiser refuses a score above it.
     *
     * @return the cap, not negative, never null
     */
    BigDecimal getMaxPoints();

    /**
     * Scores one subject.
     *
     * @param input  the subject's evidence, not null
     * @return the points (exact, between 0 and the cap) with explanations, never null
     * @throws EvidenceException if evidence is missing or of the wrong type
     */
    RuleScore score(RuleInput input);

    /**
     * Returns a prepared rule from its parts.
     *
     * @param evidenceKeys  the keys read, not null
     * @param maxPoints     the cap, not negative, not null
     * @param scorer        the scoring function, not null
     * @return the prepared rule, never null
     * @throws IllegalArgumentException if the cap is negative
     */
    static PreparedRule of(List<String> evidenceKeys, BigDecimal maxPoints, Function<RuleInput, RuleScore> scorer) {
        List<String> keys = List.copyOf(evidenceKeys);
        Objects.requireNonNull(maxPoints, "maxPoints");
        Objects.requireNonNull(scorer, "scorer");
        if (maxPoints.signum() < 0) {
            throw new IllegalArgumentException("maxPoints must not be negative - but was: " + maxPoints);
        }
        return new PreparedRule() {
            @Override
            public List<String> getEvidenceKeys() {
                return keys;
            }

            @Override
            public BigDecimal getMaxPoints() {
                return maxPoints;
            }

            @Override
            public RuleScore score(RuleInput input) {
                return scorer.apply(input);
            }
        };
    }
}
