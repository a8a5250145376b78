package io.github.ficsdk.report;

import io.github.ficsdk.core.ServicePlugins;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.validation.SafeText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.StringJoiner;

/**
 * The names, units and wording of indicators, and the custom indicators a team adds, such as the
 * standard entry {@code VISIT.TARGETS.CHAMBER} = 走访商会协会 (家次).
 *
 * <p>The {@linkplain #builtIns() built-in catalog} holds the indicators of the seed work report
 * with their official Chinese wording; the {@linkplain #standard() standard catalog} adds the
 * {@link CustomIndicator} plug-ins that {@link ServiceLoader} finds, as {@code RuleRegistry.standard()}
 * adds scoring rules ({@link #discovered(ClassLoader)} searches another class loader). Any other
 * valid code still gets a generated name from the activity kind's label and the measure
 * ({@code STUDY_TOUR.EVENTS} = 考察学习, 次); a custom code ({@code X_…}) that no indicator of the
 * catalog has is refused, naming the custom codes registered.
 *
 * <pre>{@code
 * IndicatorCatalog catalog = IndicatorCatalog.standard()
 *         .with(new MentoringHours());            // a CustomIndicator
 * IndicatorInfo info = catalog.info("VISIT.TARGETS.CHAMBER");
 * info.getName();   // "走访商会协会"
 * info.getUnit();   // "家次"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class IndicatorCatalog {

    private static final IndicatorCatalog BUILT_INS = new IndicatorCatalog(standardEntries(), Map.of(), Map.of());

    private final Map<String, IndicatorInfo> entries;
    private final Map<String, CustomIndicator> custom;
    private final Map<String, String> failedProviders;

    private IndicatorCatalog(Map<String, IndicatorInfo> entries, Map<String, CustomIndicator> custom,
            Map<String, String> failedProviders) {
        this.entries = entries;
        this.custom = custom;
        this.failedProviders = failedProviders;
    }

    /**
     * Returns the catalog of the standard indicators alone, without plug-ins.
     *
     * @return the catalog, never null
     */
    public static IndicatorCatalog builtIns() {
        return BUILT_INS;
    }

    /**
     * Returns the standard indicators plus every {@link CustomIndicator} that {@link ServiceLoader}
     * finds ({@code META-INF/services/io.github.ficsdk.report.CustomIndicator}) through the class
     * loader of this class, as {@code RuleRegistry.standard()} does for scoring rules. A plug-in
     * that cannot be loaded (its class is missing, or its constructor throws) does not stop the
     * others: it is remembered in {@link #getFailedProviders()}, and a query that asks for a code
     * no indicator has fails, naming it.
     *
     * @return the catalog, never null
     * @throws IllegalStateException if two plug-ins have the same code, or one has a malformed or
     *     standard-form code
     */
    public static IndicatorCatalog standard() {
        return discovered(IndicatorCatalog.class.getClassLoader());
    }

    /**
     * Returns the standard indicators plus every {@link CustomIndicator} that {@link ServiceLoader}
     * finds through a class loader; a plug-in that cannot be loaded is remembered, as in
     * {@link #standard()}.
     *
     * @param loader  the class loader to search, not null
     * @return the catalog, never null
     * @throws IllegalStateException if two plug-ins have the same code, or one has a malformed or
     *     standard-form code
     */
    public static IndicatorCatalog discovered(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        ServicePlugins<CustomIndicator> loaded = ServicePlugins.load(ServiceLoader.load(CustomIndicator.class, loader));
        IndicatorCatalog catalog = BUILT_INS;
        try {
            for (CustomIndicator indicator : loaded.getFound()) {
                catalog = catalog.with(indicator);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return loaded.getFailed().isEmpty() ? catalog
                : new IndicatorCatalog(catalog.entries, catalog.custom, loaded.getFailed());
    }

    /**
     * Returns the {@link CustomIndicator} providers found by {@link ServiceLoader} that could not be
     * loaded: the class name of each (as listed in {@code META-INF/services}) and its error.
     *
     * @return the failures in the order found, empty when every provider loaded; never null
     */
    public Map<String, String> getFailedProviders() {
        return failedProviders;
    }

    /**
     * Returns this catalog with one more custom indicator.
     *
     * @param indicator  the indicator, not null
     * @return a new catalog, never null
     * @throws IllegalArgumentException if its code is malformed, is a standard code's form, or is
     *     taken
     */
    public IndicatorCatalog with(CustomIndicator indicator) {
        Objects.requireNonNull(indicator, "indicator");
        String code = Objects.requireNonNull(indicator.getCode(), () -> indicator.getClass().getName() + ".getCode()");
        if (!code.matches("[A-Z][A-Z0-9_]*(\\.[A-Z][A-Z0-9_]*)+")) {
            throw new IllegalArgumentException("custom indicator " + indicator.getClass().getName()
                    + " has a malformed code '" + code + "': use UPPER_SNAKE parts joined by dots, e.g. X_MENTORING.HOURS");
        }
        if (custom.containsKey(code) || isStandardForm(code)) {
            throw new IllegalArgumentException("custom indicator " + indicator.getClass().getName()
                    + " uses the code '" + code + "', which is already taken");
        }
        Map<String, IndicatorInfo> newEntries = new LinkedHashMap<>(entries);
        newEntries.put(code, IndicatorInfo.of(code, indicator.getName(), indicator.getEnglishName(),
                indicator.getUnit(), Objects.requireNonNull(indicator.getApproximation(),
                        () -> indicator.getClass().getName() + ".getApproximation()")));
        Map<String, CustomIndicator> newCustom = new LinkedHashMap<>(custom);
        newCustom.put(code, indicator);
        return new IndicatorCatalog(Collections.unmodifiableMap(newEntries), Collections.unmodifiableMap(newCustom),
                failedProviders);
    }

    /**
     * Returns this catalog with a team's own presentation of an indicator: its Chinese name, unit,
     * English name and approximation replace the standard ones (or the generated ones of a code the
     * standard catalog does not name), for the tables, the narrative and the charts. The figures do
     * not change: an amount is still exact yuan, a count still a count.
     *
     * <pre>{@code
     * IndicatorCatalog ours = IndicatorCatalog.standard()
     *         .withOverride(IndicatorInfo.of("TRADE_EVENT.EVENTS", "经贸交流活动", "trade exchanges", "场",
     *                 Approximation.EXACT));
     * }</pre>
     *
     * @param info  the presentation; its code must be a valid standard-form code or a custom
     *              indicator of this catalog; not null
     * @return a new catalog, never null
     * @throws IllegalArgumentException if the code is neither, or if the unit is blank, or if the
     *     code is an amount ({@code KIND.AMOUNT}) whose unit is not 元, 万元 or 亿元
     * @since 0.2
     */
    public IndicatorCatalog withOverride(IndicatorInfo info) {
        Objects.requireNonNull(info, "info");
        if (!custom.containsKey(info.getCode())) {
            IndicatorCode code = IndicatorCode.parse(info.getCode());
            if (code.getMeasure() == Measure.AMOUNT && !(info.getUnit().equals("元") || info.getUnit().equals("万元")
                    || info.getUnit().equals("亿元"))) {
                throw new IllegalArgumentException("indicator " + info.getCode() + " is an amount in yuan: its unit must be"
                        + " 元, 万元 or 亿元 - but was: '" + info.getUnit() + "'");
            }
        }
        if (info.getUnit().isBlank() || info.getName().isBlank()) {
            throw new IllegalArgumentException("indicator " + info.getCode() + " needs a name and a unit");
        }
        Map<String, IndicatorInfo> newEntries = new LinkedHashMap<>(entries);
        newEntries.put(info.getCode(), info);
        return new IndicatorCatalog(java.util.Collections.unmodifiableMap(newEntries), custom, failedProviders);
    }

    private static boolean isStandardForm(String code) {
        try {
            IndicatorCode.parse(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Returns the custom indicator of a code.
     *
     * @param code  the code, not null
     * @return the indicator, empty when the code is not a custom indicator's; never null
     */
    public Optional<CustomIndicator> custom(String code) {
        return Optional.ofNullable(custom.get(code));
    }

    /**
     * Returns the custom indicators.
     *
     * @return the indicators, never null
     */
    public Collection<CustomIndicator> getCustomIndicators() {
        return custom.values();
    }

    /**
     * Returns the presentation of a standard-form or custom indicator code.
     *
     * @param code  the code, not null
     * @return the presentation, never null
     * @throws IllegalArgumentException if the code is neither a valid indicator code nor a custom
     *     indicator of this catalog
     */
    public IndicatorInfo info(String code) {
        IndicatorInfo info = entries.get(code);
        return info != null ? info : generated(parse(code));
    }

    /**
     * Parses a code that is not a custom indicator of this catalog as a standard-form code; a code
     * that is neither says so, listing the custom codes registered (and the plug-ins that failed).
     */
    IndicatorCode parse(String code) {
        Objects.requireNonNull(code, "code");
        try {
            return IndicatorCode.parse(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(unknown(code, e), e);
        }
    }

    private String unknown(String code, IllegalArgumentException cause) {
        StringBuilder m = new StringBuilder();
        m.append("unknown indicator '").append(code).append("': ");
        if (code.startsWith("X_")) {
            m.append("no custom indicator of this catalog has this code and it is not of the standard form (")
                    .append(cause.getMessage()).append("); register a CustomIndicator with IndicatorCatalog.with(…)")
                    .append(" or in META-INF/services/").append(CustomIndicator.class.getName());
        } else {
            m.append(cause.getMessage());
        }
        List<String> codes = new ArrayList<>(custom.keySet());
        Collections.sort(codes);
        m.append("; custom indicators registered: ").append(codes.isEmpty() ? "none" : String.join(", ", codes));
        if (!failedProviders.isEmpty()) {
            m.append("; plug-ins that failed to load: ");
            StringJoiner j = new StringJoiner(", ");
            failedProviders.forEach((k, v) -> j.add(k + " (" + v + ")"));
            m.append(j);
        }
        return SafeText.forDisplay(m.toString());
    }

    /**
     * Returns the presentation of an indicator code.
     *
     * @param code  the code, not null
     * @return the presentation, never null
     */
    public IndicatorInfo info(IndicatorCode code) {
        IndicatorInfo info = entries.get(code.toString());
        return info != null ? info : generated(code);
    }

    /**
     * Returns the codes of the standard catalog, in the order of the seed report.
     *
     * @return the codes, never null
     */
    public static List<String> standardCodes() {
        return List.copyOf(BUILT_INS.entries.keySet());
    }

    private static IndicatorInfo generated(IndicatorCode code) {
        if (code.isChamberStructure()) {
            return switch (code.getMeasure()) {
                case COUNT -> info(code, "所属商协会", "chambers", "家");
                case FORMED -> info(code, "新组建商协会", "chambers formed", "家");
                default -> info(code, "建有党组织的商协会", "chambers with a party organisation", "家");
            };
        }
        String label = code.getKind().map(ActivityKind::getLabel).orElse(code.isProposal() ? "提案" : "各类活动");
        String english = code.getKind().map(ActivityKind::getCode).orElse(code.isProposal() ? "proposals" : "all activities");
        if (code.isTicket() || code.isProject()) {
            return RecordIndicators.info(code);
        }
        String type = code.getTargetType().map(IndicatorCatalog::typeLabel).orElse("");
        return switch (code.getMeasure()) {
            case EVENTS -> info(code, label, english + " held", code.getKind().map(ActivityKind::getUnit).orElse("次"));
            case PARTICIPANTS -> info(code, label + "参加", english + " participants", "人次");
            case AMOUNT -> info(code, label + "金额", english + " amount", "万元");
            case COPIES -> info(code, label + "发放资料", english + " copies", "本");
            case TARGETS -> info(code, label + type, english + " " + code.getTargetType().get() + " target pairs",
                    code.getTargetType().get() == TargetType.PERSON ? "人次" : "家次");
            case DISTINCT -> info(code, label + type, english + " distinct " + code.getTargetType().get() + " targets",
                    code.getTargetType().get() == TargetType.PERSON ? "人" : "家");
            case SUBMITTED -> info(code, "提交提案", "proposals submitted", "件");
            case GROUP -> info(code, "团体提案", "group proposals", "件");
            case KEY -> info(code, "重点提案", "key proposals", "件");
            case EXCELLENT -> info(code, "优秀提案", "excellent proposals", "件");
            case PLENARY_SPEECH -> info(code, "大会发言", "plenary speeches", "件");
            default -> RecordIndicators.info(code);
        };
    }

    private static String typeLabel(TargetType type) {
        return switch (type) {
            case CHAMBER -> "商会协会";
            case ENTERPRISE -> "企业";
            case PERSON -> "人员";
            case FEDERATION -> "工商联";
            case DEPARTMENT -> "部门";
        };
    }

    static IndicatorInfo info(IndicatorCode code, String name, String english, String unit) {
        return IndicatorInfo.of(code.toString(), name, english, unit, Approximation.EXACT);
    }

    private static Map<String, IndicatorInfo> standardEntries() {
        Map<String, IndicatorInfo> m = new LinkedHashMap<>();
        put(m, "VISIT.TARGETS.CHAMBER", "走访商会协会", "chambers and associations visited", "家次", Approximation.EXACT);
        put(m, "VISIT.DISTINCT.ENTERPRISE", "走访企业", "enterprises visited", "家", Approximation.EXACT);
        put(m, "VISIT.COPIES", "赠送《政策汇编》", "policy handbooks given", "本", Approximation.EXACT);
        put(m, "FORUM.EVENTS", "举办论坛、讲座、报告会", "forums, lectures and talks held", "场", Approximation.EXACT);
        put(m, "FORUM.PARTICIPANTS", "论坛、讲座、报告会参加", "forum participants", "人次", Approximation.MORE_THAN);
        put(m, "TRAINING.EVENTS", "举办培训班", "training classes held", "期", Approximation.EXACT);
        put(m, "TRAINING.PARTICIPANTS", "培训班参训", "trainees", "人次", Approximation.MORE_THAN);
        put(m, "SECONDMENT.DISTINCT.PERSON", "选派新生代企业家培养锻炼", "young entrepreneurs seconded", "名", Approximation.EXACT);
        put(m, "PUBLICITY.EVENTS", "宣传报道", "publicity reports", "次", Approximation.EXACT);
        put(m, "CHARITY.EVENTS", "光彩事业和社会公益活动", "charity and public-welfare activities", "次", Approximation.EXACT);
        put(m, "CHARITY.PARTICIPANTS", "参与光彩事业和社会公益事业", "charity participants", "人次", Approximation.EXACT);
        put(m, "CHARITY.AMOUNT", "光彩事业和社会公益投入资金", "charity funds", "万元", Approximation.EXACT);
        put(m, "FINANCING_MATCHMAKING.EVENTS", "银企对接活动", "bank-enterprise matchmaking events", "次", Approximation.EXACT);
        put(m, "FINANCING_MATCHMAKING.AMOUNT", "解决融资金额", "financing obtained", "亿元", Approximation.MORE_THAN);
        put(m, "LEGAL_EDUCATION.EVENTS", "法律讲座、宣传、咨询", "legal lectures, publicity and advice", "场次", Approximation.EXACT);
        put(m, "LEGAL_CHECKUP.DISTINCT.ENTERPRISE", "法律体检、法律风险巡诊", "enterprises given a legal check-up", "家", Approximation.EXACT);
        put(m, "RIGHTS_PROTECTION.EVENTS", "维护企业合法权益", "rights-protection cases", "起", Approximation.EXACT);
        put(m, "TRADE_EVENT.EVENTS", "经贸活动", "trade events", "场次", Approximation.NEARLY);
        put(m, "RESEARCH.DISTINCT.ENTERPRISE", "调研企业", "enterprises researched", "家", Approximation.EXACT);
        put(m, "COMPREHENSIVE_EVALUATION.TARGETS.PERSON", "综合评价", "comprehensive evaluations", "人次", Approximation.EXACT);
        put(m, "INVESTIGATION.TARGETS.PERSON", "考察", "candidate investigations", "人次", Approximation.EXACT);
        put(m, "NOMINATION.DISTINCT.PERSON", "推荐安排工商联界别委员", "CPPCC members nominated", "名", Approximation.EXACT);
        put(m, "EXCHANGE.PARTICIPANTS", "交流活动企业家参加", "entrepreneurs in exchanges", "人次", Approximation.OVER);
        put(m, "SERVICE_ALLIANCE_DUTY.EVENTS", "商会服务联盟轮值", "service-alliance duty rounds", "期", Approximation.EXACT);
        RecordIndicators.putTickets(m);
        put(m, "MEETING.EVENTS", "召开会议", "meetings held", "次", Approximation.EXACT);
        put(m, "COMMENDATION.TARGETS.CHAMBER", "表彰商协会", "chambers and associations commended", "家次", Approximation.EXACT);
        put(m, "COMMENDATION.TARGETS.PERSON", "表彰个人", "persons commended", "人次", Approximation.EXACT);
        put(m, "PROPOSAL.SUBMITTED", "提交提案", "proposals submitted", "件", Approximation.EXACT);
        put(m, "PROPOSAL.KEY", "重点提案", "key proposals", "件", Approximation.EXACT);
        put(m, "PROPOSAL.EXCELLENT", "优秀提案", "excellent proposals", "件", Approximation.EXACT);
        put(m, "PROPOSAL.GROUP", "团体提案", "group proposals", "件", Approximation.EXACT);
        put(m, "PROPOSAL.PLENARY_SPEECH", "大会发言", "plenary speeches", "件", Approximation.EXACT);
        put(m, "CHAMBER.COUNT", "所属商协会", "chambers", "家", Approximation.EXACT);
        put(m, "CHAMBER.FORMED", "新组建商协会", "chambers formed", "家", Approximation.EXACT);
        put(m, "CHAMBER.WITH_PARTY_ORGANIZATION", "建有党组织的商协会", "chambers with a party organisation", "家",
                Approximation.EXACT);
        RecordIndicators.putProjects(m);
        return java.util.Collections.unmodifiableMap(m);
    }

    static void put(Map<String, IndicatorInfo> m, String code, String name, String english, String unit,
            Approximation approximation) {
        IndicatorCode.parse(code); // every standard entry is a valid code
        m.put(code, IndicatorInfo.of(code, name, english, unit, approximation));
    }
}
