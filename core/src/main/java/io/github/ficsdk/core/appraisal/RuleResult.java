package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;

/**
 * The points one rule gave one subject, with its explanations, such as
 * {@code linear 12 / 15 "党建活动 12 次 × 1 分，上限 15 → 12"}; printed as
 * {@code {"rule", "points", "maxPoints", "explanation", "explanationEn"}}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule           the rule id, not null
 * @param points         the points, exact, between 0 and {@code maxPoints}, not null
 * @param maxPoints      the rule's cap, not null
 * @param explanation    the explanation in Chinese, not null
 * @param explanationEn  the explanation in English, not null
 * @since 0.1
 */
public record RuleResult(String rule, BigDecimal points, BigDecimal maxPoints, String explanation, String explanationEn) {}
