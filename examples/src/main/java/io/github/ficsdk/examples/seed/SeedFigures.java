package io.github.ficsdk.examples.seed;

import io.github.ficsdk.report.IndicatorCatalog;
import io.github.ficsdk.report.Narrative;
import io.github.ficsdk.report.ReportValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The figures of the source work report (嘉兴市工商联、总商会上半年主要工作情况, 23 Aug 2017) that the
 * standard indicators cover, for scope {@link SeedDataset#CITY} and period {@code 2017-H1}: the
 * indicator code, the exact value the seed dataset is built to give, the wording the catalog
 * gives that value ({@code 4000 多人次}) and the report's own words.
 *
 * <pre>{@code
 * for (SeedFigures.Figure f : SeedFigures.all()) {
 *     ReportValue v = report.total(f.indicator()).orElseThrow();
 *     boolean ok = f.matches(v, IndicatorCatalog.standard());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SeedFigures {

    /** The period of the figures. */
    public static final String PERIOD = "2017-H1";
    /**
     * Chambers of the city federation that exist at 30 June 2017 ({@code CHAMBER.COUNT} of the city's
     * own chambers; the five in preparation are registered in the second half): "市工商联所属 67 家协会商会".
     */
    public static final int CITY_CHAMBERS = 67;
    /**
     * Party branches under the city federation's committee: "所属 34 个党支部"; in the seed dataset
     * also the number of the city's own chambers with a party organisation (33 chambers with a
     * branch, the office's own branch, and the Wenzhou chamber's committee).
     */
    public static final int CITY_PARTY_BRANCHES = 34;
    /** Chambers of the city formed in 2016: "在去年完成 7 家行业协会商会组建任务". */
    public static final int CITY_CHAMBERS_FORMED_2016 = 7;
    /**
     * The 2017 tasks the city assigned the county federations: "制定并下达 2017 年度工商联工作任务分解方案",
     * four for each of the seven counties.
     */
    public static final int COUNTY_TASKS_2017 = 28;

    /**
     * One figure of the source report.
     *
     * @param indicator  the indicator code, such as {@code FORUM.PARTICIPANTS}, not null
     * @param value      the exact value the engine must compute (yuan for amounts), not null
     * @param wording    the catalog's wording of that value, such as {@code 4000 多人次}, not null
     * @param source     the report's own words, such as {@code 参加 4000 多人次}, not null
     * @since 0.1
     */
    public record Figure(String indicator, BigDecimal value, String wording, String source) {

        /**
         * Creates a figure.
         *
         * @param indicator  the indicator code, not null
         * @param value      the exact value, not null
         * @param wording    the catalog's wording, not null
         * @param source     the report's words, not null
         * @throws NullPointerException if an argument is null
         */
        public Figure {
            Objects.requireNonNull(indicator, "indicator");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(wording, "wording");
            Objects.requireNonNull(source, "source");
        }

        /**
         * Tells whether a computed value matches: the exact value and its wording are both as expected.
         *
         * @param computed  the engine's value of this indicator, not null
         * @param catalog   the catalog that words it, not null
         * @return true when both the value and the wording match
         */
        public boolean matches(ReportValue computed, IndicatorCatalog catalog) {
            return computed.getIndicator().equals(indicator) && computed.getValue().compareTo(value) == 0
                    && Narrative.word(computed, catalog).equals(wording);
        }
    }

    private static final List<Figure> ALL = List.of(
            f("VISIT.TARGETS.CHAMBER", "196", "196 家次", "累计走访商会协会 196 家次"),
            f("VISIT.DISTINCT.ENTERPRISE", "597", "597 家", "企业 597 家"),
            f("VISIT.COPIES", "3514", "3514 本", "汇编并赠送各类《政策汇编》3514 本"),
            f("FORUM.EVENTS", "32", "32 场", "累计已举办各类论坛、讲座、报告会 32 场"),
            f("FORUM.PARTICIPANTS", "4036", "4000 多人次", "参加 4000 多人次"),
            f("TRAINING.EVENTS", "29", "29 期", "全市上半年举办各类培训班 29 期"),
            f("TRAINING.PARTICIPANTS", "1927", "1900 多人次", "参训 1900 多人次"),
            f("SECONDMENT.DISTINCT.PERSON", "20", "20 名", "选派第三批 20 名新生代企业家"),
            f("PUBLICITY.EVENTS", "186", "186 次", "宣传报道工商联工作、非公人士典型 186 次"),
            f("CHARITY.EVENTS", "89", "89 次", "组织开展光彩事业和社会公益事业活动 89 次"),
            f("CHARITY.PARTICIPANTS", "8724", "8724 人次", "动员引导非公人士 8724 人次"),
            f("CHARITY.AMOUNT", "37250000.00", "3725 万元", "累计投入资金 3725 万元"),
            f("FINANCING_MATCHMAKING.EVENTS", "18", "18 次", "开展银企对接活动 18 次"),
            f("FINANCING_MATCHMAKING.AMOUNT", "623500000.00", "6 亿多元", "解决融资金额 6 亿多元"),
            f("LEGAL_EDUCATION.EVENTS", "34", "34 场次", "开展法律讲座、宣传、咨询等活动 34 场次"),
            f("LEGAL_CHECKUP.DISTINCT.ENTERPRISE", "91", "91 家", "法律体检、法律风险巡诊 91 家"),
            f("RIGHTS_PROTECTION.EVENTS", "23", "23 起", "维护企业合法权益 23 起"),
            f("TRADE_EVENT.EVENTS", "38", "近 40 场次", "组织举办各类经贸活动近 40 场次"),
            f("RESEARCH.DISTINCT.ENTERPRISE", "91", "91 家", "调研 5 亿以上上规模民营企业 91 家"),
            f("COMPREHENSIVE_EVALUATION.TARGETS.PERSON", "1401", "1401 人次", "共对 1401 人次企业家进行了综合评价"),
            f("INVESTIGATION.TARGETS.PERSON", "695", "695 人次", "对 695 人次进行考察"),
            f("NOMINATION.DISTINCT.PERSON", "28", "28 名", "市工商联向市八届政协推荐安排工商联界别委员 28 名"),
            f("EXCHANGE.PARTICIPANTS", "63", "60 余人次", "60余名企业家参加了本次活动"),
            f("SERVICE_ALLIANCE_DUTY.EVENTS", "4", "4 期", "今年上半年联盟已轮值 4 期"),
            f(AllianceIssues.CODE, "12", "10 多个", "累计接到问题建议 10 多个"),
            f("TICKET.RAISED", "12", "10 多件", "累计接到问题建议 10 多个（tickets.jsonl）"),
            f("TICKET.RESOLVED", "10", "10 件", "积极给予协调解决（tickets.jsonl：10 件已解决）"),
            f("MEETING.EVENTS", "2", "2 次", "召开 2 次组建推进会"),
            f("COMMENDATION.TARGETS.CHAMBER", "33", "33 家次",
                    "表彰了 23 家 2016 年度工作评价中获奖的商协会及 10 家“行业发展贡献奖”的行业协会商会"),
            f("COMMENDATION.TARGETS.PERSON", "30", "30 人次",
                    "表彰 10 名优秀共产党员、10 名优秀党务工作者、10 名优秀党员志愿者"),
            f("PROPOSAL.SUBMITTED", "84", "84 件", "全市工商联系统上半年在各级“两会”期间共提交提案 84 件"),
            f("PROPOSAL.KEY", "11", "11 件", "被评为重点提案 11 件"),
            f("PROPOSAL.EXCELLENT", "8", "8 件", "优秀提案 8 件"),
            f("PROPOSAL.GROUP", "6", "6 件", "市工商联在市政协八届一次会议上提交……等团体提案 6 篇"),
            f("PROPOSAL.PLENARY_SPEECH", "1", "1 件", "《关于我市构建“亲”“清”新型政商关系的建议》提案作为大会发言"),
            f("PROJECT.SIGNED", "4", "4 个", "市江苏商会、市温州商会等异地商会会长在嘉兴扩大投资（报告未给数字；projects.jsonl）"),
            f("PROJECT.INVESTMENT", "550000000.00", "5.5 亿元", "对商协会浙商回归引进项目和资金进行统计分析（协议投资）"),
            f("PROJECT.STARTED", "3", "3 个", "引进项目开工（含 2016 年签约、2017 年 2 月开工的 1 个）"),
            f("PROJECT.FUNDS", "160000000.00", "1.6 亿元", "引进资金到位（签约项目的到位资金）"));

    private SeedFigures() {}

    private static Figure f(String indicator, String value, String wording, String source) {
        return new Figure(indicator, new BigDecimal(value), wording, source);
    }

    /**
     * Returns the catalog that words the figures: the standard one and {@link AllianceIssues}.
     *
     * @return the catalog, never null
     */
    public static IndicatorCatalog catalog() {
        return IndicatorCatalog.standard().with(new AllianceIssues());
    }

    /**
     * Returns every figure, in the order of the standard catalog.
     *
     * @return the figures, never null
     */
    public static List<Figure> all() {
        return ALL;
    }

    /**
     * Returns the indicator codes of the figures.
     *
     * @return the codes, never null
     */
    public static List<String> indicators() {
        return ALL.stream().map(Figure::indicator).toList();
    }
}
