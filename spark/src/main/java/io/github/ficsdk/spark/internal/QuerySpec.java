package io.github.ficsdk.spark.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.report.Breakdown;
import io.github.ficsdk.report.ReportAccumulator;
import io.github.ficsdk.report.ReportEngine;
import io.github.ficsdk.report.ReportQuery;
import io.github.ficsdk.validation.FicValidator;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;

/**
 * What an executor needs to make the zero of a report's partial result: the query (as plain
 * values) and the organisations, broadcast once as one JSON document written by {@code fic-core}'s
 * mapper (the organisation tree is small). The accumulator is made once per deserialized copy.
 */
public final class QuerySpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String period;
    private final String scope;
    private final String breakdown;
    private final ArrayList<String> indicators;
    private final boolean lastYear;
    private final boolean targets;
    private final boolean sources;
    private final Broadcast<byte[]> organizations;
    /** The validator's locale tag, or null for no Bean Validation. */
    private final String validatorLocale;
    private final int maxProblems;
    private final int maxLineLength;
    private transient ReportAccumulator zero;
    private transient FicValidator validator;

    private QuerySpec(ReportQuery query, Broadcast<byte[]> organizations, FicValidator validator, int maxProblems,
            int maxLineLength) {
        this.period = query.getPeriod().toString();
        this.scope = query.getScope();
        this.breakdown = query.getBreakdown().name();
        this.indicators = new ArrayList<>(query.getIndicators());
        this.lastYear = query.isCompareWithLastYear();
        this.targets = query.isCompareWithTargets();
        this.sources = query.isTrackSources();
        this.organizations = organizations;
        this.validatorLocale = validator == null ? null : validator.getLocale().toLanguageTag();
        this.maxProblems = maxProblems;
        this.maxLineLength = maxLineLength;
    }

    /**
     * Describes a query over organisations, broadcasting them.
     *
     * @param query          the query
     * @param organizations  the organisations (as checked: first definitions)
     * @param broadcaster    broadcasts the encoded organisations
     * @param validator      the validator of the records read, or null
     * @param maxProblems    the problems listed per file
     * @param maxLineLength  the longest line read
     * @return the description
     */
    public static QuerySpec of(ReportQuery query, ReportEngine.Organizations organizations,
            java.util.function.Function<byte[], Broadcast<byte[]>> broadcaster, FicValidator validator,
            int maxProblems, int maxLineLength) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("federations", organizations.getFederations());
        document.put("chambers", organizations.getChambers());
        document.put("partyOrganizations", organizations.getPartyOrganizations());
        document.put("targets", organizations.getTargets());
        byte[] bytes;
        try {
            bytes = FicJson.mapper().writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the organisations", e);
        }
        return new QuerySpec(query, broadcaster.apply(bytes), validator, maxProblems, maxLineLength);
    }

    /**
     * Returns the query.
     *
     * @return the query (threads 1: a task reads one range)
     */
    public ReportQuery query() {
        return ReportQuery.builder().period(ReportingPeriod.parse(period)).scope(scope)
                .breakdown(Breakdown.valueOf(breakdown)).indicators(indicators).compareWithLastYear(lastYear)
                .compareWithTargets(targets).trackSources(sources).threads(1).build();
    }

    /**
     * Returns a new empty accumulator of the query.
     *
     * @return the accumulator
     */
    public synchronized ReportAccumulator newAccumulator() {
        if (zero == null) {
            zero = ReportEngine.standard().accumulator(query(), organizations());
        }
        return zero.emptyCopy();
    }

    /**
     * Returns the organisations.
     *
     * @return the organisations decoded from the broadcast
     */
    public ReportEngine.Organizations organizations() {
        ObjectMapper mapper = FicJson.mapper();
        try {
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(organizations.value());
            return ReportEngine.Organizations.of(list(mapper, tree, "federations", Federation.class),
                    list(mapper, tree, "chambers", Chamber.class),
                    list(mapper, tree, "partyOrganizations", PartyOrganization.class),
                    list(mapper, tree, "targets", AnnualTarget.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode the organisations", e);
        }
    }

    private static <T> List<T> list(ObjectMapper mapper, com.fasterxml.jackson.databind.JsonNode tree, String name,
            Class<T> type) throws IOException {
        JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, type);
        return mapper.readerFor(listType).readValue(tree.get(name));
    }

    /** Removes the broadcast organisations from the executors and the driver, once the report is done. */
    public void release() {
        organizations.destroy();
    }

    /**
     * Returns the validator of the records read.
     *
     * @return the validator, or null for none
     */
    public synchronized FicValidator validator() {
        if (validator == null && validatorLocale != null) {
            validator = FicValidator.forLocale(Locale.forLanguageTag(validatorLocale));
        }
        return validator;
    }

    /**
     * Returns the number of problems listed per file.
     *
     * @return the number
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Returns the longest line read, in bytes.
     *
     * @return the length
     */
    public int maxLineLength() {
        return maxLineLength;
    }
}
