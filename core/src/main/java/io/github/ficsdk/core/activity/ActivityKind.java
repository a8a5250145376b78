package io.github.ficsdk.core.activity;

import io.github.ficsdk.core.io.bytes.ByteRules;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.ficsdk.validation.InvalidCodeException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The kind of an activity: one of the 21 standard codes, such as {@code VISIT} (走访, counted in
 * 次), each with its Chinese label and default unit, or a team's own code starting {@code X_},
 * such as {@code X_MENTORING}. Any other code is rejected.
 *
 * <pre>{@code
 * ActivityKind kind = ActivityKind.parse("FORUM");
 * kind == ActivityKind.FORUM;   // true: standard kinds are interned
 * kind.getLabel();              // "论坛、讲座、报告会"
 * kind.getUnit();               // "场"
 * ActivityKind.parse("X_MENTORING").isStandard();  // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class ActivityKind {

    private static final Map<String, ActivityKind> STANDARD = new LinkedHashMap<>();

    /** 走访 (visits), counted in 次. */
    public static final ActivityKind VISIT = standard("VISIT", "走访", "次");
    /** 论坛、讲座、报告会 (forums, lectures, talks), counted in 场. */
    public static final ActivityKind FORUM = standard("FORUM", "论坛、讲座、报告会", "场");
    /** 培训班 (training classes), counted in 期. */
    public static final ActivityKind TRAINING = standard("TRAINING", "培训班", "期");
    /** 考察学习 (study tours), counted in 次. */
    public static final ActivityKind STUDY_TOUR = standard("STUDY_TOUR", "考察学习", "次");
    /** 挂职培养锻炼 (secondments), counted in 名. */
    public static final ActivityKind SECONDMENT = standard("SECONDMENT", "挂职培养锻炼", "名");
    /** 宣传报道 (publicity reports), counted in 次. */
    public static final ActivityKind PUBLICITY = standard("PUBLICITY", "宣传报道", "次");
    /** 光彩事业和社会公益 (Guangcai programme and charity), counted in 次. */
    public static final ActivityKind CHARITY = standard("CHARITY", "光彩事业和社会公益", "次");
    /** 银企对接 (bank-enterprise financing matchmaking), counted in 次. */
    public static final ActivityKind FINANCING_MATCHMAKING = standard("FINANCING_MATCHMAKING", "银企对接", "次");
    /** 法律讲座、宣传、咨询 (legal lectures, publicity, advice), counted in 场次. */
    public static final ActivityKind LEGAL_EDUCATION = standard("LEGAL_EDUCATION", "法律讲座、宣传、咨询", "场次");
    /** 法律体检、法律风险巡诊 (legal check-ups), counted in 次. */
    public static final ActivityKind LEGAL_CHECKUP = standard("LEGAL_CHECKUP", "法律体检", "次");
    /** 维护企业合法权益 (protecting enterprises' lawful rights), counted in 起. */
    public static final ActivityKind RIGHTS_PROTECTION = standard("RIGHTS_PROTECTION", "维护企业合法权益", "起");
    /** 经贸活动 (trade and economic events), counted in 场次. */
    public static final ActivityKind TRADE_EVENT = standard("TRADE_EVENT", "经贸活动", "场次");
    /** 调研 (research), counted in 次. */
    public static final ActivityKind RESEARCH = standard("RESEARCH", "调研", "次");
    /** 会议 (meetings), counted in 次. */
    public static final ActivityKind MEETING = standard("MEETING", "会议", "次");
    /** 党建活动 (party-building activities), counted in 次. */
    public static final ActivityKind PARTY_ACTIVITY = standard("PARTY_ACTIVITY", "党建活动", "次");
    /** 交流 (exchanges, friendly chambers), counted in 次. */
    public static final ActivityKind EXCHANGE = standard("EXCHANGE", "交流", "次");
    /** 综合评价 (comprehensive evaluation of candidates), counted in 人次. */
    public static final ActivityKind COMPREHENSIVE_EVALUATION = standard("COMPREHENSIVE_EVALUATION", "综合评价", "人次");
    /** 考察 (investigation of candidates), counted in 人次. */
    public static final ActivityKind INVESTIGATION = standard("INVESTIGATION", "考察", "人次");
    /** 推荐安排 (nominations), counted in 名. */
    public static final ActivityKind NOMINATION = standard("NOMINATION", "推荐安排", "名");
    /** 表彰 (commendations), counted in 次. */
    public static final ActivityKind COMMENDATION = standard("COMMENDATION", "表彰", "次");
    /** 商会服务联盟轮值 (service-alliance duty rotations), counted in 期. */
    public static final ActivityKind SERVICE_ALLIANCE_DUTY = standard("SERVICE_ALLIANCE_DUTY", "商会服务联盟轮值", "期");

    private static final List<ActivityKind> STANDARD_LIST =
            Collections.unmodifiableList(new ArrayList<>(STANDARD.values()));

    ActivityKind() {}

    private static ActivityKind standard(String code, String label, String unit) {
        ActivityKind kind = ImmutableActivityKind.of(code, label, unit, true);
        STANDARD.put(code, kind);
        return kind;
    }

    /**
     * Returns the kind of a code: the interned constant for a standard code, a new team kind for
     * an {@code X_} code ({@code X_} followed by 1 to 62 of {@code A-Z 0-9 _}).
     *
     * @param code  the code, not null
     * @return the kind, never null
     * @throws InvalidCodeException with code {@code UNKNOWN_ACTIVITY_KIND} and a message listing
     *         the known codes, if the code is neither standard nor a team code
     */
    @JsonCreator
    public static ActivityKind parse(String code) {
        Objects.requireNonNull(code, "code");
        ActivityKind kind = STANDARD.get(code);
        if (kind != null) {
            return kind;
        }
        if (ByteRules.isTeamKindCode(code)) {
            return ImmutableActivityKind.of(code, code, "次", false);
        }
        throw new InvalidCodeException("UNKNOWN_ACTIVITY_KIND", code, 0, "unknown activity kind \"" + code
                + "\": use one of " + String.join(", ", STANDARD.keySet()) + " or a team code X_…");
    }

    /**
     * Returns the standard kind of a code, without allocating.
     *
     * @param code  the code, not null
     * @return the standard kind, or null when {@code code} is not a standard code
     */
    public static ActivityKind standardOrNull(String code) {
        return STANDARD.get(code);
    }

    /**
     * Returns the 21 standard kinds in the order of the data model.
     *
     * @return an unmodifiable list, never null
     */
    public static List<ActivityKind> standardKinds() {
        return STANDARD_LIST;
    }

    /**
     * Returns the code, such as {@code VISIT} or {@code X_MENTORING}.
     *
     * @return the code, never null
     */
    @Value.Parameter
    public abstract String getCode();

    /**
     * Returns the Chinese label, such as {@code 走访}; the code itself for a team kind.
     *
     * @return the label, never null
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract String getLabel();

    /**
     * Returns the default unit of the number of events, such as {@code 场}; {@code 次} for a team kind.
     *
     * @return the unit, never null
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract String getUnit();

    /**
     * Returns whether this is one of the standard kinds.
     *
     * @return true for a standard kind, false for an {@code X_} team kind
     */
    @Value.Parameter
    @Value.Auxiliary
    public abstract boolean isStandard();

    /**
     * Returns the code; the inverse of {@link #parse(String)}.
     *
     * @return the code, never null
     */
    @JsonValue
    @Override
    public String toString() {
        return getCode();
    }
}
