package io.github.ficsdk.core.appraisal.scheme;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ordered condition of the {@code recommendations} section, such as
 * {@code {"recommendation": "DEREGISTER", "reason": "连续两年未开展活动", "rule": "threshold", "evidence": "activities.lastTwoYears", "atMost": 0}}.
 * The recommendation of a result is that of the first condition that holds: its rule (if any)
 * yields more than 0 points and the grade is one of its {@link #getWhenGrades() whenGrades} (if
 * any). A condition with neither is the default and must come last. The reasons of a result are
 * those of <em>every</em> condition that holds, in order (the default's only when nothing else
 * holds), so that a recommendation lists all of its grounds. {@code name} is the word shown to
 * people ({@code 注销}); JSON keeps the code.
 *
 * <pre>{@code
 * RecommendationRule keep = RecommendationRule.builder().recommendation("KEEP").build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class RecommendationRule {

    RecommendationRule() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the recommendation code, such as {@code DEREGISTER}, {@code MERGE}, {@code RECTIFY}, {@code KEEP}.
     *
     * @return the code, never null
     */
    public abstract String getRecommendation();

    /**
     * Returns the name shown to people, such as {@code 注销} for {@code DEREGISTER}; JSON output
     * keeps the code.
     *
     * @return the name, empty when not given
     */
    public abstract Optional<String> getName();

    /**
     * Returns the reason, such as {@code 会员不足 10 家}.
     *
     * @return the reason, empty when not given
     */
    public abstract Optional<String> getReason();

    /**
     * Returns the rule that must yield more than 0 points.
     *
     * @return the rule, empty for none
     */
    public abstract Optional<RuleSpec> getSpec();

    /**
     * Returns the grades of which the result's grade must be one.
     *
     * @return the grades, empty for any grade, never null
     */
    public abstract List<String> getWhenGrades();

    /**
     * Returns whether this is the default condition (no rule, no grades).
     *
     * @return true when it always holds
     */
    public boolean isDefault() {
        return getSpec().isEmpty() && getWhenGrades().isEmpty();
    }

    /**
     * Builds a {@link RecommendationRule}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableRecommendationRule.Builder {
        Builder() {}
    }
}
