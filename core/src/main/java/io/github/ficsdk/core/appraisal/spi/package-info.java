/**
 * The plug-in points of appraisal: {@link io.github.ficsdk.core.appraisal.spi.ScoringRule scoring
 * rules} (a rule id of a scheme document, {@linkplain io.github.ficsdk.core.appraisal.spi.PreparedRule
 * prepared} once per use, scoring a {@link io.github.ficsdk.core.appraisal.spi.RuleInput subject's
 * evidence} into a {@link io.github.ficsdk.core.appraisal.spi.RuleScore score}) held by a
 * {@link io.github.ficsdk.core.appraisal.spi.RuleRegistry registry}, and
 * {@link io.github.ficsdk.core.appraisal.spi.EvidenceProvider evidence providers} that derive
 * evidence from a dataset. Both are found by {@link java.util.ServiceLoader} or registered in code.
 *
 * <pre>{@code
 * public final class StarRatingRule implements ScoringRule {
 *     public String getId() { return "x-stars"; }
 *     public Set<String> getParameters() { return Set.of("evidence", "pointsPerStar"); }
 *     public PreparedRule prepare(RuleSpec spec) {
 *         String key = spec.getString("evidence").orElseThrow(() -> new RuleParameterException("evidence", "required"));
 *         BigDecimal per = spec.getNumber("pointsPerStar").orElseThrow(() -> new RuleParameterException("pointsPerStar", "required"));
 *         return PreparedRule.of(List.of(key), per.multiply(BigDecimal.valueOf(5)), input -> {
 *             BigDecimal stars = input.getNumber(key).min(BigDecimal.valueOf(5));
 *             return RuleScore.of(stars.multiply(per), key + " " + stars + " 星", key + " " + stars + " stars");
 *         });
 *     }
 * }
 * // META-INF/services/io.github.ficsdk.core.appraisal.spi.ScoringRule lists com.example.StarRatingRule
 * Appraiser appraiser = Appraiser.builder().registry(RuleRegistry.standard().with(new StarRatingRule())).build();
 * }</pre>
 *
 * <h2>Service files</h2>
 * A plug-in jar lists its classes in {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.ScoringRule}
 * and {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.EvidenceProvider}. Plug-ins found
 * by {@link java.util.ServiceLoader} are loaded one provider at a time: one whose class is missing
 * or whose constructor throws is left out and remembered
 * ({@link io.github.ficsdk.core.appraisal.spi.RuleRegistry#getFailedProviders()},
 * {@link io.github.ficsdk.core.appraisal.Appraiser#getFailedProviders()}); only a scheme that names a
 * rule id nobody registered fails ({@code UNKNOWN_RULE}, naming the providers that failed and their
 * errors). Each call of a plug-in rule has a hard time limit
 * ({@link io.github.ficsdk.core.appraisal.Appraiser.Builder#ruleTimeout(java.time.Duration)}); see
 * {@link io.github.ficsdk.core.appraisal.Appraiser}.
 *
 * <h2>Evidence providers</h2>
 * fic-core's {@linkplain io.github.ficsdk.core.appraisal.spi.EvidenceProvider#standard() standard
 * provider} derives the evidence that needs no counting of activities; fic-report adds, through
 * its service file, the evidence counted by the report engine ({@code activities.*},
 * {@code party.activities}, {@code proposals.submitted}). The keys are listed in the
 * {@linkplain io.github.ficsdk.core.appraisal API package overview}. A provider of a fixed id and
 * set of keys may extend {@link io.github.ficsdk.core.appraisal.spi.KeyedEvidenceProvider}.
 *
 * @since 0.1
 */
package io.github.ficsdk.core.appraisal.spi;
