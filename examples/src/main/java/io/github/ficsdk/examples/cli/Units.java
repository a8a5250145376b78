package io.github.ficsdk.examples.cli;

import io.github.ficsdk.report.IndicatorInfo;
import io.github.ficsdk.report.ReportValue;
import java.util.Map;

/** Figures in the catalog's display unit (万元, 亿元), and English names of the Chinese units. */
final class Units {

    private static final Map<String, String> ENGLISH = Map.ofEntries(Map.entry("家次", "visits"),
            Map.entry("家", "organisations"), Map.entry("本", "copies"), Map.entry("场", "events"),
            Map.entry("场次", "events"), Map.entry("期", "classes"), Map.entry("人次", "person-times"),
            Map.entry("名", "persons"), Map.entry("人", "persons"), Map.entry("次", "times"), Map.entry("起", "cases"),
            Map.entry("件", "items"), Map.entry("元", "yuan"), Map.entry("万元", "10k yuan"),
            Map.entry("亿元", "100m yuan"));

    private Units() {}

    /** The value in the unit the catalog shows: yuan become 万元 or 亿元 (one decimal, half-up). */
    static String display(ReportValue value, IndicatorInfo info) {
        return value.valueIn(info.getUnit()).toPlainString();
    }

    /** Another figure of a value (last year's, the change, a target) in the unit the catalog shows; signed. */
    static String display(ReportValue value, IndicatorInfo info, java.math.BigDecimal figure) {
        if (figure.signum() < 0) {
            return "-" + display(value, info, figure.negate());
        }
        return ReportValue.of(value.getIndicator(), value.getScope(), value.getPeriod(), value.getKind().orElse(null), figure, value.getUnit(),
                value.getName(), null, null, java.util.List.of()).valueIn(info.getUnit()).toPlainString();
    }

    /** The unit the catalog shows for a value. */
    static String displayUnit(ReportValue value, IndicatorInfo info) {
        return "元".equals(value.getUnit()) && !info.getUnit().endsWith("元") ? "元" : info.getUnit();
    }

    /** An English count with its noun: "1 warning", "2 warnings", "0 errors". */
    static String count(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    static String unit(String chinese, Lang lang) {
        return lang == Lang.ZH ? chinese : ENGLISH.getOrDefault(chinese, chinese);
    }
}
