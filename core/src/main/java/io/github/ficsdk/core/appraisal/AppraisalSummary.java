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
public final class AppraisalSummary {

    /**
     * The distribution for one scheme version.
     *
     * <p>This class is immutable and thread-safe.
     *
     * @since 0.1
     */
    public static final class SchemeSummary {
        private final String scheme;
        private final String version;
        private final Map<String, Long> grades;
        private final Map<String, Map<String, Long>> bySubtree;


        /**
         * Creates the summary.
         *
         * @param scheme     the scheme id, not null
         * @param version    the scheme version, not null
         * @param grades     the counts per grade, not null
         * @param bySubtree  the counts per federation subtree, not null
         */
        public SchemeSummary(String scheme, String version, Map<String, Long> grades, Map<String, Map<String, Long>> bySubtree) {
            grades = Collections.unmodifiableMap(new TreeMap<>(grades));
            Map<String, Map<String, Long>> copy = new TreeMap<>();
            bySubtree.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
            bySubtree = Collections.unmodifiableMap(copy);
            this.scheme = scheme;
            this.version = version;
            this.grades = grades;
            this.bySubtree = bySubtree;
        }

        /**
         * Returns the scheme id.
         *
         * @return the scheme id, never null
         */
        public String getScheme() {
            return scheme;
        }

        /**
         * Returns the scheme version.
         *
         * @return the scheme version, never null
         */
        public String getVersion() {
            return version;
        }

        /**
         * Returns the number of subjects per grade, grades sorted by name.
         *
         * @return the number of subjects per grade, grades sorted by name, never null
         */
        public Map<String, Long> getGrades() {
            return grades;
        }

        /**
         * Returns per federation id (sorted), the number of subjects of its subtree per grade.
         *
         * @return per federation id (sorted), the number of subjects of its subtree per grade, never null
         */
        public Map<String, Map<String, Long>> getBySubtree() {
            return bySubtree;
        }

        /**
         * Compares every property.
         *
         * @param other  the other object, may be null
         * @return true if it is an equal value
         */
        @Override
        public boolean equals(Object other) {
            return other == this || other instanceof SchemeSummary o && java.util.Objects.equals(scheme, o.scheme) && java.util.Objects.equals(version, o.version) && java.util.Objects.equals(grades, o.grades) && java.util.Objects.equals(bySubtree, o.bySubtree);
        }

        /**
         * Returns a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return java.util.Objects.hash(scheme, version, grades, bySubtree);
        }

        /**
         * Returns the properties, for debugging.
         *
         * @return the text, never null
         */
        @Override
        public String toString() {
            return "SchemeSummary[scheme=" + scheme + ", version=" + version + ", grades=" + grades + ", bySubtree=" + bySubtree + "]";
        }
    }

    private final List<SchemeSummary> schemes;

    private AppraisalSummary(List<SchemeSummary> schemes) {
        this.schemes = schemes;
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
        grades.forEach((key, g) -> list.add(new SchemeSummary(key.scheme(), key.version(), g,
                subtrees.getOrDefault(key, Map.of()))));
        return new AppraisalSummary(Collections.unmodifiableList(list));
    }

    /**
     * Returns the distributions, one per scheme version.
     *
     * @return the summaries, never null
     */
    public List<SchemeSummary> getSchemes() {
        return schemes;
    }

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
        for (SchemeSummary s : schemes) {
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

    @Override
    public boolean equals(Object other) {
        return other instanceof AppraisalSummary s && schemes.equals(s.schemes);
    }

    @Override
    public int hashCode() {
        return schemes.hashCode();
    }

    @Override
    public String toString() {
        return schemes.toString();
    }
}
