package io.github.ficsdk.core.appraisal.internal;

import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.scheme.Dimension;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.PreparedRule;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.appraisal.spi.ScoringRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A scheme with every rule prepared by the rules of a registry: what the appraiser runs, and what
 * {@link RuleRegistry#check(Scheme)} builds to check a scheme. Internal: not part of the API.
 */
public final class CompiledScheme {

    /**
     * One prepared rule and where it sits.
     *
     * @param ruleId     the rule id
     * @param path       the rule's place in the scheme by index, such as {@code dimensions[0].rules[1]}
     * @param section    the section of the scheme, such as {@code dimensions[SERVICE]}
     * @param rule       the prepared rule
     * @param max        the rule's cap, as the rule declared it when prepared
     * @param ifMissing  the value standing in for absent evidence, or null
     * @param keys       the evidence keys the rule reads
     * @param spec       the use of the rule in the scheme
     * @param builtIn    whether the rule is a built-in (trusted, not timed)
     */
    public record Slot(String ruleId, String path, String section, PreparedRule rule, BigDecimal max, Object ifMissing,
            List<String> keys, RuleSpec spec, boolean builtIn) {
        /**
         * Returns the failure of this rule for a subject, at this slot's path, with the message
         * {@code "<subject>: rule <id> in <section><detail>"}.
         *
         * @param problemCode  the code, such as {@code RULE_FAILED}
         * @param subject      the subject id as it goes into the message
         * @param evidenceKey  the evidence key at fault, or null
         * @param detail       the rest of the message, such as {@code " returned null: …"}
         * @param cause        the cause, or null
         * @return the exception to throw
         */
        public AppraisalException failure(String problemCode, String subject, String evidenceKey, String detail,
                Throwable cause) {
            return new AppraisalException(problemCode, path, subject, ruleId, section, evidenceKey,
                    subject + ": rule " + ruleId + " in " + section + detail, cause);
        }
    }

    /** The scheme. */
    public final Scheme scheme;
    /** The eligibility gates, in scheme order. */
    public final List<Slot> gates;
    /** The rules of each dimension, in scheme order. */
    public final List<List<Slot>> dimensions;
    /** The bonus rules. */
    public final List<Slot> bonus;
    /** The vetoes, in scheme order. */
    public final List<Slot> vetoes;
    /** The recommendation conditions, null for one without rule. */
    public final List<Slot> recommendations;
    /** Every evidence key a rule reads, in scheme order, without repeats. */
    public final List<String> evidenceKeys;
    /** Whether a rule is a plug-in (its calls then run under the appraiser's rule timeout). */
    public final boolean hasPlugins;

    private CompiledScheme(Scheme scheme, List<Slot> gates, List<List<Slot>> dimensions, List<Slot> bonus,
            List<Slot> vetoes, List<Slot> recommendations) {
        this.scheme = scheme;
        this.gates = gates;
        this.dimensions = dimensions;
        this.bonus = bonus;
        this.vetoes = vetoes;
        this.recommendations = recommendations;
        Set<String> keys = new LinkedHashSet<>();
        gates.forEach(s -> keys.addAll(s.keys()));
        dimensions.forEach(d -> d.forEach(s -> keys.addAll(s.keys())));
        bonus.forEach(s -> keys.addAll(s.keys()));
        vetoes.forEach(s -> keys.addAll(s.keys()));
        recommendations.forEach(s -> {
            if (s != null) {
                keys.addAll(s.keys());
            }
        });
        this.evidenceKeys = List.copyOf(keys);
        boolean plugins = gates.stream().anyMatch(s -> !s.builtIn()) || bonus.stream().anyMatch(s -> !s.builtIn())
                || vetoes.stream().anyMatch(s -> !s.builtIn())
                || dimensions.stream().anyMatch(d -> d.stream().anyMatch(s -> !s.builtIn()))
                || recommendations.stream().anyMatch(s -> s != null && !s.builtIn());
        this.hasPlugins = plugins;
    }

    /**
     * Prepares every rule of a scheme: known id, accepted parameters, parameters the rule accepts.
     *
     * @param scheme    the scheme
     * @param registry  the rules known
     * @return the compiled scheme
     * @throws SchemeLoadException naming the path of the first problem, such as
     *         {@code dimensions[0].rules[1].rule} ({@code UNKNOWN_RULE})
     */
    public static CompiledScheme compile(Scheme scheme, RuleRegistry registry) {
        List<Slot> gates = new ArrayList<>();
        for (int i = 0; i < scheme.getEligibility().size(); i++) {
            gates.add(slot(registry, scheme.getEligibility().get(i).getSpec(), "eligibility[" + i + "]",
                    "eligibility[" + i + "]", true));
        }
        List<List<Slot>> dims = new ArrayList<>();
        for (int i = 0; i < scheme.getDimensions().size(); i++) {
            Dimension d = scheme.getDimensions().get(i);
            List<Slot> slots = new ArrayList<>();
            for (int j = 0; j < d.getRules().size(); j++) {
                slots.add(slot(registry, d.getRules().get(j), "dimensions[" + i + "].rules[" + j + "]",
                        "dimensions[" + d.getCode() + "]", false));
            }
            dims.add(slots);
        }
        List<Slot> bonus = new ArrayList<>();
        if (scheme.getBonus().isPresent()) {
            List<RuleSpec> specs = scheme.getBonus().get().getRules();
            for (int j = 0; j < specs.size(); j++) {
                bonus.add(slot(registry, specs.get(j), "bonus.rules[" + j + "]", "bonus", false));
            }
        }
        List<Slot> vetoes = new ArrayList<>();
        for (int i = 0; i < scheme.getVetoes().size(); i++) {
            vetoes.add(slot(registry, scheme.getVetoes().get(i).getSpec(), "vetoes[" + i + "]", "vetoes[" + i + "]",
                    true));
        }
        List<Slot> recs = new ArrayList<>();
        for (int i = 0; i < scheme.getRecommendations().size(); i++) {
            Optional<RuleSpec> spec = scheme.getRecommendations().get(i).getSpec();
            recs.add(spec.isEmpty() ? null : slot(registry, spec.get(), "recommendations[" + i + "]",
                    "recommendations[" + i + "]", true));
        }
        return new CompiledScheme(scheme, gates, dims, bonus, vetoes, recs);
    }

    /** The providers that failed to load, for the message of an unknown rule. */
    private static String failures(RuleRegistry registry) {
        if (registry.getFailedProviders().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("; plug-in rules that failed to load: ");
        String sep = "";
        for (Map.Entry<String, String> f : registry.getFailedProviders().entrySet()) {
            out.append(sep).append(Shown.text(f.getKey())).append(" (").append(f.getValue()).append(')');
            sep = ", ";
        }
        return out.toString();
    }

    private static Slot slot(RuleRegistry registry, RuleSpec spec, String path, String section,
            boolean pointsOptional) {
        ScoringRule rule = registry.find(spec.getRule()).orElse(null);
        if (rule == null) {
            throw new SchemeLoadException(path + ".rule", "UNKNOWN_RULE", "rule " + Shown.text(spec.getRule())
                    + " is not registered - registered: " + String.join(", ", registry.getIds())
                    + failures(registry));
        }
        Set<String> accepted = rule.getParameters();
        for (String name : spec.getParameters().keySet()) {
            if (!accepted.contains(name) && !RuleSpec.COMMON_PARAMETERS.contains(name)) {
                throw new SchemeLoadException(path + "." + name, "UNKNOWN_PARAMETER", "rule " + spec.getRule()
                        + " does not accept parameter " + name + " - accepted: " + String.join(", ", new java.util.TreeSet<>(accepted))
                        + " (and " + String.join(", ", new java.util.TreeSet<>(RuleSpec.COMMON_PARAMETERS)) + ")");
            }
        }
        RuleSpec prepared = spec;
        if (pointsOptional && accepted.contains("points") && !spec.getParameters().containsKey("points")
                && !spec.getParameters().containsKey("tiers")) {
            prepared = RuleSpec.builder().from(spec).putParameter("points", BigDecimal.ONE).build();
        }
        PreparedRule p;
        try {
            p = Objects.requireNonNull(rule.prepare(prepared), "prepare returned null");
        } catch (RuleParameterException e) {
            throw new SchemeLoadException(path + "." + e.getProblemPath(), e.getProblemCode(),
                    "rule " + spec.getRule() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            throw new SchemeLoadException(path, "INVALID_PARAMETER", "rule " + spec.getRule() + ": " + e);
        }
        BigDecimal max = p.getMaxPoints();
        if (max == null || max.signum() < 0) {
            throw new SchemeLoadException(path, "INVALID_PARAMETER",
                    "rule " + spec.getRule() + " declares a cap that is null or negative: " + max);
        }
        return new Slot(spec.getRule(), path, section, p, max, spec.getParameters().get("ifMissing"),
                List.copyOf(p.getEvidenceKeys()), spec, BuiltInRules.isBuiltIn(rule));
    }
}
