package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.appraisal.internal.SchemeChecks;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A set of schemes to choose from, such as the reference schemes shipped with the SDK
 * ({@code FOUR_GOOD_CHAMBER} 四好商会, {@code FIVE_EXCELLENCE_COUNTY} 五优县级工商联,
 * {@code CHAMBER_CLEANUP} 清理规范整顿) plus a team's own; chooses the scheme for a subject type,
 * a day and a region in one call.
 *
 * <pre>{@code
 * Scheme four = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
 * Scheme zhejiang = Scheme.builder().from(four).version("2018-ZJ").region("330000")
 *         .validFrom(LocalDate.of(2018, 1, 1)).build();            // or Scheme.parse(json)
 * SchemeCatalog catalog = SchemeCatalog.reference().with(zhejiang);
 * catalog.select("FOUR_GOOD_CHAMBER", LocalDate.of(2018, 12, 31), "330421").orElseThrow().getVersion();   // "2018-ZJ"
 * catalog.select("FOUR_GOOD_CHAMBER", LocalDate.of(2018, 12, 31), "440100").orElseThrow().getVersion();   // "2017"
 * }</pre>
 *
 * <p>Schemes of different ids are different appraisals (四好商会 and the clean-up campaign both
 * appraise chambers), so choose by id; {@link #select(SubjectType, LocalDate, String)} chooses by
 * subject type only where one id applies.
 *
 * <p>The reference schemes are <b>reference configurations to adapt, not official scoring
 * sheets</b>: their points and thresholds are illustrative.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SchemeCatalog {

    /** The ids of the reference schemes, each a resource {@code <id>.json} next to this class. */
    public static final List<String> REFERENCE_IDS = List.of("FOUR_GOOD_CHAMBER", "FIVE_EXCELLENCE_COUNTY", "CHAMBER_CLEANUP",
            "COUNTY_ANNUAL_ASSESSMENT");

    private static final SchemeCatalog REFERENCE = loadReference();

    private final List<Scheme> schemes;

    private SchemeCatalog(List<Scheme> schemes) {
        this.schemes = schemes;
    }

    private static SchemeCatalog loadReference() {
        List<Scheme> list = new ArrayList<>();
        for (String id : REFERENCE_IDS) {
            try (InputStream in = SchemeCatalog.class.getResourceAsStream(id + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("reference scheme resource " + id + ".json is missing");
                }
                list.add(Scheme.read(in, RuleRegistry.builtIns()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new SchemeCatalog(List.copyOf(list));
    }

    /**
     * Returns the reference schemes.
     *
     * @return the catalog, never null
     */
    public static SchemeCatalog reference() {
        return REFERENCE;
    }

    /**
     * Returns a catalog of schemes.
     *
     * @param schemes  the schemes, not null
     * @return the catalog, never null
     * @throws IllegalArgumentException if two schemes share id and version
     */
    public static SchemeCatalog of(Collection<Scheme> schemes) {
        List<Scheme> list = new ArrayList<>();
        for (Scheme s : schemes) {
            for (Scheme t : list) {
                if (t.getId().equals(s.getId()) && t.getVersion().equals(s.getVersion())) {
                    throw new IllegalArgumentException("scheme " + s.getId() + " version " + s.getVersion() + " is given twice");
                }
            }
            list.add(Objects.requireNonNull(s, "scheme"));
        }
        return new SchemeCatalog(List.copyOf(list));
    }

    /**
     * Returns this catalog with more schemes.
     *
     * @param more  the schemes, not null
     * @return a new catalog, never null
     * @throws IllegalArgumentException if two schemes share id and version
     */
    public SchemeCatalog with(Scheme... more) {
        List<Scheme> list = new ArrayList<>(schemes);
        list.addAll(List.of(more));
        return of(list);
    }

    /**
     * Returns the schemes, in the order given.
     *
     * @return the schemes, never null
     */
    public List<Scheme> getSchemes() {
        return schemes;
    }

    /**
     * Returns a scheme by id and version.
     *
     * @param id       the scheme id, not null
     * @param version  the version, not null
     * @return the scheme, never null
     * @throws NoSuchElementException if the catalog has no such scheme
     */
    public Scheme get(String id, String version) {
        for (Scheme s : schemes) {
            if (s.getId().equals(id) && s.getVersion().equals(version)) {
                return s;
            }
        }
        throw new NoSuchElementException("no scheme " + id + " version " + version);
    }

    /**
     * Chooses the scheme for a subject type, a day and a region: among the schemes of that subject
     * type valid on the day and applying to the region, the one with the most specific region,
     * then the latest {@code validFrom}, then the greatest version. Schemes of different ids are
     * different appraisals (四好商会 and the clean-up campaign both appraise chambers), so when
     * more than one id applies the choice is refused: choose by id then.
     *
     * @param subject   the subject type, not null
     * @param day       the day, such as the last day of the reporting period, not null
     * @param division  the subject's GB/T 2260 division code, or null when unknown
     * @return the scheme, empty when none applies
     * @throws IllegalStateException if schemes of several ids apply, naming them
     */
    public Optional<Scheme> select(SubjectType subject, LocalDate day, String division) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (Scheme s : schemes) {
            if (s.getSubject() == subject && s.isValidOn(day) && s.appliesTo(division)) {
                ids.add(s.getId());
            }
        }
        if (ids.size() > 1) {
            throw new IllegalStateException("several schemes appraise " + subject + " on " + day + ": " + ids
                    + "; choose one by id with select(id, day, division)");
        }
        return best(s -> s.getSubject() == subject, day, division);
    }

    /**
     * Chooses the version of a scheme for a day and a region, as {@link #select(SubjectType, LocalDate, String)}.
     *
     * @param id        the scheme id, not null
     * @param day       the day, not null
     * @param division  the subject's division code, or null when unknown
     * @return the scheme, empty when no version applies
     */
    public Optional<Scheme> select(String id, LocalDate day, String division) {
        return best(s -> s.getId().equals(id), day, division);
    }

    private Optional<Scheme> best(java.util.function.Predicate<Scheme> filter, LocalDate day, String division) {
        Comparator<Scheme> order = Comparator.<Scheme>comparingInt(
                        s -> SchemeChecks.regionMatch(s.getRegion().orElse(null), division))
                .thenComparing(s -> s.getValidFrom().orElse(LocalDate.MIN))
                .thenComparing(Scheme::getVersion, SchemeCatalog::compareVersions)
                .thenComparing(Scheme::getId, Comparator.reverseOrder());
        return schemes.stream()
                .filter(filter)
                .filter(s -> s.isValidOn(day) && s.appliesTo(division))
                .max(order);
    }

    /** Compares versions with their runs of digits as numbers: 9 before 10, 2017-9 before 2017-10. */
    static int compareVersions(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int si = i;
                int sj = j;
                while (i < a.length() && Character.isDigit(a.charAt(i))) {
                    i++;
                }
                while (j < b.length() && Character.isDigit(b.charAt(j))) {
                    j++;
                }
                java.math.BigInteger na = new java.math.BigInteger(a.substring(si, i));
                java.math.BigInteger nb = new java.math.BigInteger(b.substring(sj, j));
                int c = na.compareTo(nb);
                if (c != 0) {
                    return c;
                }
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
