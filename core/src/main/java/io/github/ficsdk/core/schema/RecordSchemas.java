package io.github.ficsdk.core.schema;

import static io.github.ficsdk.core.schema.ValueType.activityKind;
import static io.github.ficsdk.core.schema.ValueType.code;
import static io.github.ficsdk.core.schema.ValueType.date;
import static io.github.ficsdk.core.schema.ValueType.decimal;
import static io.github.ficsdk.core.schema.ValueType.extensions;
import static io.github.ficsdk.core.schema.ValueType.id;
import static io.github.ficsdk.core.schema.ValueType.intCount;
import static io.github.ficsdk.core.schema.ValueType.listOf;
import static io.github.ficsdk.core.schema.ValueType.longCount;
import static io.github.ficsdk.core.schema.ValueType.object;
import static io.github.ficsdk.core.schema.ValueType.reference;
import static io.github.ficsdk.core.schema.ValueType.text;
import static io.github.ficsdk.core.schema.ValueType.year;
import static io.github.ficsdk.core.schema.ValueType.yuan;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Ownership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketChannel;
import io.github.ficsdk.core.ticket.TicketStatus;
import io.github.ficsdk.core.schema.Definition.Common;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema of every record type of a dataset, such as {@link #ACTIVITY}, and of the nested
 * types ({@link #FEE_TIER}, {@link #ACTIVITY_TARGET}, {@link #PROPOSAL_SESSION}): the single
 * declaration of each record's properties, headers and types.
 *
 * <pre>{@code
 * for (RecordSchema<?> schema : RecordSchemas.all()) {
 *     System.out.println(schema.getFileName().get() + " " + schema.getSheetName().get()
 *             + " " + schema.getPropertyNames());
 * }
 * RecordSchemas.forSheet("活动");         // Optional[ACTIVITY]
 * RecordSchemas.forSheet("activities");   // the same
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class RecordSchemas {

    private RecordSchemas() {}

    /** The holder the target codec fills before {@link ActivityTarget#of}. */
    private static final class TargetHolder {
        TargetType type;
        String id;
    }

    /** The holder the session codec fills before {@link ProposalSession#of}. */
    private static final class SessionHolder {
        ProposalBody body;
        String division;
        int term;
        int number;
    }

    // Organisation ids (declared before the schemas that use them) ids: what organizers, submitters and annual targets name.
    private static final Class<?>[] ORGANIZATIONS = {Federation.class, Chamber.class, PartyOrganization.class};

    // The properties several record types declare alike (declared before the schemas that use them).
    private static final Common<String> NAME = new Common<>("name", "名称", "name", text());
    private static final Common<String> CREDIT_CODE = new Common<>("creditCode", "统一社会信用代码", "credit code", text());
    private static final Common<String> DIVISION = new Common<>("division", "行政区划代码", "division code", text());
    private static final Common<String> INDUSTRY = new Common<>("industry", "行业代码", "industry code", text());
    private static final Common<String> ORIGIN_REGION = new Common<>("originRegion", "籍贯地区划代码", "origin region", text());
    private static final Common<String> TITLE = new Common<>("title", "标题", "title", text());
    private static final Common<Integer> YEAR = new Common<>("year", "年度", "year", year());

    /** The schema of {@link FeeTier}, nested in a chamber's {@code feeTiers} ({@code 名称:年费}). */
    public static final RecordSchema<FeeTier> FEE_TIER = feeTier();
    /** The schema of {@link ActivityTarget}, nested in an activity's {@code targets} ({@code 类型:编号}). */
    public static final RecordSchema<ActivityTarget> ACTIVITY_TARGET = activityTarget();
    /** The schema of {@link ProposalSession}, nested in a proposal's {@code session}. */
    public static final RecordSchema<ProposalSession> PROPOSAL_SESSION = proposalSession();

    /** {@code federations.jsonl}, sheet {@code 工商联}: {@link Federation}. */
    public static final RecordSchema<Federation> FEDERATION = federation();
    /** {@code chambers.jsonl}, sheet {@code 商会}: {@link Chamber}. */
    public static final RecordSchema<Chamber> CHAMBER = chamber();
    /** {@code party-organizations.jsonl}, sheet {@code 党组织}: {@link PartyOrganization}. */
    public static final RecordSchema<PartyOrganization> PARTY_ORGANIZATION = partyOrganization();
    /** {@code enterprises.jsonl}, sheet {@code 企业}: {@link Enterprise}. */
    public static final RecordSchema<Enterprise> ENTERPRISE = enterprise();
    /** {@code persons.jsonl}, sheet {@code 人员}: {@link Person}. */
    public static final RecordSchema<Person> PERSON = person();
    /** {@code memberships.jsonl}, sheet {@code 会员}: {@link Membership}. */
    public static final RecordSchema<Membership> MEMBERSHIP = membership();
    /** {@code activities.jsonl}, sheet {@code 活动}: {@link Activity}. */
    public static final RecordSchema<Activity> ACTIVITY = activity();
    /** {@code proposals.jsonl}, sheet {@code 提案}: {@link Proposal}. */
    public static final RecordSchema<Proposal> PROPOSAL = proposal();
    /** {@code targets.jsonl}, sheet {@code 年度目标}: {@link AnnualTarget}. */
    public static final RecordSchema<AnnualTarget> ANNUAL_TARGET = annualTarget();
    /** {@code tickets.jsonl}, sheet {@code 问题}: {@link Ticket}. */
    public static final RecordSchema<Ticket> TICKET = ticket();
    /** {@code projects.jsonl}, sheet {@code 项目}: {@link InvestmentProject}. */
    public static final RecordSchema<InvestmentProject> INVESTMENT_PROJECT = investmentProject();
    /** {@code tasks.jsonl}, sheet {@code 任务}: {@link AnnualTask}. */
    public static final RecordSchema<AnnualTask> ANNUAL_TASK = annualTask();

    private static final List<RecordSchema<?>> ALL = List.of(FEDERATION, CHAMBER, PARTY_ORGANIZATION, ENTERPRISE,
            PERSON, MEMBERSHIP, ACTIVITY, PROPOSAL, ANNUAL_TARGET, TICKET, INVESTMENT_PROJECT, ANNUAL_TASK);
    private static final List<RecordSchema<?>> NESTED = List.of(FEE_TIER, ACTIVITY_TARGET, PROPOSAL_SESSION);
    private static final Map<Class<?>, RecordSchema<?>> BY_TYPE = new HashMap<>();
    private static final Map<String, RecordSchema<?>> BY_SHEET = new HashMap<>();

    static {
        for (RecordSchema<?> schema : ALL) {
            BY_TYPE.put(schema.getType(), schema);
            BY_SHEET.put(schema.getSheetName().get(), schema);
            for (String alias : schema.getSheetAliases()) {
                BY_SHEET.put(alias, schema);
            }
        }
        for (RecordSchema<?> schema : NESTED) {
            BY_TYPE.put(schema.getType(), schema);
        }
    }

    private static RecordSchema<FeeTier> feeTier() {
        Definition<FeeTier, FeeTier.Builder> d = Definition.of(FeeTier.class, FeeTier::builder, FeeTier.Builder::build);
        d.property(NAME).required().get(FeeTier::getName).set(FeeTier.Builder::name);
        d.property("annualFeeYuan", "年费（元）", "annual fee (yuan)", yuan()).required()
                .get(FeeTier::getAnnualFeeYuan).set(FeeTier.Builder::annualFeeYuan);
        return d.build();
    }

    private static RecordSchema<ActivityTarget> activityTarget() {
        Definition<ActivityTarget, TargetHolder> d = Definition.of(ActivityTarget.class, TargetHolder::new,
                h -> ActivityTarget.of(h.type, h.id));
        d.property("type", "类型", "type", code(TargetType.class, TargetType::getLabel)).required()
                .get(ActivityTarget::getType).set((h, v) -> h.type = v);
        d.property("id", "编号", "id", reference(Chamber.class, Enterprise.class, Person.class, Federation.class))
                .required().get(ActivityTarget::getId).set((h, v) -> h.id = v);
        return d.build();
    }

    private static RecordSchema<ProposalSession> proposalSession() {
        Definition<ProposalSession, SessionHolder> d = Definition.of(ProposalSession.class, SessionHolder::new,
                h -> ProposalSession.of(h.body, h.division, h.term, h.number));
        d.property("body", "会议机构", "body", code(ProposalBody.class, ProposalBody::getLabel)).required()
                .get(ProposalSession::getBody).set((h, v) -> h.body = v);
        d.property("division", "会议区划代码", "division code", text()).required()
                .get(ProposalSession::getDivision).set((h, v) -> h.division = v);
        d.property("term", "届次", "term", intCount(1)).required()
                .getInt(ProposalSession::getTerm).setInt((h, v) -> h.term = v);
        d.property("number", "次会议", "session number", intCount(1)).required()
                .getInt(ProposalSession::getNumber).setInt((h, v) -> h.number = v);
        return d.build();
    }

    private static RecordSchema<Federation> federation() {
        Definition<Federation, Federation.Builder> d = Definition.of(Federation.class, Federation::builder,
                Federation.Builder::build).file("federations.jsonl", "工商联");
        d.id(Federation::getId, Federation.Builder::id);
        d.property(NAME).required().get(Federation::getName).set(Federation.Builder::name);
        d.property("shortName", "简称", "short name", text())
                .getOptional(Federation::getShortName).set(Federation.Builder::shortName);
        d.property("level", "层级", "level", code(FederationLevel.class, FederationLevel::getLabel)).required()
                .get(Federation::getLevel).set(Federation.Builder::level);
        d.property(DIVISION).required().get(Federation::getDivision).set(Federation.Builder::division);
        d.property("parent", "上级", "parent federation", reference(Federation.class))
                .getOptional(Federation::getParent).set(Federation.Builder::parent);
        return d.extensions(Federation::getExtensions, Federation.Builder::extensions).build();
    }

    private static RecordSchema<Chamber> chamber() {
        Definition<Chamber, Chamber.Builder> d = Definition.of(Chamber.class, Chamber::builder, Chamber.Builder::build)
                .file("chambers.jsonl", "商会");
        d.id(Chamber::getId, Chamber.Builder::id);
        d.property(NAME).required().get(Chamber::getName).set(Chamber.Builder::name);
        d.property("shortName", "简称", "short name", text())
                .getOptional(Chamber::getShortName).set(Chamber.Builder::shortName);
        d.property("kind", "类型", "kind", code(ChamberKind.class, ChamberKind::getLabel)).required()
                .get(Chamber::getKind).set(Chamber.Builder::kind);
        d.property("federation", "所属工商联", "federation", reference(Federation.class)).required()
                .get(Chamber::getFederation).set(Chamber.Builder::federation);
        d.property(CREDIT_CODE).getOptional(Chamber::getCreditCode).set(Chamber.Builder::creditCode);
        d.property("status", "状态", "status", code(ChamberStatus.class, ChamberStatus::getLabel))
                .byDefault(ChamberStatus.ACTIVE).get(Chamber::getStatus).set(Chamber.Builder::status);
        d.property("registeredOn", "成立日期", "registration day", date())
                .getOptional(Chamber::getRegisteredOn).set(Chamber.Builder::registeredOn);
        d.property(ORIGIN_REGION).getOptional(Chamber::getOriginRegion).set(Chamber.Builder::originRegion);
        d.property("hostRegion", "所在地区划代码", "host region", text())
                .getOptional(Chamber::getHostRegion).set(Chamber.Builder::hostRegion);
        d.property("feeTiers", "会费档次", "fee tiers", listOf(object(FEE_TIER)))
                .get(Chamber::getFeeTiers).set(Chamber.Builder::feeTiers).add(Chamber.Builder::addFeeTier);
        return d.extensions(Chamber::getExtensions, Chamber.Builder::extensions).build();
    }

    private static RecordSchema<PartyOrganization> partyOrganization() {
        Definition<PartyOrganization, PartyOrganization.Builder> d = Definition.of(PartyOrganization.class,
                PartyOrganization::builder, PartyOrganization.Builder::build)
                .file("party-organizations.jsonl", "党组织");
        d.id(PartyOrganization::getId, PartyOrganization.Builder::id);
        d.property(NAME).required().get(PartyOrganization::getName).set(PartyOrganization.Builder::name);
        d.property("kind", "类型", "kind", code(PartyOrganizationKind.class, PartyOrganizationKind::getLabel))
                .required().get(PartyOrganization::getKind).set(PartyOrganization.Builder::kind);
        d.property("host", "所在组织", "host", reference(Chamber.class, Federation.class)).required()
                .get(PartyOrganization::getHost).set(PartyOrganization.Builder::host);
        d.property("establishedOn", "建立日期", "establishment day", date())
                .getOptional(PartyOrganization::getEstablishedOn).set(PartyOrganization.Builder::establishedOn);
        d.property("memberCount", "党员人数", "party members", intCount(0))
                .getOptionalInt(PartyOrganization::getMemberCount).setInt(PartyOrganization.Builder::memberCount);
        return d.extensions(PartyOrganization::getExtensions, PartyOrganization.Builder::extensions).build();
    }

    private static RecordSchema<Enterprise> enterprise() {
        Definition<Enterprise, Enterprise.Builder> d = Definition.of(Enterprise.class, Enterprise::builder,
                Enterprise.Builder::build).file("enterprises.jsonl", "企业");
        d.id(Enterprise::getId, Enterprise.Builder::id);
        d.property(NAME).required().get(Enterprise::getName).set(Enterprise.Builder::name);
        d.property(CREDIT_CODE).getOptional(Enterprise::getCreditCode).set(Enterprise.Builder::creditCode);
        d.property(DIVISION).getOptional(Enterprise::getDivision).set(Enterprise.Builder::division);
        d.property(INDUSTRY).getOptional(Enterprise::getIndustry).set(Enterprise.Builder::industry);
        d.property("ownership", "经济类型", "ownership", code(Ownership.class, Ownership::getLabel))
                .getOptional(Enterprise::getOwnership).set(Enterprise.Builder::ownership);
        d.property("revenueYuan", "营业收入（元）", "revenue (yuan)", yuan())
                .getOptional(Enterprise::getRevenueYuan).set(Enterprise.Builder::revenueYuan);
        d.property("revenueYear", "收入年度", "revenue year", year())
                .getOptionalInt(Enterprise::getRevenueYear).setInt(Enterprise.Builder::revenueYear);
        d.property("employees", "从业人数", "employees", intCount(0))
                .getOptionalInt(Enterprise::getEmployees).setInt(Enterprise.Builder::employees);
        return d.extensions(Enterprise::getExtensions, Enterprise.Builder::extensions).build();
    }

    private static RecordSchema<Person> person() {
        Definition<Person, Person.Builder> d = Definition.of(Person.class, Person::builder, Person.Builder::build)
                .file("persons.jsonl", "人员");
        d.id(Person::getId, Person.Builder::id);
        d.property("name", "姓名", "name", text()).required().get(Person::getName).set(Person.Builder::name);
        d.property("birthYear", "出生年份", "birth year", year())
                .getOptionalInt(Person::getBirthYear).setInt(Person.Builder::birthYear);
        d.property("enterprise", "所在企业", "enterprise", reference(Enterprise.class))
                .getOptional(Person::getEnterprise).set(Person.Builder::enterprise);
        d.property("mobile", "手机号码", "mobile number", text())
                .getOptional(Person::getMobile).set(Person.Builder::mobile);
        d.property("gender", "性别", "gender", code(Gender.class, Gender::getLabel))
                .getOptional(Person::getGender).set(Person.Builder::gender);
        return d.extensions(Person::getExtensions, Person.Builder::extensions).build();
    }

    private static RecordSchema<Membership> membership() {
        Definition<Membership, Membership.Builder> d = Definition.of(Membership.class, Membership::builder,
                Membership.Builder::build).file("memberships.jsonl", "会员");
        d.property("member", "会员", "member", reference(Enterprise.class, Person.class)).required()
                .get(Membership::getMember).set(Membership.Builder::member);
        d.property("organization", "组织", "organization", reference(Chamber.class, Federation.class)).required()
                .get(Membership::getOrganization).set(Membership.Builder::organization);
        d.property("role", "职务", "role", code(Role.class, Role::getLabel)).required()
                .get(Membership::getRole).set(Membership.Builder::role);
        d.property("feeTier", "会费档次", "fee tier", text())
                .getOptional(Membership::getFeeTier).set(Membership.Builder::feeTier);
        d.property("since", "入会日期", "since", date())
                .getOptional(Membership::getSince).set(Membership.Builder::since);
        d.property("until", "退会日期", "until", date())
                .getOptional(Membership::getUntil).set(Membership.Builder::until);
        return d.extensions(Membership::getExtensions, Membership.Builder::extensions).build();
    }

    private static RecordSchema<Activity> activity() {
        Definition<Activity, Activity.Builder> d = Definition.of(Activity.class, Activity::builder,
                Activity.Builder::build).file("activities.jsonl", "活动");
        d.id(Activity::getId, Activity.Builder::id);
        d.property("kind", "类型", "kind", activityKind()).required().get(Activity::getKind).set(Activity.Builder::kind);
        d.property("start", "开始日期", "start", date()).required().get(Activity::getStart).set(Activity.Builder::start);
        d.property("organizers", "主办单位", "organizers", listOf(reference(ORGANIZATIONS))).required()
                .get(Activity::getOrganizers).set(Activity.Builder::organizers).add(Activity.Builder::addOrganizer);
        d.property(TITLE).getOptional(Activity::getTitle).set(Activity.Builder::title);
        d.property("end", "结束日期", "end", date()).byDefault("start", Activity::getStart)
                .get(Activity::getEnd).set(Activity.Builder::end);
        d.property("region", "地区", "region", text()).getOptional(Activity::getRegion).set(Activity.Builder::region);
        d.property("sessions", "场次", "sessions", intCount(1)).byDefault(1)
                .getInt(Activity::getSessions).setInt(Activity.Builder::sessions);
        d.property("participants", "人次", "participants", longCount(0))
                .getOptionalLong(Activity::getParticipants).setLong(Activity.Builder::participants);
        d.property("copies", "册数", "copies", longCount(0))
                .getOptionalLong(Activity::getCopies).setLong(Activity.Builder::copies);
        d.property("amountYuan", "金额（元）", "amount (yuan)", yuan())
                .getOptional(Activity::getAmountYuan).set(Activity.Builder::amountYuan);
        d.property("targets", "对象", "targets", listOf(object(ACTIVITY_TARGET)))
                .get(Activity::getTargets).set(Activity.Builder::targets).add(Activity.Builder::addTarget);
        d.property("tags", "标签", "tags", listOf(text()))
                .get(Activity::getTags).set(Activity.Builder::tags).add(Activity.Builder::addTag);
        return d.extensions(Activity::getExtensions, Activity.Builder::extensions).build();
    }

    private static RecordSchema<Proposal> proposal() {
        Definition<Proposal, Proposal.Builder> d = Definition.of(Proposal.class, Proposal::builder,
                Proposal.Builder::build).file("proposals.jsonl", "提案");
        d.id(Proposal::getId, Proposal.Builder::id);
        d.property("session", "会议", "session", object(PROPOSAL_SESSION)).required().spread()
                .get(Proposal::getSession).set(Proposal.Builder::session);
        d.property("submitter", "提交单位", "submitter", reference(ORGANIZATIONS)).required()
                .get(Proposal::getSubmitter).set(Proposal.Builder::submitter);
        d.property("type", "类型", "type", code(ProposalType.class, ProposalType::getLabel)).required()
                .get(Proposal::getType).set(Proposal.Builder::type);
        d.property("submittedOn", "提交日期", "submission day", date()).required()
                .get(Proposal::getSubmittedOn).set(Proposal.Builder::submittedOn);
        d.property(TITLE).getOptional(Proposal::getTitle).set(Proposal.Builder::title);
        d.property("recognitions", "荣誉", "recognitions", listOf(code(Recognition.class, Recognition::getLabel)))
                .get(Proposal::getRecognitions).set(Proposal.Builder::recognitions)
                .add(Proposal.Builder::addRecognition);
        return d.extensions(Proposal::getExtensions, Proposal.Builder::extensions).build();
    }

    private static RecordSchema<AnnualTarget> annualTarget() {
        Definition<AnnualTarget, AnnualTarget.Builder> d = Definition.of(AnnualTarget.class, AnnualTarget::builder,
                AnnualTarget.Builder::build).file("targets.jsonl", "年度目标");
        d.property("organization", "组织", "organization", reference(ORGANIZATIONS)).required()
                .get(AnnualTarget::getOrganization).set(AnnualTarget.Builder::organization);
        d.property(YEAR).required().getInt(AnnualTarget::getYear).setInt(AnnualTarget.Builder::year);
        d.property("indicator", "指标代码", "indicator", text()).required()
                .get(AnnualTarget::getIndicator).set(AnnualTarget.Builder::indicator);
        d.property("value", "目标值", "target value", decimal()).required()
                .get(AnnualTarget::getValue).set(AnnualTarget.Builder::value);
        return d.extensions(AnnualTarget::getExtensions, AnnualTarget.Builder::extensions).build();
    }

    private static RecordSchema<Ticket> ticket() {
        Definition<Ticket, Ticket.Builder> d = Definition.of(Ticket.class, Ticket::builder, Ticket.Builder::build)
                .file("tickets.jsonl", "问题");
        d.id(Ticket::getId, Ticket.Builder::id);
        d.property("raisedOn", "提出日期", "day raised", date()).required()
                .get(Ticket::getRaisedOn).set(Ticket.Builder::raisedOn);
        d.property("raisedBy", "提出者", "raised by", reference(Enterprise.class, Person.class, Chamber.class))
                .required().get(Ticket::getRaisedBy).set(Ticket.Builder::raisedBy);
        d.property("receivedBy", "收集单位", "received by", reference(Federation.class, Chamber.class)).required()
                .get(Ticket::getReceivedBy).set(Ticket.Builder::receivedBy);
        d.property("category", "类别", "category", code(TicketCategory.class, TicketCategory::getLabel)).required()
                .get(Ticket::getCategory).set(Ticket.Builder::category);
        d.property("summary", "内容", "summary", text()).required().get(Ticket::getSummary).set(Ticket.Builder::summary);
        d.property("channel", "渠道", "channel", code(TicketChannel.class, TicketChannel::getLabel))
                .getOptional(Ticket::getChannel).set(Ticket.Builder::channel);
        d.property("activity", "活动", "activity", reference(Activity.class))
                .getOptional(Ticket::getActivity).set(Ticket.Builder::activity);
        d.property("assignedTo", "承办部门", "assigned to", listOf(text()))
                .get(Ticket::getAssignedTo).set(Ticket.Builder::assignedTo).add((Ticket.Builder b, String v) -> b.addAssignedTo(v));
        d.property("status", "状态", "status", code(TicketStatus.class, TicketStatus::getLabel))
                .byDefault(TicketStatus.OPEN).get(Ticket::getStatus).set(Ticket.Builder::status);
        d.property("resolvedOn", "办结日期", "day closed", date())
                .getOptional(Ticket::getResolvedOn).set(Ticket.Builder::resolvedOn);
        d.property("reply", "答复", "reply", text()).getOptional(Ticket::getReply).set(Ticket.Builder::reply);
        return d.extensions(Ticket::getExtensions, Ticket.Builder::extensions).build();
    }

    private static RecordSchema<InvestmentProject> investmentProject() {
        Definition<InvestmentProject, InvestmentProject.Builder> d = Definition.of(InvestmentProject.class,
                InvestmentProject::builder, InvestmentProject.Builder::build).file("projects.jsonl", "项目");
        d.id(InvestmentProject::getId, InvestmentProject.Builder::id);
        d.property(NAME).required().get(InvestmentProject::getName).set(InvestmentProject.Builder::name);
        d.property("organization", "组织", "organization", reference(Federation.class, Chamber.class)).required()
                .get(InvestmentProject::getOrganization).set(InvestmentProject.Builder::organization);
        d.property("signedOn", "签约日期", "day signed", date()).required()
                .get(InvestmentProject::getSignedOn).set(InvestmentProject.Builder::signedOn);
        d.property("investmentYuan", "投资额（元）", "investment (yuan)", yuan()).required()
                .get(InvestmentProject::getInvestmentYuan).set(InvestmentProject.Builder::investmentYuan);
        d.property("investor", "投资方", "investor", reference(Enterprise.class, Person.class))
                .getOptional(InvestmentProject::getInvestor).set(InvestmentProject.Builder::investor);
        d.property(ORIGIN_REGION)
                .getOptional(InvestmentProject::getOriginRegion).set(InvestmentProject.Builder::originRegion);
        d.property("stage", "阶段", "stage", code(ProjectStage.class, ProjectStage::getLabel))
                .byDefault(ProjectStage.SIGNED).get(InvestmentProject::getStage).set(InvestmentProject.Builder::stage);
        d.property("startedOn", "开工日期", "day started", date())
                .getOptional(InvestmentProject::getStartedOn).set(InvestmentProject.Builder::startedOn);
        d.property("fundsInPlaceYuan", "到位资金（元）", "funds in place (yuan)", yuan())
                .getOptional(InvestmentProject::getFundsInPlaceYuan).set(InvestmentProject.Builder::fundsInPlaceYuan);
        d.property(INDUSTRY).getOptional(InvestmentProject::getIndustry).set(InvestmentProject.Builder::industry);
        return d.extensions(InvestmentProject::getExtensions, InvestmentProject.Builder::extensions).build();
    }

    private static RecordSchema<AnnualTask> annualTask() {
        Definition<AnnualTask, AnnualTask.Builder> d = Definition.of(AnnualTask.class, AnnualTask::builder,
                AnnualTask.Builder::build).file("tasks.jsonl", "任务");
        d.id(AnnualTask::getId, AnnualTask.Builder::id);
        d.property(YEAR).required().getInt(AnnualTask::getYear).setInt(AnnualTask.Builder::year);
        d.property("owner", "责任单位", "owner", reference(ORGANIZATIONS)).required()
                .get(AnnualTask::getOwner).set(AnnualTask.Builder::owner);
        d.property(TITLE).required().get(AnnualTask::getTitle).set(AnnualTask.Builder::title);
        d.property("weight", "分值", "weight (points)", decimal()).required()
                .get(AnnualTask::getWeight).set(AnnualTask.Builder::weight);
        d.property("assignedBy", "下达单位", "assigned by", reference(ORGANIZATIONS))
                .getOptional(AnnualTask::getAssignedBy).set(AnnualTask.Builder::assignedBy);
        d.property("dueOn", "截止日期", "due day", date())
                .getOptional(AnnualTask::getDueOn).set(AnnualTask.Builder::dueOn);
        d.property("completedOn", "完成日期", "day completed", date())
                .getOptional(AnnualTask::getCompletedOn).set(AnnualTask.Builder::completedOn);
        d.property("evidence", "佐证", "evidence", listOf(text()))
                .get(AnnualTask::getEvidence).set(AnnualTask.Builder::evidence).add((AnnualTask.Builder b, String v) -> b.addEvidence(v));
        return d.extensions(AnnualTask::getExtensions, AnnualTask.Builder::extensions).build();
    }

    /**
     * Returns the schemas of the twelve record types of a dataset's files, in the order of the data
     * model (federations, chambers, party organisations, enterprises, persons, memberships,
     * activities, proposals, annual targets, tickets, investment projects, annual tasks).
     *
     * @return an unmodifiable list, never null
     */
    public static List<RecordSchema<?>> all() {
        return ALL;
    }

    /**
     * Returns the schemas of the nested types: fee tier, activity target, proposal session.
     *
     * @return an unmodifiable list, never null
     */
    public static List<RecordSchema<?>> nested() {
        return NESTED;
    }

    /**
     * Returns the schema of a sheet, found by its name ({@code 活动}) or its file stem
     * ({@code activities}), white space around it ignored.
     *
     * @param sheetName  the name of the sheet or of the CSV file without {@code .csv}, not null
     * @return the schema, empty when no record type has that sheet
     */
    public static Optional<RecordSchema<?>> forSheet(String sheetName) {
        return Optional.ofNullable(BY_SHEET.get(Objects.requireNonNull(sheetName, "sheetName").strip()));
    }

    /**
     * Returns the schema of a JSON Lines file name, such as {@code activities.jsonl}.
     *
     * @param fileName  the file name, not null
     * @return the schema, empty when no record type has that file
     */
    public static Optional<RecordSchema<?>> forFileName(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        for (RecordSchema<?> schema : ALL) {
            if (schema.getFileName().get().equals(fileName)) {
                return Optional.of(schema);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    static <T> RecordSchema<T> of(Class<T> type) {
        RecordSchema<?> schema = BY_TYPE.get(Objects.requireNonNull(type, "type"));
        if (schema == null) {
            throw new IllegalArgumentException("no record schema for " + type.getName());
        }
        return (RecordSchema<T>) schema;
    }
}
