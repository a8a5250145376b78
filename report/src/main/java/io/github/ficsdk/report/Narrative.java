package io.github.ficsdk.report;

import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese narrative of a report in the style of a work report, such as
 * "全市工商联系统累计走访商会协会 196 家次、企业 597 家，汇编并赠送各类《政策汇编》3514 本。"
 *
 * <p>A narrative is a list of sentence templates; {@code {CODE}} stands for the figure of that
 * indicator in the scope's total row, worded with its unit and approximation from the catalog
 * ("4000 多人次", "近 40 场次", "6 亿多元"), and {@code {scope}} for the scope's name (or the words
 * given to {@link #withScopeName(String)}, such as 全市工商联系统). A sentence
 * whose indicators the report does not hold is left out. The header carries the report-form
 * metadata: form number, issuing body and period. Names from the data (the scope's name, the
 * issuer) are shown through {@link SafeText#forDisplay(String)}: ID-card and mobile numbers
 * masked, control and bidirectional characters as visible escapes.
 *
 * <pre>{@code
 * String text = Narrative.standard()
 *         .withHeader("FIC-H1", "嘉兴市工商业联合会")
 *         .render(report, IndicatorCatalog.standard());
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Narrative {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private static final List<String> STANDARD = List.of(
            "{scope}累计走访商会协会 {VISIT.TARGETS.CHAMBER}、企业 {VISIT.DISTINCT.ENTERPRISE}，"
                    + "汇编并赠送各类《政策汇编》{VISIT.COPIES}。",
            "选派 {SECONDMENT.TARGETS.PERSON}新生代企业家赴部门、单位培养锻炼。",
            "{scope}累计已举办各类论坛、讲座、报告会 {FORUM.EVENTS}，参加 {FORUM.PARTICIPANTS}。",
            "{scope}举办各类培训班 {TRAINING.EVENTS}，参训 {TRAINING.PARTICIPANTS}。",
            "{scope}宣传报道工商联工作、非公人士典型 {PUBLICITY.EVENTS}。",
            "{scope}组织开展光彩事业和社会公益事业活动 {CHARITY.EVENTS}，动员引导非公人士 {CHARITY.PARTICIPANTS}"
                    + "参与光彩事业和社会公益事业，累计投入资金 {CHARITY.AMOUNT}。",
            "共对 {COMPREHENSIVE_EVALUATION.TARGETS.PERSON}企业家进行了综合评价，对 {INVESTIGATION.TARGETS.PERSON}进行考察。",
            "推荐安排工商联界别委员 {NOMINATION.TARGETS.PERSON}。",
            "{scope}调研 5 亿以上上规模民营企业 {RESEARCH.DISTINCT.ENTERPRISE}。",
            "{scope}共提交提案 {PROPOSAL.SUBMITTED}，被评为重点提案 {PROPOSAL.KEY}，优秀提案 {PROPOSAL.EXCELLENT}。",
            "提交团体提案 {PROPOSAL.GROUP}，其中 {PROPOSAL.PLENARY_SPEECH}作为大会发言。",
            "商会服务联盟已轮值 {SERVICE_ALLIANCE_DUTY.EVENTS}。",
            "{scope}开展银企对接活动 {FINANCING_MATCHMAKING.EVENTS}，为会员企业解决融资金额 {FINANCING_MATCHMAKING.AMOUNT}。",
            "开展法律讲座、宣传、咨询等活动 {LEGAL_EDUCATION.EVENTS}，法律体检、法律风险巡诊 "
                    + "{LEGAL_CHECKUP.DISTINCT.ENTERPRISE}，维护企业合法权益 {RIGHTS_PROTECTION.EVENTS}。",
            "组织举办各类经贸活动{TRADE_EVENT.EVENTS}。",
            "{scope}召开各类会议 {MEETING.EVENTS}。",
            "表彰商协会 {COMMENDATION.TARGETS.CHAMBER}、个人 {COMMENDATION.TARGETS.PERSON}。",
            "{EXCHANGE.PARTICIPANTS}企业家参加交流活动。");

    private final List<String> sentences;
    private final String formNumber;
    private final String issuer;
    private final String scopeName;

    private Narrative(List<String> sentences, String formNumber, String issuer, String scopeName) {
        this.sentences = List.copyOf(sentences);
        this.formNumber = formNumber;
        this.issuer = issuer;
        this.scopeName = scopeName;
    }

    /**
     * Returns the narrative of the seed work report's half-year statistics.
     *
     * @return the narrative, never null
     */
    public static Narrative standard() {
        return new Narrative(STANDARD, null, null, null);
    }

    /**
     * Returns a narrative of one's own sentence templates.
     *
     * @param sentences  the templates, not null
     * @return the narrative, never null
     */
    public static Narrative of(List<String> sentences) {
        return new Narrative(sentences, null, null, null);
    }

    /**
     * Returns the sentence templates.
     *
     * @return the templates, never null
     */
    public List<String> getSentences() {
        return sentences;
    }

    /**
     * Returns this narrative with a report-form header.
     *
     * @param formNumber  the form number, such as {@code FIC-H1}, not null
     * @param issuer      the issuing body, not null
     * @return the narrative, never null
     */
    public Narrative withHeader(String formNumber, String issuer) {
        return new Narrative(sentences, Objects.requireNonNull(formNumber, "formNumber"),
                Objects.requireNonNull(issuer, "issuer"), scopeName);
    }

    /**
     * Returns this narrative with the words that stand for {@code {scope}}, such as
     * 全市工商联系统 (the city federation and every federation below it) instead of the scope's name.
     *
     * @param words  the wording, not null
     * @return the narrative, never null
     */
    public Narrative withScopeName(String words) {
        return new Narrative(sentences, formNumber, issuer, Objects.requireNonNull(words, "words"));
    }

    /**
     * Renders the narrative of a report.
     *
     * @param report   the report, not null
     * @param catalog  the wording of the indicators, not null
     * @return the text: the header (when set) and one paragraph of sentences, never null
     */
    public String render(Report report, IndicatorCatalog catalog) {
        StringBuilder out = new StringBuilder();
        if (formNumber != null) {
            out.append("表号：").append(SafeText.forDisplay(formNumber)).append("    填报单位：")
                    .append(SafeText.forDisplay(issuer))
                    .append("    报告期：").append(periodInChinese(report.getPeriod())).append('\n');
        }
        List<String> rendered = new ArrayList<>();
        for (String sentence : sentences) {
            sentence(sentence, report, catalog, SafeText.forDisplay(scopeName == null ? report.getScopeName() : scopeName))
                    .ifPresent(rendered::add);
        }
        out.append(String.join("", rendered)).append('\n');
        return out.toString();
    }

    /**
     * Words one figure with its unit and approximation, as the narrative does.
     *
     * @param value    the figure, not null
     * @param catalog  the wording of the indicators, not null
     * @return the wording, such as {@code 4000 多人次} or {@code 3725 万元}, never null
     */
    public static String word(ReportValue value, IndicatorCatalog catalog) {
        IndicatorInfo info = catalog.info(value.getIndicator());
        if ("元".equals(value.getUnit()) && !"元".equals(info.getUnit())) {
            java.math.BigDecimal inUnit = info.getApproximation() == Approximation.EXACT
                    ? Figures.inUnit(value.getValue(), value.getUnit(), info.getUnit())
                    : Figures.exactInUnit(value.getValue(), value.getUnit(), info.getUnit());
            return info.getApproximation().format(inUnit, info.getUnit());
        }
        return info.getApproximation().format(value.getValue(), info.getUnit());
    }

    private static Optional<String> sentence(String template, Report report, IndicatorCatalog catalog,
            String scopeWords) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String key = m.group(1);
            String replacement;
            if (key.equals("scope")) {
                replacement = scopeWords;
            } else {
                Optional<ReportValue> value = report.total(key);
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                replacement = word(value.get(), catalog);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /**
     * Writes a period in Chinese: {@code 2017-H1} → 2017年上半年, {@code 2017-Q3} → 2017年第三季度,
     * {@code 2017-05} → 2017年5月, a range → 2017年1月1日至2017年6月30日.
     *
     * @param period  the period as written, not null
     * @return the Chinese text, never null
     */
    public static String periodInChinese(String period) {
        ReportingPeriod p = ReportingPeriod.parse(period);
        int year = p.getStart().getYear();
        return switch (p.getKind()) {
            case YEAR -> year + "年";
            case HALF_YEAR -> year + (p.getStart().getMonthValue() == 1 ? "年上半年" : "年下半年");
            case QUARTER -> year + "年第" + "一二三四".charAt((p.getStart().getMonthValue() - 1) / 3) + "季度";
            case MONTH -> year + "年" + p.getStart().getMonthValue() + "月";
            case RANGE -> day(p.getStart()) + "至" + day(p.getEnd());
        };
    }

    private static String day(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
