package io.github.ficsdk.validation;

/**
 * The level of a GB/T 2260 administrative division, read from the shape of its code: a
 * {@link #PROVINCE} ends in {@code 0000} ({@code 330000} 浙江省), a {@link #CITY} in {@code 00}
 * ({@code 330400} 嘉兴市), anything else is a {@link #COUNTY} ({@code 330481} 海宁市).
 *
 * @since 0.1
 */
public enum DivisionLevel {
    /** Province level (省级): provinces, autonomous regions, municipalities and SARs, {@code xx0000}. */
    PROVINCE,
    /** City level (地级): prefecture-level cities, prefectures, autonomous prefectures, leagues, {@code xxyy00}. */
    CITY,
    /** County level (县级): districts, counties, county-level cities, banners, {@code xxyyzz}. */
    COUNTY;

    /**
     * Returns the level of a six-digit code from its shape, whether or not the code exists.
     *
     * @param code  the six-digit code
     * @return the level, never null
     */
    static DivisionLevel ofCode(int code) {
        if (code % 10000 == 0) {
            return PROVINCE;
        }
        return code % 100 == 0 ? CITY : COUNTY;
    }

    /**
     * Returns the level one above this one.
     *
     * @return the parent level, or null for {@link #PROVINCE}
     */
    DivisionLevel parent() {
        return this == COUNTY ? CITY : this == CITY ? PROVINCE : null;
    }
}
