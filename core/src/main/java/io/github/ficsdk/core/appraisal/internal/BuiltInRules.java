package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleScore;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The built-in rules flag, threshold, linear and ratio. Each binds the parameters of one use to a
 * typed record when the scheme is loaded (a wrong parameter is a {@link RuleParameterException}
 * naming its path within the rule, such as {@code tiers[0].atLeast}), and scores from that record
 * only. Internal: not part of the API.
 */
public final class BuiltInRules {

    private BuiltInRules() {}

    /** Returns the five built-in rules (the fifth, {@code share}, is {@link ShareRule}). */
    public static List<ScoringRule> all() {
        return List.of(new Flag(), new Threshold(), new Linear(), new Ratio(), new ShareRule());
    }

    /** Returns whether a rule is one of the built-ins (trusted: no time budget applies). */
    public static boolean isBuiltIn(ScoringRule rule) {
        return rule.getClass().getEnclosingClass() == BuiltInRules.class || rule.getClass() == ShareRule.class;
    }

    /** The parameters of one use of a built-in rule, bound when the scheme is loaded. */
    interface Bound {
        /**
         * Returns the rule prepared with these parameters.
         *
         * @return the prepared rule
         */
        PreparedRule prepared();
    }

    /**
     * A built-in rule: its id, how it binds the parameters of one use, and the names of its
     * parameters, fixed.
     */
    abstract static class BuiltInRule implements ScoringRule {

        private final String id;
        private final Function<RuleSpec, Bound> bind;
        private final Set<String> parameters;

        BuiltInRule(String id, Function<RuleSpec, Bound> bind, String... parameters) {
            this.id = id;
            this.bind = bind;
            this.parameters = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(List.of(parameters)));
        }

        @Override
        public final String getId() {
            return id;
        }

        @Override
        public final Set<String> getParameters() {
            return parameters;
        }

        @Override
        public final PreparedRule prepare(RuleSpec spec) {
            return bind.apply(spec).prepared();
        }
    }

    /**
     * The wording of a rule's explanations: {@code label}, {@code labelEn} and {@code unit}.
     *
     * @param label    the label in Chinese explanations
     * @param labelEn  the label in English explanations
     * @param unit     the unit after a value in Chinese explanations, with its leading space; empty when none
     */
    record Wording(String label, String labelEn, String unit) {
        static Wording of(RuleSpec spec) {
            String unit = Params.string(spec, "unit", false);
            return new Wording(spec.getLabel(), spec.getLabelEn(), unit == null ? "" : " " + unit);
        }

        /** The start of a Chinese explanation: the label, then the value with its unit, such as {@code 会员企业 120 家}. */
        String zh(BigDecimal value) {
            return label + " " + Params.fmt(value) + unit;
        }

        /** The start of an English explanation: the label, then the value. */
        String en(BigDecimal value) {
            return labelEn + " " + Params.fmt(value);
        }
    }

    /**
     * One tier of {@code threshold}: {@code points} from {@code atLeast} on.
     *
     * @param atLeast  the lowest value of the tier
     * @param points   the points, not negative
     */
    record Tier(BigDecimal atLeast, BigDecimal points) {}

    /** flag: points when the evidence is true (or equals {@code equals}). */
    static final class Flag extends BuiltInRule {

        Flag() {
            super("flag", Parameters::bind, "evidence", "points", "equals");
        }

        /**
         * The parameters of one use.
         *
         * @param evidence  the evidence key
         * @param points    the points when it fires
         * @param equals    the value the evidence must equal (text, number, boolean), or null for "is true"
         * @param wording   the explanations' wording
         */
        record Parameters(String evidence, BigDecimal points, Object equals, Wording wording) implements Bound {
            static Parameters bind(RuleSpec spec) {
                Object equals = spec.getParameters().get("equals");
                if (equals != null && !(equals instanceof String || equals instanceof Boolean
                        || equals instanceof BigDecimal)) {
                    throw new RuleParameterException("equals", "equals must be a text, number or boolean - but was: "
                            + equals);
                }
                return new Parameters(Params.string(spec, "evidence", true), Params.nonNegative(spec, "points", true),
                        equals, Wording.of(spec));
            }

            @Override
            public PreparedRule prepared() {
                String label = wording.label();
                String labelEn = wording.labelEn();
                String p = Params.fmt(points);
                return PreparedRule.of(List.of(evidence), points, input -> {
                    boolean fired;
                    String shown;
                    if (equals == null) {
                        fired = input.getBoolean(evidence);
                        shown = "";
                    } else {
                        Object v = input.get(evidence);
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
    }

    /** threshold: atLeast → points, atMost → points, or tiers taking the highest reached. */
    static final class Threshold extends BuiltInRule {

        Threshold() {
            super("threshold", Parameters::bind, "evidence", "atLeast", "atMost", "points", "tiers", "unit");
        }

        /**
         * The parameters of one use: either {@code tiers}, or one bound with its points.
         *
         * @param evidence  the evidence key
         * @param tiers     the tiers by ascending {@code atLeast}, or empty
         * @param atLeast   the lower bound (points when the value is at least that), or null
         * @param atMost    the upper bound (points when the value is at most that), or null
         * @param points    the points of a bound, or null with tiers
         * @param wording   the explanations' wording
         */
        record Parameters(String evidence, List<Tier> tiers, BigDecimal atLeast, BigDecimal atMost, BigDecimal points,
                Wording wording) implements Bound {
            static Parameters bind(RuleSpec spec) {
                String key = Params.string(spec, "evidence", true);
                Wording wording = Wording.of(spec);
                BigDecimal atLeast = Params.number(spec, "atLeast", false);
                BigDecimal atMost = Params.number(spec, "atMost", false);
                if (spec.getParameters().containsKey("tiers")) {
                    if (atLeast != null || atMost != null || spec.getParameters().containsKey("points")) {
                        throw new RuleParameterException("tiers", "tiers excludes atLeast, atMost and points");
                    }
                    return new Parameters(key, tiers(spec), null, null, null, wording);
                }
                if ((atLeast == null) == (atMost == null)) {
                    throw new RuleParameterException(atLeast == null ? "atLeast" : "atMost",
                            "threshold needs exactly one of atLeast, atMost or tiers");
                }
                return new Parameters(key, List.of(), atLeast, atMost, Params.nonNegative(spec, "points", true), wording);
            }

            /** Binds {@code tiers}: a non-empty list of {atLeast, points}, in any order, no two starting alike. */
            private static List<Tier> tiers(RuleSpec spec) {
                if (!(spec.getParameters().get("tiers") instanceof List<?> list) || list.isEmpty()) {
                    throw new RuleParameterException("tiers", "tiers must be a non-empty list of {atLeast, points}");
                }
                List<Tier> tiers = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    String at = "tiers[" + i + "]";
                    if (!(list.get(i) instanceof Map<?, ?> tier)) {
                        throw new RuleParameterException(at, "a tier must be {\"atLeast\": number, \"points\": number}"
                                + " - but was: " + list.get(i));
                    }
                    for (Object name : tier.keySet()) {
                        if (!name.equals("atLeast") && !name.equals("points")) {
                            throw new RuleParameterException(at + "." + name, "a tier has atLeast and points only"
                                    + " - unknown: " + name);
                        }
                    }
                    BigDecimal min = tierNumber(tier, at, "atLeast");
                    BigDecimal points = tierNumber(tier, at, "points");
                    if (points.signum() < 0) {
                        throw new RuleParameterException(at + ".points", "points must not be negative - but was: "
                                + Params.fmt(points));
                    }
                    for (int j = 0; j < i; j++) {
                        if (min.compareTo(tiers.get(j).atLeast()) == 0) {
                            throw new RuleParameterException(at + ".atLeast", "two tiers start at atLeast "
                                    + Params.fmt(min) + " (tiers[" + j + "] and tiers[" + i + "])");
                        }
                    }
                    tiers.add(new Tier(min, points));
                }
                // tiers may be written in any order: the highest one reached counts
                tiers.sort(Comparator.comparing(Tier::atLeast));
                return List.copyOf(tiers);
            }

            private static BigDecimal tierNumber(Map<?, ?> tier, String at, String name) {
                Object v = tier.get(name);
                if (v == null) {
                    throw new RuleParameterException(at + "." + name, "a tier requires " + name);
                }
                if (!(v instanceof BigDecimal d)) {
                    throw new RuleParameterException(at + "." + name, name + " must be a number - but was: " + v);
                }
                return d;
            }

            @Override
            public PreparedRule prepared() {
                if (!tiers.isEmpty()) {
                    int n = tiers.size();
                    BigDecimal[] mins = new BigDecimal[n];
                    BigDecimal[] pts = new BigDecimal[n];
                    BigDecimal max = BigDecimal.ZERO;
                    for (int i = 0; i < n; i++) {
                        mins[i] = tiers.get(i).atLeast();
                        pts[i] = tiers.get(i).points();
                        max = max.max(pts[i]);
                    }
                    return PreparedRule.of(List.of(evidence), max, input -> {
                        BigDecimal v = input.getNumber(evidence);
                        int reached = -1;
                        for (int i = 0; i < n; i++) {
                            if (v.compareTo(mins[i]) >= 0) {
                                reached = i;
                            }
                        }
                        if (reached < 0) {
                            return RuleScore.lazy(BigDecimal.ZERO, () -> wording.zh(v) + "，未达最低档 " + Params.fmt(mins[0]) + " → 0", () ->
                                    wording.en(v) + " below the lowest tier " + Params.fmt(mins[0]) + " → 0");
                        }
                        int tier = reached;
                        return RuleScore.lazy(pts[tier], () -> wording.zh(v) + "，达到 ≥" + Params.fmt(mins[tier]) + " 档 → " + Params.fmt(pts[tier]), () ->
                                wording.en(v) + " reaches tier ≥ " + Params.fmt(mins[tier]) + " → " + Params.fmt(pts[tier]));
                    });
                }
                String p = Params.fmt(points);
                boolean up = atLeast != null;
                BigDecimal bound = up ? atLeast : atMost;
                String b = Params.fmt(bound);
                return PreparedRule.of(List.of(evidence), points, input -> {
                    BigDecimal v = input.getNumber(evidence);
                    int c = v.compareTo(bound);
                    boolean fired = up ? c >= 0 : c <= 0;
                    if (fired) {
                        String op = up ? " ≥ " : " ≤ ";
                        return RuleScore.lazy(points, () -> wording.zh(v) + op + b + " +" + p, () -> wording.en(v) + op + b + " +" + p);
                    }
                    String op = up ? " < " : " > ";
                    return RuleScore.lazy(BigDecimal.ZERO, () -> wording.zh(v) + op + b + " → 0", () -> wording.en(v) + op + b + " → 0");
                });
            }
        }
    }

    /** linear: value × pointsPerUnit, capped at maxPoints. */
    static final class Linear extends BuiltInRule {

        Linear() {
            super("linear", Parameters::bind, "evidence", "pointsPerUnit", "maxPoints", "unit");
        }

        /**
         * The parameters of one use.
         *
         * @param evidence       the evidence key
         * @param pointsPerUnit  the points per unit of the evidence, not negative
         * @param maxPoints      the cap, not negative
         * @param wording        the explanations' wording
         */
        record Parameters(String evidence, BigDecimal pointsPerUnit, BigDecimal maxPoints, Wording wording) implements Bound {
            static Parameters bind(RuleSpec spec) {
                return new Parameters(Params.string(spec, "evidence", true),
                        Params.nonNegative(spec, "pointsPerUnit", true), Params.nonNegative(spec, "maxPoints", true),
                        Wording.of(spec));
            }

            @Override
            public PreparedRule prepared() {
                String ps = Params.fmt(pointsPerUnit);
                String ms = Params.fmt(maxPoints);
                return PreparedRule.of(List.of(evidence), maxPoints, input -> {
                    BigDecimal v = input.getNumber(evidence);
                    BigDecimal points = Params.norm(v.multiply(pointsPerUnit).min(maxPoints));
                    return RuleScore.lazy(points,
                            () -> wording.zh(v) + " × " + ps + " 分，上限 " + ms + " → " + Params.fmt(points),
                            () -> wording.en(v) + " × " + ps + " point" + (pointsPerUnit.compareTo(BigDecimal.ONE) == 0 ? "" : "s")
                                    + ", cap " + ms + " → " + Params.fmt(points));
                });
            }
        }
    }

    /** ratio: evidence / per ≥ atLeast → points; a zero or negative denominator reaches nothing. */
    static final class Ratio extends BuiltInRule {

        Ratio() {
            super("ratio", Parameters::bind, "evidence", "per", "atLeast", "points");
        }

        /**
         * The parameters of one use.
         *
         * @param evidence  the evidence key of the numerator
         * @param per       the evidence key of the denominator
         * @param atLeast   the ratio that gives the points
         * @param points    the points, not negative
         * @param wording   the explanations' wording
         */
        record Parameters(String evidence, String per, BigDecimal atLeast, BigDecimal points, Wording wording) implements Bound {
            static Parameters bind(RuleSpec spec) {
                return new Parameters(Params.string(spec, "evidence", true), Params.string(spec, "per", true),
                        Params.number(spec, "atLeast", true), Params.nonNegative(spec, "points", true),
                        Wording.of(spec));
            }

            @Override
            public PreparedRule prepared() {
                String label = wording.label();
                String labelEn = wording.labelEn();
                String p = Params.fmt(points);
                String a = Params.fmt(atLeast);
                List<String> keys = per.equals(evidence) ? List.of(evidence) : List.of(evidence, per);
                return PreparedRule.of(keys, points, input -> {
                    BigDecimal num = input.getNumber(evidence);
                    BigDecimal den = input.getNumber(per);
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
    }

    private static String head(String label, BigDecimal num, BigDecimal den) {
        return label + " " + Params.fmt(num) + " / " + Params.fmt(den);
    }

    /** The ratio shown with 4 decimals, rounded towards the side of the decision so the text never contradicts it. */
    private static String ratio(BigDecimal num, BigDecimal den, boolean fired) {
        return Params.fmt(num.divide(den, 4, fired ? RoundingMode.CEILING : RoundingMode.FLOOR));
    }
}
