package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;

/**
 * The score of one rule for one subject: exact points with a one-line explanation in Chinese and
 * in English, such as {@code 12}, {@code "党建活动 12 次 × 1 分，上限 15 → 12"},
 * {@code "party.activities 12 × 1 point, cap 15 → 12"}.
 *
 * <pre>{@code
 * RuleScore score = RuleScore.of(BigDecimal.TEN, "党组织已建立 +10", "party organisation established +10");
 * }</pre>
 *
 * <p>The components are not checked here (a plug-in may return anything); the {@link Appraiser}
 * refuses null, negative or over-cap points. This class is immutable and thread-safe.
 *
 * @param points         the points, exact
 * @param explanation    the explanation in Chinese
 * @param explanationEn  the explanation in English
 * @since 0.1
 */
public record RuleScore(BigDecimal points, String explanation, String explanationEn) {

    /**
     * Returns a score.
     *
     * @param points         the points, exact
     * @param explanation    the explanation in Chinese
     * @param explanationEn  the explanation in English
     * @return the score, never null
     */
    public static RuleScore of(BigDecimal points, String explanation, String explanationEn) {
        return new RuleScore(points, explanation, explanationEn);
    }
}
