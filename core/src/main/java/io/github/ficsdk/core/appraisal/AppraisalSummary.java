package io.github.ficsdk.core.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.core.org.OrganizationTree;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * The grade distribution of a set of results, per scheme (id and version) and, within a scheme,
 * per federation subtree: for every federation, the grades of the subjects in its subtree
 * (itself included).
 *
 * <pre>{@code
 * AppraisalSummary summary = AppraisalSummary.of(results, tree, federationIds);
 * summary.getSchemes().get(0).grades();                 // {EXCELLENT=12, FAIL=3, GOOD=30, NOT_ELIGIBLE=2, PASS=20}
 * summary.getSchemes().get(0).bySubtree().get("F330421"); // {GOOD=4, PASS=2}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AppraisalSummary {

    AppraisalSummary() {}

    /**
     * The distribution for one scheme version.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1
     */
    @Value.Immutable
    public abstract static class SchemeSummary {

        SchemeSummary() {}

        /**
         * Returns the summary, with grades and federation ids sorted by name.
         *
         * @param scheme     the scheme id, not null
         * @param version    the scheme version, not null
         * @param grades     the counts per grade, not null
         * @param bySubtree  the counts per federation subtree, not null
         * @return the summary, never null
         */
        public static SchemeSummary of(String scheme, String version, Map<String, Long> grades,
                Map<String, Map<String, Long>> bySubtree) {
            Map<String, Map<String, Long>> sorted = new TreeMap<>();
            bySubtree.forEach((k, v) -> sorted.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            return ImmutableSchemeSummary.builder().scheme(scheme).version(version).grades(new TreeMap<>(grades))
                    .bySubtree(sorted).build();
        }

        /**
         * Returns the scheme id.
         *
         * @return the scheme id, never null
         */
        public abstract String getScheme();

        /**
         * Returns the scheme version.
         *
         * @return the scheme version, never null
         */
        public abstract String getVersion();

        /**
         * Returns the number of subjects per grade, grades sorted by name.
         *
         * @return the number of subjects per grade, grades sorted by name, never null
         */
        public abstract Map<String, Long> getGrades();

        /**
         * Returns per federation id (sorted), the number of subjects of its subtree per grade.
         *
         * @return per federation id (sorted), the number of subjects of its subtree per grade, never null
         */
        public abstract Map<String, Map<String, Long>> getBySubtree();
    }

    /** A scheme and version, ordered by scheme id then version. */
    private record SchemeVersion(String scheme, String version) {
        static final Comparator<SchemeVersion> ORDER =
                Comparator.comparing(SchemeVersion::scheme).thenComparing(SchemeVersion::version);
    }

    /**
     * Summarizes results.
     *
     * @param results      the results, not null
     * @param tree         the organisation tree, not null
     * @param federations  the ids of the federations to give subtree counts for, not null
     * @return the summary, schemes sorted by id then version, never null
     */
    public static AppraisalSummary of(Collection<AppraisalResult> results, OrganizationTree tree, Set<String> federations) {
        Map<SchemeVersion, Map<String, Long>> grades = new TreeMap<>(SchemeVersion.ORDER);
        Map<SchemeVersion, Map<String, Map<String, Long>>> subtrees = new HashMap<>();
        for (AppraisalResult r : results) {
            SchemeVersion key = new SchemeVersion(r.getScheme(), r.getVersion());
            grades.computeIfAbsent(key, k -> new HashMap<>()).merge(r.getGrade(), 1L, Long::sum);
            Map<String, Map<String, Long>> bySubtree = subtrees.computeIfAbsent(key, k -> new HashMap<>());
            for (String ancestor : tree.getPathToRoot(r.getSubject())) {
                if (federations.contains(ancestor)) {
                    bySubtree.computeIfAbsent(ancestor, k -> new HashMap<>()).merge(r.getGrade(), 1L, Long::sum);
                }
            }
        }
        List<SchemeSummary> list = new ArrayList<>();
        grades.forEach((key, g) -> list.add(SchemeSummary.of(key.scheme(), key.version(), g,
                subtrees.getOrDefault(key, Map.of()))));
        return ImmutableAppraisalSummary.builder().schemes(list).build();
    }

    /**
     * Returns the distributions, one per scheme version.
     *
     * @return the summaries, never null
     */
    public abstract List<SchemeSummary> getSchemes();

    /**
     * Returns the summary as JSON:
     * {@code {"schemes": [{"scheme", "version", "grades": {grade: count}, "bySubtree": {federation: {grade: count}}}]}}.
     *
     * @return the JSON text, never null
     */
    public String toJson() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode o = nodes.objectNode();
        ArrayNode a = o.putArray("schemes");
        for (SchemeSummary s : getSchemes()) {
            ObjectNode sn = a.addObject().put("scheme", s.getScheme()).put("version", s.getVersion());
            ObjectNode g = sn.putObject("grades");
            s.getGrades().forEach(g::put);
            ObjectNode b = sn.putObject("bySubtree");
            s.getBySubtree().forEach((f, counts) -> {
                ObjectNode c = b.putObject(f);
                counts.forEach(c::put);
            });
        }
        try {
            return SchemeJson.MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
