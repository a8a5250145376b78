package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import io.github.ficsdk.validation.SafeText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The built-in rule {@code share}: {@code points} × {@code evidence} / {@code per}, the share capped
 * at 1, rounded down to 0.01 point (never more than earned); without {@code per} the evidence is
 * the share itself. A zero or negative denominator gives 0. The optional {@code detail} names a
 * text evidence key whose text (such as each target and task) is the explanation's body. Internal:
 * not part of the API; documented with the built-in rules in the scheme package.
 *
 * <pre>{@code
 * {"rule": "share", "evidence": "tasks.onTime", "per": "tasks.weight", "points": 40, "detail": "tasks.detail"}
 * }</pre>
 */
public final class ShareRule implements ScoringRule {

    /** Creates the rule. */
    public ShareRule() {}

    @Override
    public String getId() {
        return "share";
    }

    @Override
    public Set<String> getParameters() {
        return Set.of("evidence", "per", "points", "detail", "unit");
    }

    @Override
    public PreparedRule prepare(RuleSpec spec) {
        String key = Params.string(spec, "evidence", true);
        String perKey = Params.string(spec, "per", false);
        String detailKey = Params.string(spec, "detail", false);
        BigDecimal points = Params.nonNegative(spec, "points", true);
        String label = spec.getLabel();
        String labelEn = spec.getLabelEn();
        List<String> keys = new ArrayList<>(List.of(key));
        if (perKey != null && !keys.contains(perKey)) {
            keys.add(perKey);
        }
        if (detailKey != null && !keys.contains(detailKey)) {
            keys.add(detailKey);
        }
        String p = Params.fmt(points);
        return PreparedRule.of(keys, points, input -> {
            BigDecimal num = input.getNumber(key);
            BigDecimal den = perKey == null ? BigDecimal.ONE : input.getNumber(perKey);
            String detail = detailKey == null ? "" : SafeText.forDisplay(input.getString(detailKey));
            String head = label + " " + Params.fmt(num) + (perKey == null ? "" : " / " + Params.fmt(den));
            String headEn = labelEn + " " + Params.fmt(num) + (perKey == null ? "" : " / " + Params.fmt(den));
            String tail = detail.isEmpty() ? "" : "（" + detail + "）";
            String tailEn = detail.isEmpty() ? "" : " (" + detail + ")";
            if (den.signum() <= 0) {
                return RuleScore.lazy(BigDecimal.ZERO, () -> head + "，分母不为正 → 0" + tail,
                        () -> headEn + ", denominator not positive → 0" + tailEn);
            }
            BigDecimal earned = points.multiply(num.max(BigDecimal.ZERO)).divide(den, 2, RoundingMode.DOWN).min(points);
            BigDecimal score = Params.norm(earned);
            return RuleScore.lazy(score, () -> head + " × " + p + " 分 → " + Params.fmt(score) + tail,
                    () -> headEn + " × " + p + " points → " + Params.fmt(score) + tailEn);
        });
    }
}
