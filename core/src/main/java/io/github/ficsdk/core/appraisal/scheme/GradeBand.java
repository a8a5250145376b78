package io.github.ficsdk.core.appraisal.scheme;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A grade band of a scheme, such as {@code EXCELLENT} from 90 points: the grade of a total is the
 * first band, in document order, whose {@link #getMinPoints()} is at most the total.
 *
 * <pre>{@code
 * GradeBand band = GradeBand.of("EXCELLENT", new BigDecimal("90"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class GradeBand {

    GradeBand() {}

    /**
     * Returns a grade band.
     *
     * @param grade      the grade code, such as {@code GOOD}, not null
     * @param minPoints  the lowest total of the band, not null
     * @return the band, never null
     */
    public static GradeBand of(String grade, BigDecimal minPoints) {
        return builder().grade(grade).minPoints(minPoints).build();
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the grade code, such as {@code EXCELLENT}, {@code GOOD}, {@code PASS}, {@code FAIL}.
     *
     * @return the grade, never null
     */
    public abstract String getGrade();

    /**
     * Returns the lowest total of the band.
     *
     * @return the points, never null
     */
    public abstract BigDecimal getMinPoints();

    /**
     * Builds a {@link GradeBand}.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableGradeBand.Builder {
        Builder() {}
    }
}
