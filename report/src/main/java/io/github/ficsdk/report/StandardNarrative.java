package io.github.ficsdk.report;

import io.github.ficsdk.report.Narrative.Part;
import io.github.ficsdk.report.Narrative.Section;
import io.github.ficsdk.report.Narrative.Sentence;
import java.util.List;

/**
 * The sections and sentences of the standard narrative, in the order of the seed work report
 * (嘉兴市工商联、总商会上半年主要工作情况, 2017): a table of declarations, so that a sentence or a
 * section is added by adding a line here (or, for a team, with {@link Narrative#withSection} and
 * {@link Narrative#withSentence}).
 *
 * <p>Each sentence opens with the row's subject when it is the first sentence kept in its section.
 * Wording only claims what the figures show: the research sentence says 调研企业, not 5 亿以上上规模民营
 * 企业, because no indicator of the data model selects enterprises by revenue.
 */
final class StandardNarrative {

    /** The section of the work around the centre (visits, exchanges). */
    static final String CENTRE = "centre";
    /** The section of ideals and beliefs education (secondment, forums, training, publicity, charity). */
    static final String EDUCATION = "education";
    /** The section of participation in politics (evaluation, nomination, research, proposals). */
    static final String POLITICS = "politics";
    /** The section of service platforms (alliance, tickets, financing, legal services, trade events, projects). */
    static final String SERVICES = "services";
    /** The section of grass-roots work (chambers, meetings, commendations). */
    static final String GRASS_ROOTS = "grass-roots";

    private StandardNarrative() {}

    static List<Section> sections() {
        return List.of(
                Section.of(CENTRE, "围绕中心、主动作为，发挥工商联独特优势助推中心工作", List.of(
                        Sentence.of("visit", List.of(
                                Part.of("累计走访", "商会协会{VISIT.TARGETS.CHAMBER}", "企业{VISIT.DISTINCT.ENTERPRISE}"),
                                Part.of("汇编并赠送各类《政策汇编》", "{VISIT.COPIES}"))),
                        Sentence.of("exchange", List.of(
                                Part.of("组织开展交流合作活动，", "企业家参加{EXCHANGE.PARTICIPANTS}"))))),
                Section.of(EDUCATION, "持续深化理想信念教育实践活动，着力加强非公有制经济人士思想政治工作", List.of(
                        Sentence.of("secondment", List.of(
                                Part.of("选派", "{SECONDMENT.DISTINCT.PERSON}企业家赴部门、单位培养锻炼"))),
                        Sentence.of("forum", List.of(
                                Part.of("累计举办各类论坛、讲座、报告会", "{FORUM.EVENTS}"),
                                Part.following("参加", "{FORUM.PARTICIPANTS}"))),
                        Sentence.of("training", List.of(
                                Part.of("举办各类培训班", "{TRAINING.EVENTS}"),
                                Part.following("参训", "{TRAINING.PARTICIPANTS}"))),
                        Sentence.of("publicity", List.of(
                                Part.of("宣传报道工商联工作、非公人士典型", "{PUBLICITY.EVENTS}"))),
                        Sentence.of("charity", List.of(
                                Part.of("组织开展光彩事业和社会公益事业活动", "{CHARITY.EVENTS}"),
                                Part.following("动员引导非公人士", "{CHARITY.PARTICIPANTS}参与光彩事业和社会公益事业"),
                                Part.following("累计投入资金", "{CHARITY.AMOUNT}"))))),
                Section.of(POLITICS, "高水平参政议政，服务科学决策，努力营造非公有制经济发展良好氛围", List.of(
                        Sentence.of("evaluation", List.of(
                                Part.of("共对", "{COMPREHENSIVE_EVALUATION.TARGETS.PERSON}企业家进行了综合评价"),
                                Part.of("对", "{INVESTIGATION.TARGETS.PERSON}进行考察"))),
                        Sentence.of("nomination", List.of(
                                Part.of("推荐安排工商联界别委员", "{NOMINATION.DISTINCT.PERSON}"))),
                        Sentence.of("research", List.of(
                                Part.of("围绕民营企业发展中遇到的困难和问题深入调查研究，调研企业",
                                        "{RESEARCH.DISTINCT.ENTERPRISE}"))),
                        Sentence.of("group-proposal", List.of(
                                Part.of("提交团体提案", "{PROPOSAL.GROUP}"),
                                Part.following("其中", "{PROPOSAL.PLENARY_SPEECH}作为大会发言"))),
                        Sentence.of("proposal", List.of(
                                Part.of("在各级“两会”期间共提交提案", "{PROPOSAL.SUBMITTED}"),
                                Part.following("被评为", "重点提案{PROPOSAL.KEY}", "优秀提案{PROPOSAL.EXCELLENT}"))))),
                Section.of(SERVICES, "整合资源、创新载体，不断拓展服务民营企业转型发展的平台建设", List.of(
                        Sentence.of("alliance", List.of(
                                Part.of("推动商会服务联盟轮值", "{SERVICE_ALLIANCE_DUTY.EVENTS}"))),
                        Sentence.of("tickets", List.of(
                                Part.of("收集企业问题建议", "{TICKET.RAISED}"),
                                Part.of("已协调解决", "{TICKET.RESOLVED}"))),
                        Sentence.of("financing", List.of(
                                Part.of("开展银企对接活动", "{FINANCING_MATCHMAKING.EVENTS}"),
                                Part.following("解决融资金额", "{FINANCING_MATCHMAKING.AMOUNT}"))),
                        Sentence.of("legal", List.of(
                                Part.of("开展法律讲座、宣传、咨询等活动", "{LEGAL_EDUCATION.EVENTS}"),
                                Part.of("法律体检、法律风险巡诊", "{LEGAL_CHECKUP.DISTINCT.ENTERPRISE}"),
                                Part.of("维护企业合法权益", "{RIGHTS_PROTECTION.EVENTS}"))),
                        Sentence.of("trade", List.of(
                                Part.of("组织举办各类经贸活动", "{TRADE_EVENT.EVENTS}"))),
                        Sentence.of("projects", List.of(
                                Part.of("签约引进项目", "{PROJECT.SIGNED}"),
                                Part.following("协议投资", "{PROJECT.INVESTMENT}"),
                                Part.following("到位资金", "{PROJECT.FUNDS}"),
                                Part.of("开工项目", "{PROJECT.STARTED}"))))),
                Section.of(GRASS_ROOTS, "夯实基层基础工作，提升工商联组织的能力水平", List.of(
                        Sentence.of("formed", List.of(
                                Part.of("新组建商协会", "{CHAMBER.FORMED}"))),
                        Sentence.of("chambers", List.of(
                                Part.of("期末共有所属商协会", "{CHAMBER.COUNT}"),
                                Part.following("其中建有党组织的", "{CHAMBER.WITH_PARTY_ORGANIZATION}"))),
                        Sentence.of("meeting", List.of(
                                Part.of("召开各类会议", "{MEETING.EVENTS}"))),
                        Sentence.of("commendation", List.of(
                                Part.of("表彰", "商协会{COMMENDATION.TARGETS.CHAMBER}",
                                        "个人{COMMENDATION.TARGETS.PERSON}"))))));
    }
}
