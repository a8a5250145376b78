package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.internal.SchemeChecks;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An appraisal scheme, such as {@code FOUR_GOOD_CHAMBER} version {@code 2017} (四好商会): versioned
 * data with eligibility gates, scored dimensions, one-vote vetoes, a capped bonus, grade bands and,
 * optionally, ordered recommendation conditions; read from the JSON document of the data model.
 *
 * <pre>{@code
 * Scheme scheme = Scheme.parse(Files.readString(Path.of("my-scheme.json")));
 * Scheme reference = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
 * String json = scheme.toJson();   // Scheme.parse(json) equals scheme
 * }</pre>
 *
 * <p>Construction checks the structure (grade bands descending and covering 0, unique dimension
 * codes, dimension caps adding up to {@code totalPoints} when declared, the default
 * recommendation last) and throws {@link SchemeLoadException} with the JSON path. Loading also
 * checks every rule against a {@link RuleRegistry}: unknown rule ids and parameters a rule does not
 * accept are rejected with the path of the offending property.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable(prehash = true)
public abstract class Scheme {

    Scheme() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a scheme document, checking its rules against the {@linkplain RuleRegistry#standard() standard registry}.
     *
     * @param json  the JSON document, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is malformed, has unknown or missing properties,
     *         a wrong structure, an unknown rule or a parameter a rule does not accept; names the JSON path
     */
    public static Scheme parse(String json) {
        return parse(json, RuleRegistry.standard());
    }

    /**
     * Reads a scheme document, checking its rules against a registry.
     *
     * @param json      the JSON document, not null
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path
     */
    public static Scheme parse(String json, RuleRegistry registry) {
        Scheme scheme = SchemeJson.read(json);
        registry.check(scheme);
        return scheme;
    }

    /**
     * Reads a scheme document from a UTF-8 stream (not closed), checking its rules against a registry.
     *
     * @param in        the stream, not null
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Scheme read(InputStream in, RuleRegistry registry) {
        try {
            byte[] bytes = in.readAllBytes();
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new SchemeLoadException("$", "INVALID_UTF8", "the scheme document is not well-formed UTF-8");
            }
            return parse(json, registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the id, such as {@code FOUR_GOOD_CHAMBER}; the versions of one scheme share it.
     *
     * @return the id, never null
     */
    public abstract String getId();

    /**
     * Returns the version, such as {@code 2017}.
     *
     * @return the version, never null
     */
    public abstract String getVersion();

    /**
     * Returns the name, such as {@code 四好商会}.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the kind of organisation appraised.
     *
     * @return the subject type, never null
     */
    public abstract SubjectType getSubject();

    /**
     * Returns a free note, such as "reference configuration to adapt, not an official scoring sheet".
     *
     * @return the note, empty when not given
     */
    public abstract Optional<String> getNote();

    /**
     * Returns the GB/T 2260 division code of the region the scheme applies to, such as
     * {@code 330000} (the province and everything below it) or {@code 330400}.
     *
     * @return the division code, empty for everywhere
     */
    public abstract Optional<String> getRegion();

    /**
     * Returns the first day the scheme applies.
     *
     * @return the day, empty for no lower bound
     */
    public abstract Optional<LocalDate> getValidFrom();

    /**
     * Returns the last day the scheme applies (inclusive).
     *
     * @return the day, empty for no upper bound
     */
    public abstract Optional<LocalDate> getValidTo();

    /**
     * Returns the declared total of the dimension caps, such as 100, which loading checks.
     *
     * @return the total, empty when not declared
     */
    public abstract Optional<BigDecimal> getTotalPoints();

    /**
     * Returns the eligibility gates, in document order.
     *
     * @return the gates, never null
     */
    public abstract List<EligibilityGate> getEligibility();

    /**
     * Returns the dimensions, in document order.
     *
     * @return the dimensions, never null
     */
    public abstract List<Dimension> getDimensions();

    /**
     * Returns the vetoes, in document order.
     *
     * @return the vetoes, never null
     */
    public abstract List<Veto> getVetoes();

    /**
     * Returns the bonus.
     *
     * @return the bonus, empty when the scheme has none
     */
    public abstract Optional<Bonus> getBonus();

    /**
     * Returns the grade bands, by descending {@code minPoints}, the last covering 0.
     *
     * @return the bands, never empty, never null
     */
    public abstract List<GradeBand> getGrades();

    /**
     * Returns the ordered recommendation conditions.
     *
     * @return the conditions, empty when the scheme makes no recommendation, never null
     */
    public abstract List<RecommendationRule> getRecommendations();

    /**
     * Returns the highest total possible: the dimension caps plus the bonus cap.
     *
     * @return the points, never null
     */
    public BigDecimal getMaxTotal() {
        BigDecimal sum = getBonus().map(Bonus::getMaxPoints).orElse(BigDecimal.ZERO);
        for (Dimension d : getDimensions()) {
            sum = sum.add(d.getMaxPoints());
        }
        return sum;
    }

    /**
     * Returns whether the scheme applies on a day ({@code validFrom} ≤ day ≤ {@code validTo}).
     *
     * @param day  the day, not null
     * @return true when within the validity
     */
    public boolean isValidOn(LocalDate day) {
        return getValidFrom().map(f -> !day.isBefore(f)).orElse(true)
                && getValidTo().map(t -> !day.isAfter(t)).orElse(true);
    }

    /**
     * Returns whether the scheme applies to a region: it has no region, or the region lies within
     * the scheme's ({@code 330421} lies within {@code 330000} and {@code 330400}).
     *
     * @param division  the GB/T 2260 division code of the subject, or null when unknown (then only
     *                  schemes without region apply)
     * @return true when it applies
     */
    public boolean appliesTo(String division) {
        return SchemeChecks.regionMatch(getRegion().orElse(null), division) >= 0;
    }

    /**
     * Returns the scheme as its JSON document; {@link #parse(String)} of it equals this scheme.
     *
     * @return the JSON text, never null
     */
    public String toJson() {
        return SchemeJson.write(this);
    }

    @Value.Check
    void check() {
        SchemeChecks.structure(this);
    }

    /**
     * Builds a {@link Scheme}; {@code from(scheme)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableScheme.Builder {
        Builder() {}
    }
}
