package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.internal.Inputs;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.validation.SafeText;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Function;

/**
 * The points one rule gave one subject, with its explanations, such as
 * {@code linear 12 / 15 "党建活动 12 次 × 1 分，上限 15 → 12"}; printed as
 * {@code {"rule", "points", "maxPoints", "explanation", "explanationEn"}}.
 *
 * <p>The explanations of built-in rules are built when first read, by scoring the pure rule again.
 * This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleResult {

    private final String rule;
    private final BigDecimal points;
    private final BigDecimal maxPoints;
    private final String defaulted;
    private final PreparedRule prepared;
    private final String subject;
    private final Function<String, Object> values;
    private final Object ifMissing;
    private RuleScore score;

    /** A result whose explanations are those of a score already made (a plug-in's). */
    RuleResult(String rule, BigDecimal points, BigDecimal maxPoints, RuleScore score, String defaulted) {
        this(rule, points, maxPoints, defaulted, null, null, null, null, score);
    }

    /**
     * A result of a built-in rule, which is pure: its explanations are made by scoring again when
     * first read, so a batch keeps only the points of each rule.
     */
    RuleResult(String rule, BigDecimal points, BigDecimal maxPoints, String defaulted, PreparedRule prepared,
            String subject, Function<String, Object> values, Object ifMissing) {
        this(rule, points, maxPoints, defaulted, prepared, subject, values, ifMissing, null);
    }

    private RuleResult(String rule, BigDecimal points, BigDecimal maxPoints, String defaulted, PreparedRule prepared,
            String subject, Function<String, Object> values, Object ifMissing, RuleScore score) {
        this.rule = rule;
        this.points = points;
        this.maxPoints = maxPoints;
        this.defaulted = defaulted;
        this.prepared = prepared;
        this.subject = subject;
        this.values = values;
        this.ifMissing = ifMissing;
        this.score = score;
    }

    private RuleScore score() {
        RuleScore s = score;
        if (s == null) {
            s = prepared.score(Inputs.of(subject, values, ifMissing));
            score = s;
        }
        return s;
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
    public BigDecimal getPoints() {
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
     * rule's {@code ifMissing}; made safe to print with
     * {@link SafeText#forDisplay(String)} (a plug-in's explanation may
     * quote the data).
     *
     * @return the explanation, never null
     */
    public String getExplanation() {
        String text = score().getExplanation();
        return SafeText.forDisplay(defaulted == null ? text : text + "（证据缺失，按 " + defaulted + " 计）");
    }

    /**
     * Returns the explanation in English, made safe to print like {@link #getExplanation()}.
     *
     * @return the explanation, never null
     */
    public String getExplanationEn() {
        String text = score().getExplanationEn();
        return SafeText.forDisplay(defaulted == null ? text : text + " (evidence missing, taken as " + defaulted + ")");
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
                && maxPoints.equals(r.maxPoints) && getExplanation().equals(r.getExplanation())
                && getExplanationEn().equals(r.getExplanationEn());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rule, points, maxPoints, getExplanation());
    }

    /**
     * Returns the rule, points and Chinese explanation, such as {@code linear 12/15 党建活动 12 次 × 1 分，上限 15 → 12}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return rule + " " + points.toPlainString() + "/" + maxPoints.toPlainString() + " " + getExplanation();
    }
}
