package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.ServicePlugins;
import io.github.ficsdk.core.appraisal.internal.BuiltInRules;
import io.github.ficsdk.core.appraisal.internal.CompiledScheme;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * The scoring rules known by id: the built-ins {@code flag}, {@code threshold}, {@code linear},
 * {@code ratio}, plug-ins found by {@link ServiceLoader}, and rules registered in code.
 *
 * <pre>{@code
 * RuleRegistry registry = RuleRegistry.standard().with(new StarRatingRule());
 * Scheme scheme = Scheme.parse(json, registry);
 * Appraiser appraiser = Appraiser.builder().registry(registry).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: {@link #with(ScoringRule...)} returns a new registry.
 *
 * @since 0.1
 */
public final class RuleRegistry {

    private static final RuleRegistry BUILT_INS = new RuleRegistry(Map.of(), Map.of()).withAll(BuiltInRules.all());

    private final Map<String, ScoringRule> rules;
    private final Map<String, String> failedProviders;

    private RuleRegistry(Map<String, ScoringRule> rules, Map<String, String> failedProviders) {
        this.rules = rules;
        this.failedProviders = failedProviders;
    }

    /**
     * Returns the registry of the four built-in rules.
     *
     * @return the registry, never null
     */
    public static RuleRegistry builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns the built-in rules plus the plug-ins found by {@link ServiceLoader} through the class
     * loader of this class. A plug-in that cannot be loaded (its class is missing, or its
     * constructor throws) does not stop the others: it is remembered in
     * {@link #getFailedProviders()}, and only a scheme that names a rule id that is not registered
     * fails ({@code UNKNOWN_RULE}, naming the providers that failed and their errors).
     *
     * @return the registry, never null
     * @throws IllegalStateException if two rules share an id
     */
    public static RuleRegistry standard() {
        return discovered(RuleRegistry.class.getClassLoader());
    }

    /**
     * Returns the built-in rules plus the plug-ins found by {@link ServiceLoader} through a class
     * loader; a plug-in that cannot be loaded is remembered, as in {@link #standard()}.
     *
     * @param loader  the class loader, not null
     * @return the registry, never null
     * @throws IllegalStateException if two rules share an id
     */
    public static RuleRegistry discovered(ClassLoader loader) {
        ServicePlugins<ScoringRule> loaded = ServicePlugins.load(ServiceLoader.load(ScoringRule.class, loader));
        try {
            RuleRegistry registry = BUILT_INS.withAll(loaded.getFound());
            return loaded.getFailed().isEmpty() ? registry : new RuleRegistry(registry.rules, loaded.getFailed());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * Returns this registry with more rules.
     *
     * @param more  the rules, not null
     * @return a new registry, never null
     * @throws IllegalArgumentException if an id is already registered
     */
    public RuleRegistry with(ScoringRule... more) {
        return withAll(List.of(more));
    }

    private RuleRegistry withAll(List<? extends ScoringRule> more) {
        Map<String, ScoringRule> map = new LinkedHashMap<>(rules);
        for (ScoringRule rule : more) {
            String id = Objects.requireNonNull(rule.getId(), "id");
            ScoringRule old = map.putIfAbsent(id, rule);
            if (old != null) {
                throw new IllegalArgumentException("rule id " + id + " is already registered by "
                        + old.getClass().getName() + " - cannot register " + rule.getClass().getName());
            }
        }
        return new RuleRegistry(Collections.unmodifiableMap(map), failedProviders);
    }

    /**
     * Returns the plug-in providers found by {@link ServiceLoader} that could not be loaded: the
     * class name of each (as listed in {@code META-INF/services}) and its error, such as
     * {@code java.lang.IllegalStateException: no licence file}.
     *
     * @return the failures in the order found, empty when every provider loaded; never null
     */
    public Map<String, String> getFailedProviders() {
        return failedProviders;
    }

    /**
     * Returns the rule of an id.
     *
     * @param id  the rule id, not null
     * @return the rule, empty when not registered
     */
    public Optional<ScoringRule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /**
     * Returns the ids registered, built-ins first.
     *
     * @return the ids, never null
     */
    public Set<String> getIds() {
        return rules.keySet();
    }

    /**
     * Checks every rule of a scheme: known id, accepted parameters, parameters the rule accepts.
     *
     * @param scheme  the scheme, not null
     * @throws SchemeLoadException naming the path of the first problem, such as
     *         {@code dimensions[0].rules[1].rule} ({@code UNKNOWN_RULE}),
     *         {@code vetoes[0].pointz} ({@code UNKNOWN_PARAMETER}) or
     *         {@code dimensions[0].rules[1].tiers[0].atLeast} ({@code INVALID_PARAMETER})
     */
    public void check(Scheme scheme) {
        CompiledScheme.compile(scheme, this);
    }
}
