package io.github.ficsdk.report;

import java.util.Map;

/** English names of the Chinese units of the catalog, for tables and charts in English. */
final class UnitNames {

    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("家次", "visits"),
            Map.entry("家", "organisations"), Map.entry("本", "copies"), Map.entry("场", "events"),
            Map.entry("场次", "events"), Map.entry("期", "classes"), Map.entry("人次", "person-times"),
            Map.entry("名", "persons"), Map.entry("人", "persons"), Map.entry("次", "times"), Map.entry("起", "cases"),
            Map.entry("件", "items"), Map.entry("个", "items"), Map.entry("元", "yuan"), Map.entry("万元", "10k yuan"),
            Map.entry("亿元", "100m yuan"));

    private UnitNames() {}

    /** The English name of a unit, or the unit itself when none is known. */
    static String english(String unit) {
        return ENGLISH.getOrDefault(unit, unit);
    }
}
