package io.github.ficsdk.report;

import java.util.Objects;

/**
 * The presentation of an indicator: its official Chinese wording and unit, such as
 * {@code VISIT.TARGETS.CHAMBER} = 走访商会协会, 家次, and how a narrative words its figure.
 *
 * <p>For {@link Measure#AMOUNT} the {@code unit} is the unit of the narrative and tables
 * ({@code 万元} or {@code 亿元}); values themselves are always exact yuan.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code           the indicator code text, not null
 * @param name           the Chinese name, such as 走访商会协会, not null
 * @param englishName    the English name, not null
 * @param unit           the Chinese unit, such as 家次, not null
 * @param approximation  how a narrative words the figure, not null
 * @since 0.1
 */
public record IndicatorInfo(String code, String name, String englishName, String unit, Approximation approximation) {

    /**
     * Creates the presentation of an indicator.
     *
     * @param code           the indicator code text, not null
     * @param name           the Chinese name, not null
     * @param englishName    the English name, not null
     * @param unit           the Chinese unit, not null
     * @param approximation  how a narrative words the figure, not null
     * @throws NullPointerException if any argument is null
     */
    public IndicatorInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(approximation, "approximation");
    }

    /**
     * Returns the same presentation with another approximation, for a narrative that words this
     * figure differently.
     *
     * @param other  the approximation, not null
     * @return the presentation, never null
     */
    public IndicatorInfo withApproximation(Approximation other) {
        return new IndicatorInfo(code, name, englishName, unit, other);
    }
}
