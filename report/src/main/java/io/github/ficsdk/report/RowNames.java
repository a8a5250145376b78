package io.github.ficsdk.report;

import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.Organization;
import io.github.ficsdk.core.org.OrganizationTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The names of a report's organisation rows, and the words for a federation's whole system. */
final class RowNames {

    private RowNames() {}

    static Map<String, Report.RowName> of(OrganizationTree tree, List<String> rows) {
        Map<String, Report.RowName> out = new LinkedHashMap<>();
        for (String row : rows) {
            Optional<Organization> org = tree.getOrganization(row);
            if (org.isEmpty()) {
                continue;
            }
            Organization o = org.get();
            String system = o instanceof Federation f && !tree.getChildren(row).isEmpty() ? systemWords(f) : null;
            out.put(row, Report.RowName.of(o.getName(), o.getShortName().orElse(null), system));
        }
        return out;
    }

    /**
     * The words of a work report for a federation and everything below it: 全国, 全省, 全市
     * 工商联系统; a county-level federation by the kind of its division, from its name (嘉善县 → 全县,
     * 海宁市 → 全市, 南湖区 → 全区; 全县（市、区） when the name does not tell).
     */
    static String systemWords(Federation f) {
        String place = switch (f.getLevel()) {
            case NATIONAL -> "全国";
            case PROVINCE -> "全省";
            case CITY -> "全市";
            case COUNTY -> countyWord(f.getName());
        };
        return place + "工商联系统";
    }

    private static String countyWord(String name) {
        int end = name.indexOf("工商");
        if (end > 0) {
            char c = name.charAt(end - 1);
            if (c == '县' || c == '市' || c == '区' || c == '旗') {
                return "全" + c;
            }
        }
        return "全县（市、区）";
    }

}
