package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import java.util.Set;

/**
 * A scoring rule, the plug-in point of appraisal: an {@linkplain #getId() id} used as the
 * {@code rule} of a scheme document, the {@linkplain #getParameters() parameters} it accepts, and a
 * {@linkplain #prepare(RuleSpec) preparation} that checks the parameters of one use and returns a
 * {@link PreparedRule} declaring the evidence keys it reads and its cap.
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
 *             BigDecimal points = stars.multiply(per);
 *             return RuleScore.of(points, key + " " + stars + " 星 → " + points, key + " " + stars + " stars → " + points);
 *         });
 *     }
 * }
 * }</pre>
 *
 * <p>Plug-ins are found by {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/io.github.ficsdk.core.appraisal.spi.ScoringRule}) or registered in code with
 * {@link RuleRegistry#with(ScoringRule...)}. Rules must be pure (the same input gives the same
 * score) and return exact, non-negative points not above their cap; the {@link Appraiser} refuses
 * anything else, and turns an exception or an overrun of the time budget into an
 * {@link AppraisalException} naming the rule, the subject and the section.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @since 0.1
 */
public interface ScoringRule {

    /**
     * Returns the id, such as {@code linear}, used as {@code "rule"} in scheme documents.
     *
     * @return the id, never null
     */
    String getId();

    /**
     * Returns the names of the parameters the rule accepts, such as {@code evidence} and
     * {@code pointsPerUnit}; {@link RuleSpec#COMMON_PARAMETERS} are accepted besides these, any other is
     * rejected when a scheme is loaded.
     *
     * @return the parameter names, never null
     */
    Set<String> getParameters();

    /**
     * Checks the parameters of one use of the rule and prepares it for scoring.
     *
     * @param spec  the use of the rule, not null
     * @return the prepared rule, never null
     * @throws RuleParameterException if a parameter is missing or wrong, naming it
     */
    PreparedRule prepare(RuleSpec spec);
}
