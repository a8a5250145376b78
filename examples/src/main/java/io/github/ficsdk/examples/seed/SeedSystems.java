package io.github.ficsdk.examples.seed;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.project.ProjectStage;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.ticket.TicketCategory;
import io.github.ficsdk.core.ticket.TicketChannel;
import io.github.ficsdk.core.ticket.TicketStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The seed's systems besides activities and proposals: tickets, investment projects, annual tasks
 * (and the county targets of the annual assessment), generated without random numbers from the
 * records already made.
 */
final class SeedSystems {

    private SeedSystems() {}

    private static final TicketCategory[] CATEGORIES = {TicketCategory.FINANCING, TicketCategory.TAX_AND_FEES,
        TicketCategory.LAND_AND_PERMITS, TicketCategory.TALENT, TicketCategory.POLICY, TicketCategory.LEGAL};
    private static final String[] SUMMARIES = {"流动资金贷款到期续贷难", "研发费用加计扣除政策落实", "厂房扩建用地审批慢",
        "高技能人才招聘难", "“最多跑一次”办事材料重复提交", "合同纠纷需要法律援助"};
    private static final String[] DEPARTMENTS = {"市金融办", "市税务局", "市国土资源局", "市人力社保局", "市审改办", "市司法局"};

    /**
     * 12 tickets on the four service-alliance duty rounds of the first half (3 each), 10 of them
     * resolved within the half year, one in progress and one open at its end; 3 burden-reduction
     * problem sheets of the second half from the counties, resolved in November.
     */
    static void tickets(List<Ticket> tickets, List<Activity> activities, List<Enterprise> enterprises,
            List<String> feds) {
        List<Activity> rounds = activities.stream()
                .filter(a -> a.getKind() == ActivityKind.SERVICE_ALLIANCE_DUTY).toList();
        int n = 0;
        for (Activity round : rounds) {
            for (int k = 0; k < 3; k++) {
                int i = n++;
                LocalDate raised = round.getStart();
                Ticket.Builder b = Ticket.builder().id(String.format("TK2017-%03d", i + 1)).raisedOn(raised)
                        .raisedBy(enterprises.get(300 + i * 17).getId()).receivedBy(SeedDataset.CITY)
                        .category(CATEGORIES[i % CATEGORIES.length]).summary(SUMMARIES[i % SUMMARIES.length])
                        .channel(TicketChannel.SERVICE_ALLIANCE).activity(round.getId())
                        .addAssignedTo(DEPARTMENTS[i % DEPARTMENTS.length]);
                if (i == 9) {
                    b.status(TicketStatus.OPEN);
                } else if (i == 10) {
                    b.status(TicketStatus.IN_PROGRESS);
                } else {
                    b.status(TicketStatus.RESOLVED).resolvedOn(raised.plusDays(4 + (i * 5) % 11))
                            .reply("已协调" + DEPARTMENTS[i % DEPARTMENTS.length] + "办理");
                }
                tickets.add(b.build());
            }
        }
        if (n != 12) {
            throw new IllegalStateException("service-alliance rounds: " + rounds.size());
        }
        for (int i = 0; i < 3; i++) {
            LocalDate raised = LocalDate.of(2017, 9, 5 + i * 7);
            tickets.add(Ticket.builder().id(String.format("TK2017-%03d", 101 + i)).raisedOn(raised)
                    .raisedBy(enterprises.get(400 + i).getId()).receivedBy(feds.get(1 + i))
                    .category(TicketCategory.TAX_AND_FEES).summary("减轻企业负担问题收集单：涉企收费")
                    .channel(TicketChannel.PROBLEM_SHEET).status(TicketStatus.RESOLVED)
                    .resolvedOn(LocalDate.of(2017, 11, 10 + i)).reply("已就减负问题作出答复").build());
        }
    }

    /**
     * Projects the out-of-town chambers and the counties brought in: four signed in the first half
     * (5.5 亿元 agreed, 1.6 亿元 in place), three started in it (one signed in 2016), one cancelled,
     * one signed in the second half.
     */
    static void projects(List<InvestmentProject> projects, List<Chamber> chambers, List<Enterprise> enterprises,
            List<String> feds) {
        String jiangsu = named(chambers, "嘉兴市江苏商会");
        String wenzhou = named(chambers, "嘉兴市温州商会");
        String fujian = named(chambers, "嘉兴市福建商会");
        projects.add(project("PJ2017-01", "江苏商会会员企业智能制造基地", jiangsu, "2017-03-28", "120000000.00",
                ProjectStage.STARTED, "2017-06-08", "30000000.00", "320000", enterprises.get(30)));
        projects.add(project("PJ2017-02", "温州商会总部经济大楼", wenzhou, "2017-04-18", "300000000.00",
                ProjectStage.SIGNED, null, "50000000.00", "330300", enterprises.get(31)));
        projects.add(project("PJ2017-03", "温州籍企业家新能源汽车零部件项目", wenzhou, "2017-05-26", "80000000.00",
                ProjectStage.STARTED, "2017-06-20", "80000000.00", "330300", enterprises.get(32)));
        projects.add(project("PJ2017-04", "浙商回归时尚产业园", feds.get(5), "2017-06-12", "50000000.00",
                ProjectStage.SIGNED, null, null, "330100", enterprises.get(33)));
        projects.add(project("PJ2017-05", "冷链物流中心（已取消）", feds.get(6), "2017-02-10", "200000000.00",
                ProjectStage.CANCELLED, null, null, null, null));
        projects.add(project("PJ2016-09", "福建商会会员企业仓储项目", fujian, "2016-11-20", "60000000.00",
                ProjectStage.COMPLETED, "2017-02-15", "60000000.00", "350000", enterprises.get(34)));
        projects.add(project("PJ2017-06", "世界浙商大会签约智慧物流项目", feds.get(7), "2017-09-12", "500000000.00",
                ProjectStage.SIGNED, null, null, "330100", enterprises.get(35)));
    }

    private static InvestmentProject project(String id, String name, String org, String signedOn, String investment,
            ProjectStage stage, String startedOn, String funds, String origin, Enterprise investor) {
        InvestmentProject.Builder b = InvestmentProject.builder().id(id).name(name).organization(org)
                .signedOn(LocalDate.parse(signedOn)).investmentYuan(Yuan.parse(investment)).stage(stage);
        if (startedOn != null) {
            b.startedOn(LocalDate.parse(startedOn));
        }
        if (funds != null) {
            b.fundsInPlaceYuan(Yuan.parse(funds));
        }
        if (origin != null) {
            b.originRegion(origin);
        }
        if (investor != null) {
            b.investor(investor.getId()).industry(investor.getIndustry().orElse("C34"));
        }
        return b.build();
    }

    private static String named(List<Chamber> chambers, String name) {
        return chambers.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    /** The titles, weights and due days of the city's four tasks for every county. */
    private static final String[][] TASKS = {
        {"深化非公有制经济人士理想信念教育实践活动", "10", "2017-11-30"},
        {"开展“降本减负大走访”活动", "10", "2017-06-30"},
        {"推进“五优”县级工商联建设并向省联申报", "10", "2017-12-15"},
        {"做好所属商协会清理整顿工作", "10", "2017-12-31"}};

    /**
     * Four tasks of 10 points for each county, 2017, assigned by the city, with the county's first
     * visit as the evidence of the visits task; and the county target of 8 proposals in 2017 beside
     * the 6 training classes. County c (0-6) completes the first task on time when c is even (else
     * on 5 December, late), the second on 28 June except county 3, the third on 10 December for the
     * first four counties, the fourth on 20 December.
     */
    static void tasks(List<AnnualTask> tasks, List<AnnualTarget> targets, List<Activity> activities,
            List<String> feds) {
        for (int c = 0; c < feds.size() - 1; c++) {
            String fed = feds.get(c + 1);
            String visit = activities.stream().filter(a -> a.getKind() == ActivityKind.VISIT
                    && a.getOrganizers().contains(fed)).findFirst().orElseThrow().getId();
            LocalDate[] completed = {
                c % 2 == 0 ? LocalDate.of(2017, 6, 20) : LocalDate.of(2017, 12, 5),
                c == 3 ? null : LocalDate.of(2017, 6, 28),
                c < 4 ? LocalDate.of(2017, 12, 10) : null,
                LocalDate.of(2017, 12, 20)};
            for (int t = 0; t < TASKS.length; t++) {
                AnnualTask.Builder b = AnnualTask.builder().id("RW2017-" + fed.substring(1) + "-" + (t + 1)).year(2017)
                        .owner(fed).title(TASKS[t][0]).weight(new BigDecimal(TASKS[t][1])).assignedBy(SeedDataset.CITY)
                        .dueOn(LocalDate.parse(TASKS[t][2]));
                if (completed[t] != null) {
                    b.completedOn(completed[t]);
                }
                if (t == 1) {
                    b.addEvidence(visit);
                }
                tasks.add(b.build());
            }
            targets.add(AnnualTarget.builder().organization(fed).year(2017).indicator("PROPOSAL.SUBMITTED")
                    .value(BigDecimal.valueOf(8)).build());
        }
    }
}
