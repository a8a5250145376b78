package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The built-in rules flag, threshold, linear and ratio. Internal: not part of the API. */
public final class BuiltInRules {

    private BuiltInRules() {}

    /** Returns the four built-in rules. */
    public static List<ScoringRule> all() {
        return List.of(new Flag(), new Threshold(), new Linear(), new Ratio());
    }

    /** Returns whether a rule is one of the built-ins (trusted: no time budget applies). */
    public static boolean isBuiltIn(ScoringRule rule) {
        return rule.getClass().getEnclosingClass() == BuiltInRules.class;
    }

    private static String unit(RuleSpec spec) {
        String unit = Params.string(spec, "unit", false);
        return unit == null ? "" : " " + unit;
    }

    /** flag: points when the evidence is true (or equals {@code equals}). */
    static final class Flag implements ScoringRule {
        @Override
        public String getId() {
            return "flag";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("evidence", "points", "equals");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            String key = Params.string(spec, "evidence", true);
            BigDecimal points = Params.nonNegative(spec, "points", true);
            Object equals = spec.getParameters().get("equals");
            if (equals != null && !(equals instanceof String || equals instanceof Boolean || equals instanceof BigDecimal)) {
                throw new RuleParameterException("equals", "equals must be a text, number or boolean - but was: " + equals);
            }
            String label = spec.getLabel();
            String labelEn = spec.getLabelEn();
            String p = Params.fmt(points);
            return PreparedRule.of(List.of(key), points, input -> {
                boolean fired;
                String shown;
                if (equals == null) {
                    fired = input.getBoolean(key);
                    shown = "";
                } else {
                    Object v = input.get(key);
                    fired = v instanceof BigDecimal d && equals instanceof BigDecimal e ? d.compareTo(e) == 0 : v.equals(equals);
                    shown = " = " + Params.fmt(v);
                }
                return fired
                        ? RuleScore.lazy(points, () -> label + shown + " +" + p, () -> labelEn + shown + " +" + p)
                        : RuleScore.lazy(BigDecimal.ZERO, () -> label + shown + (equals == null ? "：否" : " ≠ " + Params.fmt(equals)) + " → 0", () ->
                                labelEn + shown + (equals == null ? ": no" : " ≠ " + Params.fmt(equals)) + " → 0");
            });
        }
    }

    /** threshold: atLeast → points, atMost → points, or tiers taking the highest reached. */
    static final class Threshold implements ScoringRule {
        @Override
        public String getId() {
            return "threshold";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("evidence", "atLeast", "atMost", "points", "tiers", "unit");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            String key = Params.string(spec, "evidence", true);
            String label = spec.getLabel();
            String labelEn = spec.getLabelEn();
            String unit = unit(spec);
            Object tiersValue = spec.getParameters().get("tiers");
            BigDecimal atLeast = Params.number(spec, "atLeast", false);
            BigDecimal atMost = Params.number(spec, "atMost", false);
            if (tiersValue != null) {
                if (atLeast != null || atMost != null || spec.getParameters().containsKey("points")) {
                    throw new RuleParameterException("tiers", "tiers excludes atLeast, atMost and points");
                }
                if (!(tiersValue instanceof List<?> list) || list.isEmpty()) {
                    throw new RuleParameterException("tiers", "tiers must be a non-empty list of {atLeast, points}");
                }
                int n = list.size();
                BigDecimal[] mins = new BigDecimal[n];
                BigDecimal[] pts = new BigDecimal[n];
                BigDecimal max = BigDecimal.ZERO;
                for (int i = 0; i < n; i++) {
                    if (!(list.get(i) instanceof Map<?, ?> tier) || !tier.keySet().equals(Set.of("atLeast", "points"))
                            || !(tier.get("atLeast") instanceof BigDecimal min) || !(tier.get("points") instanceof BigDecimal tp)) {
                        throw new RuleParameterException("tiers[" + i + "]", "a tier must be {\"atLeast\": number, \"points\": number} - but was: " + list.get(i));
                    }
                    if (tp.signum() < 0) {
                        throw new RuleParameterException("tiers[" + i + "].points", "points must not be negative - but was: " + Params.fmt(tp));
                    }
                    for (int j = 0; j < i; j++) {
                        if (min.compareTo(mins[j]) == 0) {
                            throw new RuleParameterException("tiers[" + i + "].atLeast", "two tiers start at atLeast "
                                    + Params.fmt(min) + " (tiers[" + j + "] and tiers[" + i + "])");
                        }
                    }
                    mins[i] = min;
                    pts[i] = tp;
                    max = max.max(tp);
                }
                // tiers may be written in any order: the highest one reached counts
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (x, y) -> mins[x].compareTo(mins[y]));
                BigDecimal[] sortedMins = new BigDecimal[n];
                BigDecimal[] sortedPts = new BigDecimal[n];
                for (int i = 0; i < n; i++) {
                    sortedMins[i] = mins[order[i]];
                    sortedPts[i] = pts[order[i]];
                }
                System.arraycopy(sortedMins, 0, mins, 0, n);
                System.arraycopy(sortedPts, 0, pts, 0, n);
                return PreparedRule.of(List.of(key), max, input -> {
                    BigDecimal v = input.getNumber(key);
                    int reached = -1;
                    for (int i = 0; i < n; i++) {
                        if (v.compareTo(mins[i]) >= 0) {
                            reached = i;
                        }
                    }
                    if (reached < 0) {
                        return RuleScore.lazy(BigDecimal.ZERO, () -> label + " " + Params.fmt(v) + unit + "，未达最低档 " + Params.fmt(mins[0]) + " → 0", () ->
                                labelEn + " " + Params.fmt(v) + " below the lowest tier " + Params.fmt(mins[0]) + " → 0");
                    }
                    int tier = reached;
                    return RuleScore.lazy(pts[tier], () -> label + " " + Params.fmt(v) + unit + "，达到 ≥" + Params.fmt(mins[tier]) + " 档 → " + Params.fmt(pts[tier]), () ->
                            labelEn + " " + Params.fmt(v) + " reaches tier ≥ " + Params.fmt(mins[tier]) + " → " + Params.fmt(pts[tier]));
                });
            }
            if ((atLeast == null) == (atMost == null)) {
                throw new RuleParameterException(atLeast == null ? "atLeast" : "atMost",
                        "threshold needs exactly one of atLeast, atMost or tiers");
            }
            BigDecimal points = Params.nonNegative(spec, "points", true);
            String p = Params.fmt(points);
            boolean up = atLeast != null;
            BigDecimal bound = up ? atLeast : atMost;
            String b = Params.fmt(bound);
            return PreparedRule.of(List.of(key), points, input -> {
                BigDecimal v = input.getNumber(key);
                int c = v.compareTo(bound);
                boolean fired = up ? c >= 0 : c <= 0;
                if (fired) {
                    String op = up ? " ≥ " : " ≤ ";
                    return RuleScore.lazy(points, () -> label + " " + Params.fmt(v) + unit + op + b + " +" + p,
                            () -> labelEn + " " + Params.fmt(v) + op + b + " +" + p);
                }
                String op = up ? " < " : " > ";
                return RuleScore.lazy(BigDecimal.ZERO, () -> label + " " + Params.fmt(v) + unit + op + b + " → 0",
                        () -> labelEn + " " + Params.fmt(v) + op + b + " → 0");
            });
        }
    }

    /** linear: value × pointsPerUnit, capped at maxPoints. */
    static final class Linear implements ScoringRule {
        @Override
        public String getId() {
            return "linear";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("evidence", "pointsPerUnit", "maxPoints", "unit");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            String key = Params.string(spec, "evidence", true);
            BigDecimal per = Params.nonNegative(spec, "pointsPerUnit", true);
            BigDecimal max = Params.nonNegative(spec, "maxPoints", true);
            String label = spec.getLabel();
            String labelEn = spec.getLabelEn();
            String unit = unit(spec);
            String ps = Params.fmt(per);
            String ms = Params.fmt(max);
            return PreparedRule.of(List.of(key), max, input -> {
                BigDecimal v = input.getNumber(key);
                BigDecimal points = Params.norm(v.multiply(per).min(max));
                return RuleScore.lazy(points,
                        () -> label + " " + Params.fmt(v) + unit + " × " + ps + " 分，上限 " + ms + " → " + Params.fmt(points),
                        () -> labelEn + " " + Params.fmt(v) + " × " + ps + " point" + (per.compareTo(BigDecimal.ONE) == 0 ? "" : "s")
                                + ", cap " + ms + " → " + Params.fmt(points));
            });
        }
    }

    /** ratio: evidence / per ≥ atLeast → points; a zero or negative denominator reaches nothing. */
    static final class Ratio implements ScoringRule {
        @Override
        public String getId() {
            return "ratio";
        }

        @Override
        public Set<String> getParameters() {
            return Set.of("evidence", "per", "atLeast", "points");
        }

        @Override
        public PreparedRule prepare(RuleSpec spec) {
            String key = Params.string(spec, "evidence", true);
            String perKey = Params.string(spec, "per", true);
            BigDecimal atLeast = Params.number(spec, "atLeast", true);
            BigDecimal points = Params.nonNegative(spec, "points", true);
            String label = spec.getLabel();
            String labelEn = spec.getLabelEn();
            String p = Params.fmt(points);
            String a = Params.fmt(atLeast);
            List<String> keys = new ArrayList<>(List.of(key));
            if (!perKey.equals(key)) {
                keys.add(perKey);
            }
            return PreparedRule.of(keys, points, input -> {
                BigDecimal num = input.getNumber(key);
                BigDecimal den = input.getNumber(perKey);
                if (den.signum() <= 0) {
                    return RuleScore.lazy(BigDecimal.ZERO, () -> head(label, num, den) + "，分母不为正 → 0",
                            () -> head(labelEn, num, den) + ", denominator not positive → 0");
                }
                boolean fired = num.compareTo(atLeast.multiply(den)) >= 0;
                return fired
                        ? RuleScore.lazy(points, () -> head(label, num, den) + " = " + ratio(num, den, true) + " ≥ " + a + " +" + p,
                                () -> head(labelEn, num, den) + " = " + ratio(num, den, true) + " ≥ " + a + " +" + p)
                        : RuleScore.lazy(BigDecimal.ZERO, () -> head(label, num, den) + " = " + ratio(num, den, false) + " < " + a + " → 0",
                                () -> head(labelEn, num, den) + " = " + ratio(num, den, false) + " < " + a + " → 0");
            });
        }
    }

    private static String head(String label, BigDecimal num, BigDecimal den) {
        return label + " " + Params.fmt(num) + " / " + Params.fmt(den);
    }

    /** The ratio shown with 4 decimals, rounded towards the side of the decision so the text never contradicts it. */
    private static String ratio(BigDecimal num, BigDecimal den, boolean fired) {
        return Params.fmt(num.divide(den, 4, fired ? RoundingMode.CEILING : RoundingMode.FLOOR));
    }
}
