package io.github.ficsdk.report;

import java.util.Map;

/**
 * The wording of the ticket ({@code TICKET.…}) and investment-project ({@code PROJECT.…})
 * indicators: the standard entries the seed report's systems need, and the name of every other
 * such code. Kept apart from the activity indicators of {@link IndicatorCatalog}.
 */
final class RecordIndicators {

    private RecordIndicators() {}

    /** Adds the standard ticket entries: "累计接到问题建议 10 多个，积极给予协调解决". */
    static void putTickets(Map<String, IndicatorInfo> m) {
        IndicatorCatalog.put(m, "TICKET.RAISED", "收集企业问题建议", "problems and suggestions raised", "件",
                Approximation.MORE_THAN);
        IndicatorCatalog.put(m, "TICKET.RESOLVED", "协调解决问题建议", "problems and suggestions resolved", "件",
                Approximation.EXACT);
    }

    /** Adds the standard project entries: "对商协会浙商回归引进项目和资金进行统计分析". */
    static void putProjects(Map<String, IndicatorInfo> m) {
        IndicatorCatalog.put(m, "PROJECT.SIGNED", "签约引进项目", "investment projects signed", "个", Approximation.EXACT);
        IndicatorCatalog.put(m, "PROJECT.INVESTMENT", "签约项目协议投资", "investment agreed", "亿元", Approximation.EXACT);
        IndicatorCatalog.put(m, "PROJECT.STARTED", "开工项目", "investment projects started", "个", Approximation.EXACT);
        IndicatorCatalog.put(m, "PROJECT.FUNDS", "签约项目到位资金", "funds in place", "亿元", Approximation.EXACT);
    }

    /** The name of any ticket or project code. */
    static IndicatorInfo info(IndicatorCode code) {
        return switch (code.getMeasure()) {
            case RAISED -> IndicatorCatalog.info(code, "收集企业问题建议", "problems and suggestions raised", "件");
            case RESOLVED -> IndicatorCatalog.info(code, "协调解决问题建议", "problems and suggestions resolved", "件");
            case OPEN -> IndicatorCatalog.info(code, "期末未办结问题建议", "problems and suggestions still open", "件");
            case RESOLUTION_DAYS -> IndicatorCatalog.info(code, "问题办结用时中位数", "median days to resolve", "天");
            case SIGNED -> IndicatorCatalog.info(code, "签约引进项目", "investment projects signed", "个");
            case INVESTMENT -> IndicatorCatalog.info(code, "签约项目协议投资", "investment agreed", "万元");
            case STARTED -> IndicatorCatalog.info(code, "开工项目", "investment projects started", "个");
            case FUNDS -> IndicatorCatalog.info(code, "签约项目到位资金", "funds in place", "万元");
            default -> throw new IllegalArgumentException("not a ticket or project indicator: " + code);
        };
    }
}
