package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The points one rule gave one subject, with its explanations, such as
 * {@code linear 12 / 15 "党建活动 12 次 × 1 分，上限 15 → 12"}; printed as
 * {@code {"rule", "points", "maxPoints", "explanation", "explanationEn"}}.
 *
 * <p>The explanations of built-in rules are built when first read (see {@link RuleScore#lazy}).
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleResult {

    private final String rule;
    private final BigDecimal points;
    private final BigDecimal maxPoints;
    private final RuleScore score;
    private final String defaulted;

    RuleResult(String rule, BigDecimal points, BigDecimal maxPoints, RuleScore score, String defaulted) {
        this.rule = rule;
        this.points = points;
        this.maxPoints = maxPoints;
        this.score = score;
        this.defaulted = defaulted;
    }

    /**
     * Returns the rule id.
     *
     * @return the id, such as {@code linear}, never null
     */
    public String rule() {
        return rule;
    }

    /**
     * Returns the points, exact, between 0 and {@link #maxPoints()}.
     *
     * @return the points, never null
     */
    public BigDecimal points() {
        return points;
    }

    /**
     * Returns the rule's cap.
     *
     * @return the cap, never null
     */
    public BigDecimal maxPoints() {
        return maxPoints;
    }

    /**
     * Returns the explanation in Chinese, noting when a missing evidence value was taken from the
     * rule's {@code ifMissing}.
     *
     * @return the explanation, never null
     */
    public String explanation() {
        return defaulted == null ? score.explanation() : score.explanation() + "（证据缺失，按 " + defaulted + " 计）";
    }

    /**
     * Returns the explanation in English.
     *
     * @return the explanation, never null
     */
    public String explanationEn() {
        return defaulted == null ? score.explanationEn()
                : score.explanationEn() + " (evidence missing, taken as " + defaulted + ")";
    }

    /**
     * Compares rule, points, cap and explanations.
     *
     * @param other  the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleResult r && rule.equals(r.rule) && points.equals(r.points)
                && maxPoints.equals(r.maxPoints) && explanation().equals(r.explanation())
                && explanationEn().equals(r.explanationEn());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rule, points, maxPoints, explanation());
    }

    /**
     * Returns the rule, points and Chinese explanation, such as {@code linear 12/15 党建活动 12 次 × 1 分，上限 15 → 12}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return rule + " " + points.toPlainString() + "/" + maxPoints.toPlainString() + " " + explanation();
    }
}
