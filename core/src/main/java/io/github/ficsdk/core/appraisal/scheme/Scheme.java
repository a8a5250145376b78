package io.github.ficsdk.core.appraisal.scheme;

import io.github.ficsdk.core.appraisal.internal.SchemeChecks;
import io.github.ficsdk.core.appraisal.internal.SchemeJson;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.io.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
@Value.Immutable
public abstract class Scheme {

    /**
     * The largest scheme document read by default: 1 MiB (1,048,576 bytes). The reference schemes
     * are a few kilobytes; a larger limit can be given to {@link #read(Path, RuleRegistry, int)}
     * and {@link #read(InputStream, RuleRegistry, int)}.
     */
    public static final int MAX_DOCUMENT_BYTES = 1 << 20;

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
     * @param json  the JSON document, not null; a leading byte order mark (U+FEFF) is skipped
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is malformed, has unknown or missing properties,
     *         a wrong structure, an unknown rule or a parameter a rule does not accept; names the JSON path;
     *         {@code DOCUMENT_TOO_LARGE} when it is longer than {@link #MAX_DOCUMENT_BYTES} in UTF-8
     */
    public static Scheme parse(String json) {
        return parse(json, RuleRegistry.standard());
    }

    /**
     * Reads a scheme document, checking its rules against a registry.
     *
     * @param json      the JSON document, not null; a leading byte order mark (U+FEFF) is skipped
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path;
     *         {@code DOCUMENT_TOO_LARGE} when it is longer than {@link #MAX_DOCUMENT_BYTES} in UTF-8
     */
    public static Scheme parse(String json, RuleRegistry registry) {
        long bytes = json.length() <= MAX_DOCUMENT_BYTES / 3 ? json.length() : utf8Length(json);
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw tooLarge("the scheme document", bytes, MAX_DOCUMENT_BYTES);
        }
        return parseChecked(json, registry);
    }

    private static Scheme parseChecked(String json, RuleRegistry registry) {
        Scheme scheme = SchemeJson.read(json.startsWith("\uFEFF") ? json.substring(1) : json);
        registry.check(scheme);
        return scheme;
    }

    /**
     * Reads a scheme document from a UTF-8 stream (not closed), checking its rules against a
     * registry; at most {@link #MAX_DOCUMENT_BYTES} bytes are read.
     *
     * @param in        the stream, not null; a leading UTF-8 byte order mark is skipped
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path;
     *         {@code DOCUMENT_TOO_LARGE} when the stream holds more than {@link #MAX_DOCUMENT_BYTES} bytes
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Scheme read(InputStream in, RuleRegistry registry) {
        return read(in, registry, MAX_DOCUMENT_BYTES);
    }

    /**
     * Reads a scheme document of at most a given size from a UTF-8 stream (not closed), checking
     * its rules against a registry. No more than {@code maxBytes + 1} bytes are ever read, so a
     * huge or endless stream is refused before anything is parsed.
     *
     * @param in        the stream, not null; a leading UTF-8 byte order mark is skipped
     * @param registry  the rules known, not null
     * @param maxBytes  the largest document accepted, in bytes, positive
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path;
     *         {@code DOCUMENT_TOO_LARGE} (at the empty path) when the stream holds more than {@code maxBytes} bytes
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     * @throws UncheckedIOException if the stream cannot be read
     */
    public static Scheme read(InputStream in, RuleRegistry registry, int maxBytes) {
        return read(in, "the scheme document", registry, maxBytes);
    }

    /**
     * Reads a scheme document from a file, checking its rules against a registry; a file larger
     * than {@link #MAX_DOCUMENT_BYTES} is refused unread.
     *
     * @param file      the file, not null; a leading UTF-8 byte order mark is skipped
     * @param registry  the rules known, not null
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path; {@code DOCUMENT_TOO_LARGE}
     *         naming the file, its size and the limit
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Scheme read(Path file, RuleRegistry registry) {
        return read(file, registry, MAX_DOCUMENT_BYTES);
    }

    /**
     * Reads a scheme document of at most a given size from a file, checking its rules against a
     * registry; a larger file is refused before it is read.
     *
     * @param file      the file, not null; a leading UTF-8 byte order mark is skipped
     * @param registry  the rules known, not null
     * @param maxBytes  the largest document accepted, in bytes, positive
     * @return the scheme, never null
     * @throws SchemeLoadException if the document is rejected; names the JSON path; {@code DOCUMENT_TOO_LARGE}
     *         (at the empty path) naming the file, its size and the limit
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     * @throws UncheckedIOException if the file cannot be read
     */
    public static Scheme read(Path file, RuleRegistry registry, int maxBytes) {
        positive(maxBytes);
        String name = String.valueOf(file.getFileName());
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw tooLarge(name, size, maxBytes);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, name, registry, maxBytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
    }

    private static Scheme read(InputStream in, String name, RuleRegistry registry, int maxBytes) {
        positive(maxBytes);
        try {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(name, -1, maxBytes);
            }
            int start = TextEncoding.utf8BomLength(bytes, 0, bytes.length);
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                        .decode(java.nio.ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new SchemeLoadException("", "INVALID_UTF8", "the scheme document is not well-formed UTF-8");
            }
            return parseChecked(json, registry);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void positive(int maxBytes) {
        if (maxBytes < 1 || maxBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxBytes must be positive and below " + Integer.MAX_VALUE
                    + " - but was: " + maxBytes);
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    private static SchemeLoadException tooLarge(String name, long size, int maxBytes) {
        return new SchemeLoadException("", "DOCUMENT_TOO_LARGE", name + (size < 0 ? " is more than "
                + maxBytes + " bytes" : " is " + size + " bytes") + ", more than the limit of " + maxBytes
                + " bytes for a scheme document; it was not read");
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
