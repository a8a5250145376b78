package io.github.ficsdk.core.appraisal;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A scheme with every rule prepared. Not API. */
final class CompiledScheme {

    /** One prepared rule and where it sits. */
    record Slot(String ruleId, String section, PreparedRule rule, Object ifMissing, List<String> keys, RuleSpec spec,
            boolean builtIn) {
        BigDecimal max() {
            return rule.getMaxPoints();
        }
    }

    final Scheme scheme;
    final List<Slot> gates;
    final List<List<Slot>> dimensions;
    final List<Slot> bonus;
    final List<Slot> vetoes;
    final List<Slot> recommendations;
    final List<String> evidenceKeys;
    /** Whether a rule is a plug-in (its calls then run under the appraiser's rule timeout). */
    final boolean hasPlugins;

    CompiledScheme(Scheme scheme, List<Slot> gates, List<List<Slot>> dimensions, List<Slot> bonus, List<Slot> vetoes,
            List<Slot> recommendations) {
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
}
