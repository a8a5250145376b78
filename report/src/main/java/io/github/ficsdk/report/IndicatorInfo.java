package io.github.ficsdk.report;

import org.immutables.value.Value;

/**
 * The presentation of an indicator: its official Chinese wording and unit, such as
 * {@code VISIT.TARGETS.CHAMBER} = 走访商会协会, 家次, and how a narrative words its figure.
 *
 * <p>For {@link Measure#AMOUNT} the {@code unit} is the unit of the narrative and tables
 * ({@code 万元} or {@code 亿元}); values themselves are always exact yuan.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class IndicatorInfo {

    IndicatorInfo() {}

    /**
     * Creates the presentation of an indicator.
     *
     * @param code           the indicator code text, not null
     * @param name           the Chinese name, not null
     * @param englishName    the English name, not null
     * @param unit           the Chinese unit, not null
     * @param approximation  how a narrative words the figure, not null
     * @return the presentation, never null
     * @throws NullPointerException if any argument is null
     */
    public static IndicatorInfo of(String code, String name, String englishName, String unit,
            Approximation approximation) {
        return ImmutableIndicatorInfo.of(code, name, englishName, unit, approximation);
    }

    /**
     * Returns the same presentation with another approximation, for a narrative that words this
     * figure differently.
     *
     * @param other  the approximation, not null
     * @return the presentation, never null
     */
    public IndicatorInfo withApproximation(Approximation other) {
        return ImmutableIndicatorInfo.copyOf(this).withApproximation(other);
    }

    /**
     * Returns the indicator code text.
     *
     * @return the indicator code text, never null
     */
    @Value.Parameter
    public abstract String getCode();

    /**
     * Returns the Chinese name, such as 走访商会协会.
     *
     * @return the Chinese name, such as 走访商会协会, never null
     */
    @Value.Parameter
    public abstract String getName();

    /**
     * Returns the English name.
     *
     * @return the English name, never null
     */
    @Value.Parameter
    public abstract String getEnglishName();

    /**
     * Returns the Chinese unit, such as 家次.
     *
     * @return the Chinese unit, such as 家次, never null
     */
    @Value.Parameter
    public abstract String getUnit();

    /**
     * Returns how a narrative words the figure.
     *
     * @return how a narrative words the figure, never null
     */
    @Value.Parameter
    public abstract Approximation getApproximation();
}
