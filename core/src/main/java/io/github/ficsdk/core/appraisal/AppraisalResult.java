package io.github.ficsdk.core.appraisal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.validation.SafeText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The appraisal of one subject against one scheme for one period: points per rule with
 * explanations, dimension subtotals, bonus, total, grade, fired vetoes, eligibility, the
 * recommendation when the scheme makes one, and the evidence used with the records behind it.
 *
 * <pre>{@code
 * AppraisalResult r = appraiser.appraise(scheme, ReportingPeriod.parse("2017"), evidence);
 * r.getTotal();   // 87
 * r.getGrade();   // "GOOD"
 * r.toJson();     // {"subject":"C0001","scheme":"FOUR_GOOD_CHAMBER","version":"2017","period":"2017","eligible":true,"dimensions":[…],"bonus":5,"total":87,"grade":"GOOD","vetoes":[],…}
 * }</pre>
 *
 * <p>The JSON shape is that of the {@code appraise} command of the data model:
 * {@code {"subject", "scheme", "version", "period", "eligible", "ineligibleReasons", "dimensions": [{"code", "name", "points", "maxPoints", "rules": [{"rule", "points", "maxPoints", "explanation", "explanationEn"}]}],
 * "bonus", "bonusRules", "total", "grade", "vetoes": [reason…], "recommendation", "recommendationReasons", "evidence": {key: value}, "sources": {key: [id…]}}};
 * {@code recommendation} only when the scheme has recommendations. A subject that is not eligible
 * has grade {@value #NOT_ELIGIBLE}, no dimensions and a total of 0.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class AppraisalResult {

    /** The grade of a subject that did not pass an eligibility gate. */
    public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The evidence behind a result, turned into maps when first asked for; equal when the maps are. */
    static final class Evidence {
        private final EvidenceRecord record;
        private final List<String> keys;
        private Map<String, Object> values;
        private Map<String, List<String>> sources;

        Evidence(EvidenceRecord record, List<String> keys) {
            this.record = record;
            this.keys = keys;
        }

        Map<String, Object> values() {
            Map<String, Object> map = values;
            if (map == null) {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                for (String key : keys) {
                    Object v = record.value(key);
                    if (v != null) {
                        m.put(key, v);
                    }
                }
                map = java.util.Collections.unmodifiableMap(m);
                values = map;
            }
            return map;
        }

        Map<String, List<String>> sources() {
            Map<String, List<String>> map = sources;
            if (map == null) {
                Map<String, List<String>> m = new java.util.LinkedHashMap<>();
                for (String key : keys) {
                    List<String> ids = record.getSources(key);
                    if (!ids.isEmpty()) {
                        m.put(key, ids);
                    }
                }
                map = java.util.Collections.unmodifiableMap(m);
                sources = map;
            }
            return map;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Evidence e && values().equals(e.values()) && sources().equals(e.sources());
        }

        @Override
        public int hashCode() {
            return Objects.hash(values(), sources());
        }
    }

    AppraisalResult() {}

    /**
     * Returns the subject id.
     *
     * @return the subject, never null
     */
    public abstract String getSubject();

    /**
     * Returns the scheme id.
     *
     * @return the scheme id, never null
     */
    public abstract String getScheme();

    /**
     * Returns the scheme version.
     *
     * @return the version, never null
     */
    public abstract String getVersion();

    /**
     * Returns the reporting period, such as {@code 2017}.
     *
     * @return the period text, never null
     */
    public abstract String getPeriod();

    /**
     * Returns whether the subject passed every eligibility gate.
     *
     * @return true when eligible
     */
    public boolean isEligible() {
        return getIneligibleReasons().isEmpty();
    }

    /**
     * Returns the reasons of the gates the subject did not pass.
     *
     * @return the reasons, empty when eligible, never null
     */
    public abstract List<String> getIneligibleReasons();

    /**
     * Returns the dimension subtotals, in scheme order.
     *
     * @return the dimensions, empty when not eligible, never null
     */
    public abstract List<DimensionResult> getDimensions();

    /**
     * Returns the capped bonus.
     *
     * @return the bonus points, never null
     */
    public abstract BigDecimal getBonus();

    /**
     * Returns the bonus rules' points.
     *
     * @return the rules, never null
     */
    public abstract List<RuleResult> getBonusRules();

    /**
     * Returns the total: dimension subtotals plus bonus.
     *
     * @return the total, never null
     */
    public abstract BigDecimal getTotal();

    /**
     * Returns the grade: {@code FAIL} when a veto fired, {@value #NOT_ELIGIBLE} when not eligible,
     * else the first band whose {@code minPoints} is at most the total.
     *
     * @return the grade, never null
     */
    public abstract String getGrade();

    /**
     * Returns the reasons of the vetoes that fired.
     *
     * @return the reasons, never null
     */
    public abstract List<String> getVetoes();

    /**
     * Returns the recommendation, such as {@code RECTIFY}.
     *
     * @return the recommendation, empty when the scheme makes none or the subject is not eligible
     */
    public abstract Optional<String> getRecommendation();

    /**
     * Returns the reasons of the conditions that gave the recommendation.
     *
     * @return the reasons, never null
     */
    public abstract List<String> getRecommendationReasons();

    /**
     * Returns the evidence values the rules read, by key.
     *
     * @return the values, never null
     */
    public Map<String, Object> getEvidence() {
        return evidence().values();
    }

    /**
     * Returns the ids of the records behind the evidence, by key (keys without known sources are left out).
     *
     * @return the sources, never null
     */
    public Map<String, List<String>> getSources() {
        return evidence().sources();
    }

    /**
     * Returns the evidence behind the result.
     *
     * @return the evidence, never null
     */
    abstract Evidence evidence();

    /**
     * Returns the result as a JSON tree in the shape of the {@code appraise} command.
     *
     * <p>It is an output for others to read, so personal data is masked with
     * {@link SafeText#mask(String)}: the record ids under {@code sources} (a member may be a person
     * whose id is an ID-card number), the evidence keys and text values, and the reasons, names and
     * explanations. The {@code subject} is the id of the chamber or federation as given, the key to
     * join results with their records. The getters return everything as it is.
     *
     * @return a new tree, never null
     */
    private ObjectNode toJsonNode() {
        ObjectNode o = NODES.objectNode();
        o.put("subject", getSubject()).put("scheme", SafeText.mask(getScheme())).put("version", SafeText.mask(getVersion()))
                .put("period", getPeriod());
        o.put("eligible", isEligible());
        if (!isEligible()) {
            ArrayNode a = o.putArray("ineligibleReasons");
            getIneligibleReasons().forEach(x -> a.add(SafeText.mask(x)));
        }
        ArrayNode dims = o.putArray("dimensions");
        for (DimensionResult d : getDimensions()) {
            ObjectNode dn = dims.addObject().put("code", SafeText.mask(d.getCode())).put("name", SafeText.mask(d.getName()))
                    .put("points", d.getPoints())
                    .put("maxPoints", d.getMaxPoints());
            rules(dn.putArray("rules"), d.getRules());
        }
        o.put("bonus", getBonus());
        rules(o.putArray("bonusRules"), getBonusRules());
        o.put("total", getTotal()).put("grade", getGrade());
        ArrayNode v = o.putArray("vetoes");
        getVetoes().forEach(x -> v.add(SafeText.mask(x)));
        getRecommendation().ifPresent(recommendation -> {
            o.put("recommendation", recommendation);
            ArrayNode r = o.putArray("recommendationReasons");
            getRecommendationReasons().forEach(x -> r.add(SafeText.mask(x)));
        });
        ObjectNode ev = o.putObject("evidence");
        getEvidence().forEach((k, x) -> ev.set(SafeText.mask(k),
                SchemeJson.node(x instanceof String s ? SafeText.mask(s) : x)));
        ObjectNode src = o.putObject("sources");
        getSources().forEach((k, ids) -> {
            ArrayNode a = src.putArray(SafeText.mask(k));
            ids.forEach(id -> a.add(SafeText.mask(id)));
        });
        return o;
    }

    private static void rules(ArrayNode array, List<RuleResult> rules) {
        for (RuleResult r : rules) {
            array.addObject().put("rule", r.rule()).put("points", r.getPoints()).put("maxPoints", r.maxPoints())
                    .put("explanation", r.getExplanation()).put("explanationEn", r.getExplanationEn());
        }
    }

    /**
     * Returns the result as one line of JSON in the shape of the {@code appraise} command, with
     * the {@linkplain io.github.ficsdk.core.io.FicJson#displayEscapes() escapes of JSON for people}.
     * No Jackson type is part of the API: read the text with any JSON library.
     *
     * <p>It is an output for others to read, so personal data is masked with
     * {@link SafeText#mask(String)}: the record ids under {@code sources}, the evidence keys and
     * text values, and the reasons, names and explanations. The {@code subject} is the id of the
     * chamber or federation as given. The getters return everything as it is.
     *
     * @return the JSON text, never null
     */
    public String toJson() {
        try {
            return SchemeJson.MAPPER.writer().with(io.github.ficsdk.core.io.FicJson.displayEscapes())
                    .writeValueAsString(toJsonNode());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}, from the subject, scheme, period,
     * total and grade only (no explanation is built).
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(getSubject(), getScheme(), getVersion(), getPeriod(), getTotal(), getGrade());
    }

    /**
     * Returns a one-line summary for logs, such as {@code C0001 FOUR_GOOD_CHAMBER@2017 2017: 87 GOOD},
     * made safe to print with {@link SafeText#forDisplay(String)}.
     *
     * @return the summary, never null
     */
    @Override
    public String toString() {
        return SafeText.forDisplay(getSubject() + " " + getScheme() + "@" + getVersion() + " " + getPeriod() + ": "
                + getTotal() + " " + getGrade() + (getVetoes().isEmpty() ? "" : " vetoes " + getVetoes()));
    }
}
