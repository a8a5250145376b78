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
 * @since 0.1
 */
public final class IndicatorInfo {
    private final String code;
    private final String name;
    private final String englishName;
    private final String unit;
    private final Approximation approximation;


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
    public IndicatorInfo(String code, String name, String englishName, String unit, Approximation approximation) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(approximation, "approximation");
        this.code = code;
        this.name = name;
        this.englishName = englishName;
        this.unit = unit;
        this.approximation = approximation;
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

    /**
     * Returns the indicator code text.
     *
     * @return the indicator code text, never null
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns the Chinese name, such as 走访商会协会.
     *
     * @return the Chinese name, such as 走访商会协会, never null
     */
    public String getName() {
        return name;
    }

    /**
     * Returns the English name.
     *
     * @return the English name, never null
     */
    public String getEnglishName() {
        return englishName;
    }

    /**
     * Returns the Chinese unit, such as 家次.
     *
     * @return the Chinese unit, such as 家次, never null
     */
    public String getUnit() {
        return unit;
    }

    /**
     * Returns how a narrative words the figure.
     *
     * @return how a narrative words the figure, never null
     */
    public Approximation getApproximation() {
        return approximation;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof IndicatorInfo o && java.util.Objects.equals(code, o.code) && java.util.Objects.equals(name, o.name) && java.util.Objects.equals(englishName, o.englishName) && java.util.Objects.equals(unit, o.unit) && java.util.Objects.equals(approximation, o.approximation);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, name, englishName, unit, approximation);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "IndicatorInfo[code=" + code + ", name=" + name + ", englishName=" + englishName + ", unit=" + unit + ", approximation=" + approximation + "]";
    }
}
