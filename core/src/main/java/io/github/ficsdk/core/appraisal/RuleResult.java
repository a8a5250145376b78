package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.internal.CompiledScheme;
import io.github.ficsdk.core.appraisal.internal.Inputs;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.validation.SafeText;
import java.math.BigDecimal;
import java.util.Objects;

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

    private final CompiledScheme.Slot slot;
    private final BigDecimal points;
    private final String defaulted;
    private final EvidenceRecord record;
    private RuleScore score;

    /**
     * The result of the rule of a slot for a subject. A plug-in's keeps the score it made; a
     * built-in rule is pure, so its explanations are made by scoring the subject's evidence again
     * when first read, and a batch keeps only the points of each rule.
     */
    RuleResult(CompiledScheme.Slot slot, BigDecimal points, String defaulted, EvidenceRecord record, RuleScore score) {
        this.slot = slot;
        this.points = points;
        this.defaulted = defaulted;
        this.record = record;
        this.score = slot.builtIn() ? null : score;
    }

    private RuleScore score() {
        RuleScore s = score;
        if (s == null) {
            s = slot.rule().score(Inputs.of(record.getSubject(), record::value, slot.ifMissing()));
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
        return slot.ruleId();
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
        return slot.max();
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
        return other instanceof RuleResult r && rule().equals(r.rule()) && points.equals(r.points)
                && maxPoints().equals(r.maxPoints()) && getExplanation().equals(r.getExplanation())
                && getExplanationEn().equals(r.getExplanationEn());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(rule(), points, maxPoints(), getExplanation());
    }

    /**
     * Returns the rule, points and Chinese explanation, such as {@code linear 12/15 党建活动 12 次 × 1 分，上限 15 → 12}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return rule() + " " + points.toPlainString() + "/" + maxPoints().toPlainString() + " " + getExplanation();
    }
}
