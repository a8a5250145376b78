package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.Appraiser;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The score of one rule for one subject: exact points with a one-line explanation in Chinese and
 * in English, such as {@code 12}, {@code "党建活动 12 次 × 1 分，上限 15 → 12"},
 * {@code "party.activities 12 × 1 point, cap 15 → 12"}.
 *
 * <pre>{@code
 * RuleScore score = RuleScore.of(BigDecimal.TEN, "党组织已建立 +10", "party organisation established +10");
 * RuleScore lazy = RuleScore.lazy(points, () -> "党建活动 " + n + " 次", () -> "party activities " + n);
 * }</pre>
 *
 * <p>A {@linkplain #lazy lazy} score builds its explanations only when they are read, which keeps
 * a batch of 100,000 subjects from building millions of strings nobody prints; since rules are
 * pure, the text is the same whenever it is built. The components are not checked here (a plug-in
 * may return anything); the {@link Appraiser} refuses null, negative or over-cap points, and null
 * explanations. This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RuleScore {

    private final BigDecimal points;
    private final Explanation explanation;
    private final Explanation explanationEn;

    private RuleScore(BigDecimal points, String explanation, String explanationEn, Supplier<String> explain,
            Supplier<String> explainEn) {
        this.points = points;
        this.explanation = new Explanation(explanation, explain);
        this.explanationEn = new Explanation(explanationEn, explainEn);
    }

    /**
     * An explanation as given, or computed when first asked and then kept: a race may compute it
     * twice, to the same text (a {@code String} is safe to publish so).
     */
    private static final class Explanation {
        private final Supplier<String> explain;
        private String text;

        Explanation(String text, Supplier<String> explain) {
            this.text = text;
            this.explain = explain;
        }

        String get() {
            String t = text;
            if (t == null && explain != null) {
                t = explain.get();
                text = t;
            }
            return t;
        }
    }

    /**
     * Returns a score with its explanations.
     *
     * @param points         the points, exact
     * @param explanation    the explanation in Chinese
     * @param explanationEn  the explanation in English
     * @return the score, never null
     */
    public static RuleScore of(BigDecimal points, String explanation, String explanationEn) {
        return new RuleScore(points, explanation, explanationEn, null, null);
    }

    /**
     * Returns a score whose explanations are built when first read.
     *
     * @param points         the points, exact
     * @param explanation    builds the explanation in Chinese, not null
     * @param explanationEn  builds the explanation in English, not null
     * @return the score, never null
     */
    public static RuleScore lazy(BigDecimal points, Supplier<String> explanation, Supplier<String> explanationEn) {
        return new RuleScore(points, null, null, Objects.requireNonNull(explanation, "explanation"),
                Objects.requireNonNull(explanationEn, "explanationEn"));
    }

    /**
     * Returns the points.
     *
     * @return the points, exact (null only from a faulty plug-in)
     */
    public BigDecimal getPoints() {
        return points;
    }

    /**
     * Returns the explanation in Chinese.
     *
     * @return the explanation (null only from a faulty plug-in)
     */
    public String getExplanation() {
        return explanation.get();
    }

    /**
     * Returns the explanation in English.
     *
     * @return the explanation (null only from a faulty plug-in)
     */
    public String getExplanationEn() {
        return explanationEn.get();
    }

    /**
     * Compares points and explanations.
     *
     * @param other  the other object, may be null
     * @return true if both scores have equal points and explanations
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RuleScore s && Objects.equals(points, s.points)
                && Objects.equals(getExplanation(), s.getExplanation()) && Objects.equals(getExplanationEn(), s.getExplanationEn());
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(points, getExplanation(), getExplanationEn());
    }

    /**
     * Returns the points and the Chinese explanation, such as {@code 12 (党建活动 12 次 × 1 分，上限 15 → 12)}.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return (points == null ? "null" : points.toPlainString()) + " (" + getExplanation() + ")";
    }
}
