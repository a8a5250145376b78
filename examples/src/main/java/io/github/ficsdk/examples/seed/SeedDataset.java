package io.github.ficsdk.examples.seed;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetWriter;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Ownership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import io.github.ficsdk.report.ReportEngine;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The embedded default dataset: the Jiaxing federation tree of 2017 (the city federation
 * {@code F330400} and its seven county-level federations), its chambers, party organisations,
 * enterprises with valid credit codes, persons, memberships, activities and proposals, generated
 * from a fixed seed so that the half-year statistics of the system reproduce the figures of the
 * source work report ({@link SeedFigures}) when computed from these micro-records.
 *
 * <pre>{@code
 * SeedDataset seed = SeedDataset.generate();
 * Dataset dataset = seed.writeTo(Path.of("target/seed"));
 * Report report = ReportEngine.standard().run(ReportQuery.builder()
 *         .period(ReportingPeriod.parse("2017-H1")).scope(SeedDataset.CITY).build(), dataset);
 * report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue();   // 196
 * }</pre>
 *
 * <p>The records include what makes the selection rules matter: activities just outside the
 * half year (20 and 30 Dec 2016, 1 Jul 2017 and later), activities co-organized by two federations or
 * by a federation and one of its chambers (counted once), activities organized by chambers and by
 * a party committee (in the subtree), an activity and a proposal of an organisation no file
 * defines ({@code F330100}, out of scope), repeat visits to the same enterprise (家次 versus 家),
 * five chambers still being formed, and a team activity kind {@code X_MENTORING} with an
 * {@code extensions} field {@code hours} (second half of 2017).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SeedDataset {

    /** The city federation, 嘉兴市工商联（总商会）: the scope of the system-wide figures. */
    public static final String CITY = "F330400";
    /** The seed of the generator. */
    public static final long SEED = 20170823L;
    /** An organizer and submitter that no dataset file defines (杭州): out of every scope but its own. */
    public static final String OUTSIDER = "F330100";
    /** The team activity kind of the custom-indicator sample, with an {@code hours} extension. */
    public static final String MENTORING = "X_MENTORING";

    private static final String[][] COUNTIES = {
        {"330402", "南湖区", "凤桥镇", "余新镇", "新丰镇", "大桥镇"},
        {"330411", "秀洲区", "王江泾镇", "油车港镇", "新塍镇", "王店镇"},
        {"330421", "嘉善县", "西塘镇", "姚庄镇", "陶庄镇", "干窑镇"},
        {"330424", "海盐县", "武原街道", "沈荡镇", "百步镇", "澉浦镇"},
        {"330481", "海宁市", "许村镇", "长安镇", "袁花镇", "盐官镇"},
        {"330482", "平湖市", "当湖街道", "新埭镇", "乍浦镇", "独山港镇"},
        {"330483", "桐乡市", "濮院镇", "洲泉镇", "崇福镇", "乌镇镇"},
    };
    private static final String[] TRADES = {"纺织", "服装", "皮革", "家具", "电子信息", "机械", "建筑业", "房地产",
        "餐饮", "旅游", "物流", "汽车流通", "化纤", "光伏", "食品", "印刷包装", "五金", "木业", "羊毛衫", "经编", "丝绸",
        "医药", "环保", "软件", "电子商务", "金融服务", "文化创意", "模具", "塑料", "紧固件", "童装", "袜业", "新材料",
        "装饰", "家纺", "电线电缆", "粮食", "水产", "花卉", "茶叶", "建材", "货运", "会展", "美容美发", "眼镜", "钢结构",
        "生物医药", "节能", "人力资源"};
    private static final String[][] ORIGINS = {{"320000", "江苏"}, {"330300", "温州"}, {"350000", "福建"},
        {"340000", "安徽"}, {"360000", "江西"}, {"410000", "河南"}, {"420000", "湖北"}, {"430000", "湖南"},
        {"330200", "宁波"}, {"331000", "台州"}, {"330700", "金华"}, {"510000", "四川"}};
    private static final String[][] HOSTS = {{"310000", "上海"}, {"330100", "杭州"}, {"440300", "深圳"},
        {"110000", "北京"}, {"320500", "苏州"}, {"440100", "广州"}, {"500000", "重庆"}};
    private static final String[][] INDUSTRIES = {{"C17", "纺织"}, {"C18", "服饰"}, {"C19", "皮革"}, {"C21", "家具"},
        {"C28", "化纤"}, {"C34", "机械"}, {"C38", "电气"}, {"C39", "电子"}, {"E47", "建设"}, {"F51", "贸易"},
        {"K70", "置业"}, {"I65", "科技"}, {"G54", "物流"}, {"C26", "化工"}};
    private static final String BRANDS = "嘉禾南湖秀水禾兴鸳湖梅湾月河子城烟雨运河东栅西塘乌镇盐官潮城金平长水新丰"
            + "当湖华星恒达新源宏业永盛天成海华国邦龙腾富润瑞丰华通星光明远东方中达";
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾沈钱陆蒋";
    private static final String GIVEN = "建国志明伟强军华平海涛晓东春燕丽娟敏杰峰斌浩宇鑫磊勇刚文静婷子豪嘉欣雨轩";
    private static final String[] MOBILE_PREFIXES = {"135", "136", "137", "138", "139", "150", "151", "158", "188", "189"};

    private final List<Federation> federations;
    private final List<Chamber> chambers;
    private final List<PartyOrganization> partyOrganizations;
    private final List<Enterprise> enterprises;
    private final List<Person> persons;
    private final List<Membership> memberships;
    private final List<Activity> activities;
    private final List<Proposal> proposals;
    private final List<AnnualTarget> targets;
    private final List<Ticket> tickets;
    private final List<InvestmentProject> projects;
    private final List<AnnualTask> tasks;

    private SeedDataset(Generator g) {
        this.federations = List.copyOf(g.federations);
        this.chambers = List.copyOf(g.chambers);
        this.partyOrganizations = List.copyOf(g.party);
        this.enterprises = List.copyOf(g.enterprises);
        this.persons = List.copyOf(g.persons);
        this.memberships = List.copyOf(g.memberships);
        this.activities = List.copyOf(g.activities);
        this.proposals = List.copyOf(g.proposals);
        this.targets = List.copyOf(g.targets);
        this.tickets = List.copyOf(g.tickets);
        this.projects = List.copyOf(g.projects);
        this.tasks = List.copyOf(g.tasks);
    }

    /**
     * Generates the dataset; the same records every time.
     *
     * @return the dataset, never null
     */
    public static SeedDataset generate() {
        Generator g = new Generator();
        g.run();
        return new SeedDataset(g);
    }

    /**
     * Returns the ids of the seven county-level federations under {@link #CITY}.
     *
     * @return the ids, such as {@code F330402}, never null
     */
    public static List<String> countyIds() {
        List<String> ids = new ArrayList<>();
        for (String[] c : COUNTIES) {
            ids.add("F" + c[0]);
        }
        return ids;
    }

    /**
     * Writes every file of the dataset into a folder, atomically ({@link Dataset#writer(Path)}):
     * the folder is replaced as a whole once every file is written, and a run that fails or is
     * killed midway leaves it as it was.
     *
     * @param folder  the folder, not null; created if needed, replaced if it exists
     * @return the dataset of that folder, never null
     * @throws java.io.UncheckedIOException if writing fails
     */
    public Dataset writeTo(Path folder) {
        try (DatasetWriter writer = Dataset.writer(folder)) {
            writer.write(DatasetFile.FEDERATIONS, federations)
                    .write(DatasetFile.CHAMBERS, chambers)
                    .write(DatasetFile.PARTY_ORGANIZATIONS, partyOrganizations)
                    .write(DatasetFile.ENTERPRISES, enterprises)
                    .write(DatasetFile.PERSONS, persons)
                    .write(DatasetFile.MEMBERSHIPS, memberships)
                    .write(DatasetFile.ACTIVITIES, activities)
                    .write(DatasetFile.PROPOSALS, proposals)
                    .write(DatasetFile.TARGETS, targets)
                    .write(DatasetFile.TICKETS, tickets)
                    .write(DatasetFile.PROJECTS, projects)
                    .write(DatasetFile.TASKS, tasks);
            writer.commit();
        }
        return Dataset.of(folder);
    }

    /**
     * Returns the organisations, as {@link ReportEngine#run(io.github.ficsdk.report.ReportQuery,
     * ReportEngine.Organizations, Iterable, Iterable)} needs them.
     *
     * @return the organisations, never null
     */
    public ReportEngine.Organizations organizations() {
        return ReportEngine.Organizations.of(federations, chambers, partyOrganizations, targets);
    }

    /**
     * Returns the federations: the city first, then the counties.
     *
     * @return the federations, never null
     */
    public List<Federation> federations() {
        return federations;
    }

    /**
     * Returns the chambers.
     *
     * @return the chambers, never null
     */
    public List<Chamber> chambers() {
        return chambers;
    }

    /**
     * Returns the party organisations.
     *
     * @return the party organisations, never null
     */
    public List<PartyOrganization> partyOrganizations() {
        return partyOrganizations;
    }

    /**
     * Returns the enterprises.
     *
     * @return the enterprises, never null
     */
    public List<Enterprise> enterprises() {
        return enterprises;
    }

    /**
     * Returns the persons.
     *
     * @return the persons, never null
     */
    public List<Person> persons() {
        return persons;
    }

    /**
     * Returns the memberships.
     *
     * @return the memberships, never null
     */
    public List<Membership> memberships() {
        return memberships;
    }

    /**
     * Returns the activities of 2017 (and a few of December 2016).
     *
     * @return the activities, never null
     */
    public List<Activity> activities() {
        return activities;
    }

    /**
     * Returns the proposals.
     *
     * @return the proposals, never null
     */
    public List<Proposal> proposals() {
        return proposals;
    }

    /**
     * Returns the annual targets of 2017.
     *
     * @return the targets, never null
     */
    public List<AnnualTarget> targets() {
        return targets;
    }

    /**
     * Returns the tickets: the problems and suggestions the service alliance received in the first
     * half of 2017 ("累计接到问题建议 10 多个，积极给予协调解决": 12 raised, 10 resolved) and the
     * burden-reduction problem sheets of the second half ("报送好问题收集单，就减负问题做好答复").
     *
     * @return the tickets, never null
     */
    public List<Ticket> tickets() {
        return tickets;
    }

    /**
     * Returns the investment projects ("市江苏商会、市温州商会等异地商会会长在嘉兴扩大投资"; 浙商回归).
     *
     * @return the projects, never null
     */
    public List<InvestmentProject> projects() {
        return projects;
    }

    /**
     * Returns the annual tasks the city assigned the seven counties for 2017 ("制定并下达 2017 年度工商联
     * 工作任务分解方案和市对县（市、区）工商联 2017 年度工作考核办法").
     *
     * @return the tasks, never null
     */
    public List<AnnualTask> tasks() {
        return tasks;
    }

    /** The generator: mutable, used once. */
    private static final class Generator {
        final Random rnd = new Random(SEED);
        final List<Federation> federations = new ArrayList<>();
        final List<Chamber> chambers = new ArrayList<>();
        final List<PartyOrganization> party = new ArrayList<>();
        final List<Enterprise> enterprises = new ArrayList<>();
        final List<Person> persons = new ArrayList<>();
        final List<Membership> memberships = new ArrayList<>();
        final List<Activity> activities = new ArrayList<>();
        final List<Proposal> proposals = new ArrayList<>();
        final List<AnnualTarget> targets = new ArrayList<>();
        final List<Ticket> tickets = new ArrayList<>();
        final List<InvestmentProject> projects = new ArrayList<>();
        final List<AnnualTask> tasks = new ArrayList<>();

        /** Federation id → its active chambers. */
        final Map<String, List<String>> chambersOf = new LinkedHashMap<>();
        final List<String> feds = new ArrayList<>();
        final List<String> largeEnterprises = new ArrayList<>();
        final List<String> otherEnterprises = new ArrayList<>();
        final List<String> youngPersons = new ArrayList<>();
        final Map<ActivityKind, Integer> counters = new LinkedHashMap<>();
        String cityPartyCommittee;
        int chamberSerial;

        void run() {
            organisations();
            members();
            visits();
            forums();
            trainings();
            simpleKinds();
            targetKinds();
            politicalArrangement();
            cityWork();
            otherKinds();
            mentoring();
            proposals();
            annualTargets();
            // the systems below use no random numbers, so that the records above stay as they were
            SeedSystems.tickets(tickets, activities, enterprises, feds);
            SeedSystems.projects(projects, chambers, enterprises, feds);
            SeedSystems.tasks(tasks, targets, activities, feds);
        }

        // ---------------------------------------------------------------- organisations

        void organisations() {
            federations.add(Federation.builder().id(CITY).name("嘉兴市工商业联合会（总商会）")
                    .level(FederationLevel.CITY).division("330400").build());
            feds.add(CITY);
            for (String[] c : COUNTIES) {
                String id = "F" + c[0];
                // townships and streets of the county (乡镇商会覆盖率 of 五优县级工商联): illustrative, 4 to 6
                federations.add(Federation.builder().id(id).name(c[1] + "工商业联合会（商会）")
                        .level(FederationLevel.COUNTY).division(c[0]).parent(CITY)
                        .extensions(Extensions.builder().put("townships", 4 + feds.size() % 3).build()).build());
                feds.add(id);
            }
            for (String f : feds) {
                chambersOf.put(f, new ArrayList<>());
            }
            // 67 chambers under the city federation: 48 trade, 12 out-of-town, 7 remote.
            for (int i = 0; i < 48; i++) {
                ChamberKind kind = i % 3 == 0 ? ChamberKind.INDUSTRY_CHAMBER : ChamberKind.INDUSTRY_ASSOCIATION;
                String name = "嘉兴市" + TRADES[i] + (kind == ChamberKind.INDUSTRY_CHAMBER ? "商会" : "行业协会");
                ChamberStatus status = i == 7 || i == 30 ? ChamberStatus.UNDER_RECTIFICATION : ChamberStatus.ACTIVE;
                chamber(CITY, "330400", name, kind, status, null, null, i % 4 == 0 ? 4 : i % 4 == 1 ? 3 : 0);
            }
            for (String[] o : ORIGINS) {
                chamber(CITY, "330400", "嘉兴市" + o[1] + "商会", ChamberKind.OUT_OF_TOWN, ChamberStatus.ACTIVE, o[0],
                        null, 3);
            }
            for (String[] h : HOSTS) {
                chamber(CITY, "330400", h[1] + "嘉兴商会", ChamberKind.REMOTE, ChamberStatus.ACTIVE, null, h[0], 0);
            }
            // Five trade chambers still being formed ("剩余 5 家行业协会商会的组建"), registered in the second
            // half of the year: not among the 67 that exist at 30 June (CHAMBER.COUNT).
            for (int i = 0; i < 5; i++) {
                chamber(CITY, "330400", "嘉兴市" + TRADES[48 - i] + "行业协会（筹）", ChamberKind.INDUSTRY_ASSOCIATION,
                        ChamberStatus.PREPARING, null, null, 0);
                Chamber preparing = chambers.remove(chambers.size() - 1);
                chambers.add(Chamber.builder().from(preparing).registeredOn(LocalDate.of(2017, 9 + i % 3, 10 + i))
                        .build());
            }
            // Ten chambers per county: four township chambers, six trade chambers.
            for (String[] c : COUNTIES) {
                String fed = "F" + c[0];
                for (int t = 2; t < 6; t++) {
                    chamber(fed, c[0], c[1] + c[t] + "商会", ChamberKind.TOWNSHIP, ChamberStatus.ACTIVE, null, null, 2);
                }
                for (int t = 0; t < 6; t++) {
                    String trade = TRADES[(t * 7 + c[0].hashCode() % 5 + 5) % TRADES.length];
                    chamber(fed, c[0], c[1] + trade + "商会", ChamberKind.INDUSTRY_CHAMBER, ChamberStatus.ACTIVE, null,
                            null, t % 2 == 0 ? 3 : 0);
                }
            }
            // Party: the city federation's committee, 34 branches under it, the Wenzhou chamber's
            // committee (the first of an out-of-town chamber), two branches per county.
            cityPartyCommittee = "P330400-00";
            party.add(PartyOrganization.builder().id(cityPartyCommittee).name("中共嘉兴市工商业联合会委员会")
                    .kind(PartyOrganizationKind.COMMITTEE).host(CITY).memberCount(41).build());
            List<String> city = chambersOf.get(CITY);
            for (int i = 0; i < 34; i++) {
                // the 34th branch is the federation office's own (机关党支部): 33 chambers have a branch, and
                // with the Wenzhou chamber's committee 34 chambers of the city have a party organisation
                String host = i == 33 ? CITY : city.get(i);
                party.add(PartyOrganization.builder().id(String.format("P330400-%02d", i + 1))
                        .name(i == 33 ? "嘉兴市工商业联合会机关党支部" : nameOf(host) + "党支部")
                        .kind(PartyOrganizationKind.BRANCH).host(host)
                        .establishedOn(LocalDate.of(2012 + i % 5, 1 + i % 12, 1 + i % 27)).memberCount(3 + i % 9)
                        .build());
            }
            String wenzhou = chamberNamed("嘉兴市温州商会");
            party.add(PartyOrganization.builder().id("P330400-WZ").name("中共嘉兴市温州商会委员会")
                    .kind(PartyOrganizationKind.COMMITTEE).host(wenzhou).establishedOn(LocalDate.of(2017, 5, 18))
                    .memberCount(52).build());
            for (String fed : feds.subList(1, feds.size())) {
                List<String> own = chambersOf.get(fed);
                for (int i = 0; i < 2; i++) {
                    party.add(PartyOrganization.builder().id("P" + fed.substring(1) + "-" + (i + 1))
                            .name(nameOf(own.get(i)) + "党支部").kind(PartyOrganizationKind.BRANCH).host(own.get(i))
                            .memberCount(3 + i).build());
                }
            }
        }

        void chamber(String fed, String division, String name, ChamberKind kind, ChamberStatus status, String origin,
                String host, int tiers) {
            chamberSerial++;
            String code = CreditCodes.of("51", division, "MJ" + CreditCodes.base31(chamberSerial * 7919L + 1000, 6));
            Chamber.Builder b = Chamber.builder().id(code).name(name).kind(kind).federation(fed).creditCode(code)
                    .status(status);
            if (status != ChamberStatus.PREPARING) {
                // "去年完成 7 家行业协会商会组建任务": 7 chambers of the city formed in 2016 (CHAMBER.FORMED), the
                // five of the formula (serial % 12 == 11) and the trade chambers of serials 10 and 22
                int year = fed.equals(CITY) && (chamberSerial == 10 || chamberSerial == 22) ? 2016
                        : 2005 + chamberSerial % 12;
                b.registeredOn(LocalDate.of(year, 1 + chamberSerial % 12, 1 + chamberSerial % 28));
                chambersOf.get(fed).add(code);
            }
            if (origin != null) {
                b.originRegion(origin);
            }
            if (host != null) {
                b.hostRegion(host);
            }
            String[] tierNames = {"会长单位", "副会长单位", "理事单位", "会员单位"};
            long[] fees = {50_000, 20_000, 5_000, 1_000};
            for (int t = 4 - tiers; t < 4 && tiers > 0; t++) {
                b.addFeeTier(FeeTier.of(tierNames[t], Yuan.ofYuan(fees[t] / (tiers == 2 ? 2 : 1))));
            }
            chambers.add(b.build());
        }

        String nameOf(String chamberId) {
            return chambers.stream().filter(c -> c.getId().equals(chamberId)).findFirst().orElseThrow().getName();
        }

        String chamberNamed(String name) {
            return chambers.stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
        }

        // ---------------------------------------------------------------- members

        void members() {
            // 900 enterprises, 120 of them with revenue of 500 million yuan or more (上规模).
            for (int i = 0; i < 900; i++) {
                String[] county = COUNTIES[i % COUNTIES.length];
                String[] industry = INDUSTRIES[(i / 7) % INDUSTRIES.length];
                String code = CreditCodes.of("91", county[0], "MA2" + CreditCodes.base31(i * 104_729L + 20_000, 5));
                String brand = BRANDS.substring((i * 2) % (BRANDS.length() - 1), (i * 2) % (BRANDS.length() - 1) + 2);
                boolean large = i < 120;
                long revenue = large ? 500_000_000L + rnd.nextInt(4_000) * 1_000_000L
                        : 5_000_000L + rnd.nextInt(400) * 1_000_000L;
                Ownership ownership = i % 29 == 0 ? Ownership.HK_MACAO_TAIWAN : Ownership.PRIVATE;
                enterprises.add(Enterprise.builder().id(code).name(county[1] + brand + industry[1] + "有限公司"
                                + (i >= 140 ? "" : "（集团）")).creditCode(code).division(county[0])
                        .industry(industry[0]).ownership(ownership).revenueYuan(Yuan.ofYuan(revenue)).revenueYear(2016)
                        .employees(large ? 800 + rnd.nextInt(5000) : 20 + rnd.nextInt(600)).build());
                (large ? largeEnterprises : otherEnterprises).add(code);
            }
            // 1000 entrepreneurs; the first 900 run one enterprise each.
            for (int i = 0; i < 1000; i++) {
                String id = String.format("P%04d", i + 1);
                int birthYear = 1950 + rnd.nextInt(43);
                String name = SURNAMES.charAt(rnd.nextInt(SURNAMES.length())) + ""
                        + GIVEN.charAt(rnd.nextInt(GIVEN.length())) + (i % 3 == 0 ? "" : GIVEN.charAt(rnd.nextInt(GIVEN.length())));
                String mobile = MOBILE_PREFIXES[i % MOBILE_PREFIXES.length] + String.format("%08d", rnd.nextInt(100_000_000));
                Person.Builder b = Person.builder().id(id).name(name).birthYear(birthYear).mobile(mobile)
                        .gender(i % 5 == 0 ? Gender.FEMALE : Gender.MALE);
                if (i < 900) {
                    b.enterprise(enterprises.get(i).getId());
                }
                persons.add(b.build());
                if (birthYear >= 1980) {
                    youngPersons.add(id);
                }
            }
            // Every enterprise is a member of one chamber of its own county or of the city.
            Role[] roles = {Role.PRESIDENT, Role.VICE_PRESIDENT, Role.DIRECTOR, Role.MEMBER};
            for (int i = 0; i < enterprises.size(); i++) {
                String fed = i % 3 == 0 ? CITY : "F" + COUNTIES[i % COUNTIES.length][0];
                List<String> own = chambersOf.get(fed);
                String chamberId = own.get((i / 3) % own.size());
                Chamber chamber = chambers.stream().filter(c -> c.getId().equals(chamberId)).findFirst().orElseThrow();
                Role role = i < 40 ? roles[i % 2] : i < 200 ? Role.DIRECTOR : Role.MEMBER;
                Membership.Builder b = Membership.builder().member(enterprises.get(i).getId()).organization(chamberId)
                        .role(role).since(LocalDate.of(2010 + i % 7, 1 + i % 12, 1));
                List<FeeTier> tiers = chamber.getFeeTiers();
                if (!tiers.isEmpty()) {
                    int index = role == Role.MEMBER ? tiers.size() - 1 : Math.max(0, tiers.size() - 2);
                    b.feeTier(tiers.get(index).getName());
                }
                memberships.add(b.build());
            }
            // 200 entrepreneurs sit on the executive committees of the federations.
            for (int i = 0; i < 200; i++) {
                String fed = feds.get(i % feds.size());
                memberships.add(Membership.builder().member(persons.get(i).getId()).organization(fed)
                        .role(i < 8 ? Role.PRESIDENT : i < 40 ? Role.STANDING_COMMITTEE : Role.EXECUTIVE_COMMITTEE)
                        .since(LocalDate.of(2016, 12, 20)).build());
            }
        }

        // ---------------------------------------------------------------- activities

        Activity.Builder activity(ActivityKind kind, LocalDate start, String... organizers) {
            int n = counters.merge(kind, 1, Integer::sum);
            String prefix = kind.getCode().startsWith("X_") ? "X-MENTOR" : abbreviation(kind);
            return Activity.builder().id(String.format("A2017-%s-%04d", prefix, n)).kind(kind).start(start)
                    .addOrganizers(organizers);
        }

        static String abbreviation(ActivityKind kind) {
            String code = kind.getCode().replace("_", "");
            return code.length() <= 8 ? code : code.substring(0, 8);
        }

        void add(Activity.Builder b) {
            activities.add(b.build());
        }

        /** A date in the first half of 2017, spread by index. */
        LocalDate h1(int i) {
            return LocalDate.of(2017, 1, 3).plusDays((i * 37L + rnd.nextInt(5)) % 178);
        }

        /** A date in the second half of 2017. */
        LocalDate h2(int i) {
            return LocalDate.of(2017, 7, 1).plusDays((i * 41L + rnd.nextInt(5)) % 180);
        }

        /** The organizers of the i-th activity of a kind: a federation, sometimes with a chamber of its own. */
        String[] organizers(int i) {
            String fed = feds.get(i % feds.size());
            if (i % 11 == 5) {
                List<String> own = chambersOf.get(fed);
                return new String[] {own.get(i % own.size())};          // organized by a chamber
            }
            if (i % 13 == 7) {
                return new String[] {fed, chambersOf.get(fed).get(0)};  // a federation and its chamber
            }
            if (i % 17 == 3 && !fed.equals(CITY)) {
                return new String[] {CITY, fed};                        // city and county together
            }
            return new String[] {fed};
        }

        /** Splits {@code total} into {@code parts} values of at least {@code min}, at random. */
        long[] split(long total, int parts, long min) {
            long rest = total - min * parts;
            if (rest < 0) {
                throw new IllegalStateException("cannot split " + total + " into " + parts + " parts of " + min);
            }
            double[] weights = new double[parts];
            double sum = 0;
            for (int i = 0; i < parts; i++) {
                weights[i] = 0.2 + rnd.nextDouble();
                sum += weights[i];
            }
            long[] out = new long[parts];
            long given = 0;
            for (int i = 0; i < parts; i++) {
                out[i] = min + (long) Math.floor(rest * weights[i] / sum);
                given += out[i];
            }
            for (int i = 0; given < total; i = (i + 1) % parts) {
                out[i]++;
                given++;
            }
            return out;
        }

        /** Sessions per record: {@code records} values of 1 or more summing to {@code events}. */
        int[] sessions(int events, int records) {
            int[] out = new int[records];
            java.util.Arrays.fill(out, 1);
            for (int extra = events - records, i = 0; extra > 0; extra--, i = (i + 7) % records) {
                out[i]++;
            }
            return out;
        }

        /**
         * Spreads target ids over activities: every id of {@code distinct} once, then the first
         * {@code repeats} of them again, item j going to activity j mod {@code activities}; no id
         * occurs twice in one activity as long as the number of ids is not a multiple of it.
         */
        List<List<String>> spread(List<String> distinct, int repeats, int activityCount) {
            if (distinct.size() % activityCount == 0 || repeats > activityCount) {
                throw new IllegalStateException("a repeat would fall into the same activity");
            }
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < activityCount; i++) {
                out.add(new ArrayList<>());
            }
            for (int j = 0; j < distinct.size() + repeats; j++) {
                out.get(j % activityCount).add(distinct.get(j < distinct.size() ? j : j - distinct.size()));
            }
            return out;
        }

        static List<ActivityTarget> targets(TargetType type, List<String> ids) {
            List<ActivityTarget> out = new ArrayList<>();
            for (String id : ids) {
                out.add(ActivityTarget.of(type, id));
            }
            return out;
        }

        /** 降本减负大走访: 196 chamber visits, 597 distinct enterprises (640 visits), 3514 handbooks. */
        void visits() {
            int n = 150;
            List<String> pool = new ArrayList<>(otherEnterprises);
            pool.addAll(largeEnterprises);
            Collections.shuffle(pool, rnd);
            List<List<String>> enterpriseTargets = spread(pool.subList(0, 597), 43, n);
            long[] copies = split(3514, n, 5);
            for (int a = 0; a < n; a++) {
                String[] org = organizers(a);
                String fed = org[0].startsWith("F") ? org[org.length - 1].startsWith("F") ? org[org.length - 1] : org[0]
                        : federationOf(org[0]);
                List<String> own = chambersOf.get(fed);
                List<String> chamberTargets = new ArrayList<>();
                for (int j = a; j < 196; j += n) {                       // activities 0-45 visit two chambers
                    chamberTargets.add(own.get((j * 5 + 1) % own.size()));
                }
                if (chamberTargets.size() == 2 && chamberTargets.get(0).equals(chamberTargets.get(1))) {
                    chamberTargets.set(1, own.get((own.indexOf(chamberTargets.get(0)) + 1) % own.size()));
                }
                add(activity(ActivityKind.VISIT, h1(a), org).title("降本减负大走访")
                        .addAllTargets(targets(TargetType.CHAMBER, chamberTargets))
                        .addAllTargets(targets(TargetType.ENTERPRISE, enterpriseTargets.get(a)))
                        .copies(copies[a]).addTag("降本减负大走访"));
            }
            // Just outside the half year, and outside the tree: none of these counts in 2017-H1.
            add(activity(ActivityKind.VISIT, LocalDate.of(2016, 12, 30), CITY).title("年末走访")
                    .addTarget(ActivityTarget.of(TargetType.CHAMBER, chambersOf.get(CITY).get(0))).copies(40));
            add(activity(ActivityKind.VISIT, LocalDate.of(2017, 7, 1), "F330481").title("“最多跑一次”大走访")
                    .addTarget(ActivityTarget.of(TargetType.CHAMBER, chambersOf.get("F330481").get(0)))
                    .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, otherEnterprises.get(1))).copies(60));
            add(activity(ActivityKind.VISIT, LocalDate.of(2017, 5, 9), OUTSIDER).title("杭州市工商联来嘉走访")
                    .addTarget(ActivityTarget.of(TargetType.CHAMBER, chambersOf.get(CITY).get(2)))
                    .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, otherEnterprises.get(2))).copies(120));
        }

        String federationOf(String chamberId) {
            for (Map.Entry<String, List<String>> e : chambersOf.entrySet()) {
                if (e.getValue().contains(chamberId)) {
                    return e.getKey();
                }
            }
            throw new IllegalStateException(chamberId);
        }

        /** 论坛、讲座、报告会: 32 场 (26 records), 4036 人次. */
        void forums() {
            add(activity(ActivityKind.FORUM, LocalDate.of(2017, 3, 16), CITY)
                    .title("石齐平《企业发展与创新》大型论坛").participants(526));
            add(activity(ActivityKind.FORUM, LocalDate.of(2017, 4, 8), CITY).end(LocalDate.of(2017, 6, 24))
                    .title("知名企业家大讲堂").sessions(4).participants(480));
            add(activity(ActivityKind.FORUM, LocalDate.of(2017, 5, 20), CITY)
                    .title("郑强“企业家素质”专题讲座").participants(320));
            int n = 23;
            int[] sessions = sessions(32 - 1 - 4 - 1, n);
            long[] participants = split(4036 - 526 - 480 - 320, n, 40);
            for (int i = 0; i < n; i++) {
                add(activity(ActivityKind.FORUM, h1(i + 3), organizers(i + 1)).title("民营经济发展报告会")
                        .sessions(sessions[i]).participants(participants[i]));
            }
            add(activity(ActivityKind.FORUM, LocalDate.of(2017, 9, 12), CITY).title("“最多跑一次”改革政策解读会")
                    .participants(300));
        }

        /** 培训班: 29 期 (27 records), 1927 人次. */
        void trainings() {
            add(activity(ActivityKind.TRAINING, LocalDate.of(2017, 4, 10), CITY).end(LocalDate.of(2017, 4, 16))
                    .title("第 8 期香港理工大学研习班").participants(65).region("330400"));
            add(activity(ActivityKind.TRAINING, LocalDate.of(2017, 5, 22), CITY).end(LocalDate.of(2017, 5, 26))
                    .title("厦门大学培训班").participants(63));
            add(activity(ActivityKind.TRAINING, LocalDate.of(2017, 6, 13), cityPartyCommittee)
                    .title("2017 年度入党积极分子、发展对象培训班").participants(58));
            int n = 24;
            int[] sessions = sessions(29 - 3, n);
            long[] participants = split(1927 - 65 - 63 - 58, n, 30);
            for (int i = 0; i < n; i++) {
                add(activity(ActivityKind.TRAINING, h1(i + 7), organizers(i + 2)).title("企业家素质提升培训班")
                        .sessions(sessions[i]).participants(participants[i]));
            }
            add(activity(ActivityKind.TRAINING, LocalDate.of(2017, 10, 9), "F330421").title("新生代企业家培训班")
                    .participants(45));
        }

        /** Kinds that are counted by events (and people or money). */
        void simpleKinds() {
            // 宣传报道 186 次 (150 records).
            int[] publicity = sessions(186, 150);
            for (int i = 0; i < 150; i++) {
                add(activity(ActivityKind.PUBLICITY, h1(i), organizers(i)).title("宣传报道非公人士典型")
                        .sessions(publicity[i]).addTag(i % 2 == 0 ? "微信公众号" : "门户网站"));
            }
            add(activity(ActivityKind.PUBLICITY, LocalDate.of(2017, 8, 2), CITY).title("浙商回归专题报道").sessions(3));
            // 光彩事业和社会公益 89 次 (80 records), 8724 人次, 3725 万元.
            int[] charity = sessions(89, 80);
            long[] charityPeople = split(8724, 80, 10);
            long[] charityYuan = split(37_250_000, 80, 20_000);
            for (int i = 0; i < 80; i++) {
                String[] org = i == 17 ? new String[] {"F330424", "F330481"} : organizers(i + 4);
                add(activity(ActivityKind.CHARITY, h1(i + 2), org).title(i % 3 == 0 ? "剿灭劣Ⅴ类水认领认捐" : "光彩事业助学助困")
                        .sessions(charity[i]).participants(charityPeople[i]).amountYuan(Yuan.ofYuan(charityYuan[i])));
            }
            add(activity(ActivityKind.CHARITY, LocalDate.of(2017, 7, 1), "F330483").title("光彩助学")
                    .participants(120).amountYuan(Yuan.parse("1000000.50")));
            // 银企对接 18 次, 6 亿多元 (623,500,000.00 元).
            long[] financing = split(623_500_000L, 18, 5_000_000);
            for (int i = 0; i < 18; i++) {
                add(activity(ActivityKind.FINANCING_MATCHMAKING, h1(i + 9), organizers(i + 3)).title("银企对接会")
                        .participants(30 + i * 3).amountYuan(Yuan.ofYuan(financing[i])));
            }
            // 法律讲座、宣传、咨询 34 场次 (30 records).
            int[] legal = sessions(34, 30);
            for (int i = 0; i < 30; i++) {
                add(activity(ActivityKind.LEGAL_EDUCATION, h1(i + 1), organizers(i + 6)).title("法律讲座")
                        .sessions(legal[i]).participants(40 + i));
            }
            // 维护企业合法权益 23 起, one case each.
            for (int i = 0; i < 23; i++) {
                add(activity(ActivityKind.RIGHTS_PROTECTION, h1(i + 5), organizers(i + 1)).title("协调企业合法权益纠纷")
                        .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, otherEnterprises.get(300 + i))));
            }
            // 经贸活动 近 40 场次: 38 (34 records).
            int[] trade = sessions(38, 34);
            for (int i = 0; i < 34; i++) {
                add(activity(ActivityKind.TRADE_EVENT, h1(i + 8), organizers(i + 5))
                        .title(i % 4 == 0 ? "赴上海布展参展" : "经贸洽谈会").sessions(trade[i]).addTag("接轨上海"));
            }
            add(activity(ActivityKind.TRADE_EVENT, LocalDate.of(2017, 11, 20), CITY).title("浙江·台湾合作周嘉兴专场"));
        }

        /** Kinds that are counted by distinct enterprises. */
        void targetKinds() {
            // 法律体检、法律风险巡诊 91 家 (100 check-ups in 22 records).
            List<String> checked = new ArrayList<>(otherEnterprises.subList(400, 491));
            List<List<String>> checkups = spread(checked, 9, 22);
            for (int i = 0; i < 22; i++) {
                add(activity(ActivityKind.LEGAL_CHECKUP, h1(i + 11), organizers(i + 2)).title("法律体检、法律风险巡诊")
                        .addAllTargets(targets(TargetType.ENTERPRISE, checkups.get(i))));
            }
            // 调研 5 亿以上上规模民营企业 91 家 (105 visits in 15 records), plus research without enterprises.
            List<List<String>> research = spread(largeEnterprises.subList(0, 91), 14, 15);
            for (int i = 0; i < 15; i++) {
                add(activity(ActivityKind.RESEARCH, h1(i + 4), organizers(i)).title("上规模民营企业调研")
                        .addAllTargets(targets(TargetType.ENTERPRISE, research.get(i))));
            }
            add(activity(ActivityKind.RESEARCH, LocalDate.of(2017, 5, 11), CITY).title("赴东莞、杭州调研智慧工商联建设")
                    .region("441900"));
            add(activity(ActivityKind.RESEARCH, LocalDate.of(2017, 8, 15), CITY).title("民营经济发展报告调研")
                    .addTarget(ActivityTarget.of(TargetType.ENTERPRISE, largeEnterprises.get(100))));
        }

        /** 综合评价 1401 人次, 考察 695 人次, 推荐 28 名, 挂职 20 名. */
        void politicalArrangement() {
            List<String> pool = new ArrayList<>();
            persons.forEach(p -> pool.add(p.getId()));
            Collections.shuffle(pool, rnd);
            long[] evaluated = split(1401, 8, 100);
            int offset = 0;
            for (int i = 0; i < 8; i++) {
                List<String> window = new ArrayList<>();
                for (int k = 0; k < evaluated[i]; k++) {
                    window.add(pool.get((offset + k) % pool.size()));
                }
                offset += 97;
                add(activity(ActivityKind.COMPREHENSIVE_EVALUATION, LocalDate.of(2017, 1, 5 + i * 3), feds.get(i))
                        .title("换届人选综合评价").addAllTargets(targets(TargetType.PERSON, window)));
            }
            add(activity(ActivityKind.COMPREHENSIVE_EVALUATION, LocalDate.of(2016, 12, 20), CITY).title("换届人选综合评价（去年底）")
                    .addAllTargets(targets(TargetType.PERSON, pool.subList(500, 650))));
            long[] investigated = split(695, 8, 40);
            for (int i = 0; i < 8; i++) {
                int from = (i * 113) % 600;
                add(activity(ActivityKind.INVESTIGATION, LocalDate.of(2017, 2, 6 + i * 2), feds.get(i)).title("换届人选考察")
                        .addAllTargets(targets(TargetType.PERSON, pool.subList(from, from + (int) investigated[i]))));
            }
            add(activity(ActivityKind.NOMINATION, LocalDate.of(2017, 1, 12), CITY).title("向市八届政协推荐工商联界别委员")
                    .addAllTargets(targets(TargetType.PERSON, pool.subList(0, 28))));
            add(activity(ActivityKind.NOMINATION, LocalDate.of(2017, 9, 5), "F330482").title("推荐县级政协委员")
                    .addAllTargets(targets(TargetType.PERSON, pool.subList(28, 40))));
            add(activity(ActivityKind.SECONDMENT, LocalDate.of(2017, 4, 18), CITY, "F330411").end(LocalDate.of(2017, 10, 18))
                    .title("第三批新生代企业家挂职培养锻炼")
                    .addAllTargets(targets(TargetType.PERSON, youngPersons.subList(0, 20))).addTag("第三批"));
        }

        /** The city federation's own work: exchanges, the service alliance, meetings. */
        void cityWork() {
            add(activity(ActivityKind.EXCHANGE, LocalDate.of(2017, 6, 8), CITY).title("上海、深圳知名浙（禾）商“嘉兴行”")
                    .participants(63).addTag("接轨上海"));
            add(activity(ActivityKind.EXCHANGE, LocalDate.of(2017, 4, 26), chambersOf.get(CITY).get(3))
                    .title("与上海浦东行业协会商会互动交流").addTag("接轨上海"));
            add(activity(ActivityKind.EXCHANGE, LocalDate.of(2017, 6, 30), CITY).title("与咸阳市工商联建立友好商会关系"));
            for (int i = 0; i < 4; i++) {
                add(activity(ActivityKind.SERVICE_ALLIANCE_DUTY, LocalDate.of(2017, 2 + i + i / 2, 15), CITY)
                        .title("商会服务联盟第 " + (i + 1) + " 期轮值")
                        .addTarget(ActivityTarget.of(TargetType.DEPARTMENT, "D330400-" + (10 + i)))
                        .extensions(Extensions.builder().put("issues", 3).build()));
            }
            add(activity(ActivityKind.MEETING, LocalDate.of(2017, 3, 9), CITY).title("行业协会商会组建推进会（第 1 次）"));
            add(activity(ActivityKind.MEETING, LocalDate.of(2017, 6, 7), CITY).title("行业协会商会组建推进会（第 2 次）"));
            add(activity(ActivityKind.MEETING, LocalDate.of(2017, 10, 17), CITY).title("行业协会商会组建改建推进会（第 3 次）"));
        }

        /** Kinds the report names without an indicator of the catalog. */
        void otherKinds() {
            add(activity(ActivityKind.STUDY_TOUR, LocalDate.of(2017, 3, 20), CITY).end(LocalDate.of(2017, 3, 24))
                    .title("赴深圳、东莞、佛山产业综合体学习考察").participants(36).region("440300"));
            add(activity(ActivityKind.STUDY_TOUR, LocalDate.of(2017, 5, 15), CITY).end(LocalDate.of(2017, 5, 19))
                    .title("新生代企业家赴成都、重庆学习考察").participants(42).region("510100"));
            List<String> city = chambersOf.get(CITY);
            add(activity(ActivityKind.COMMENDATION, LocalDate.of(2017, 4, 12), CITY).title("2016 年度商协会工作评价表彰")
                    .addAllTargets(targets(TargetType.CHAMBER, city.subList(0, 33))));
            add(activity(ActivityKind.COMMENDATION, LocalDate.of(2017, 6, 28), cityPartyCommittee)
                    .title("“七一”表彰优秀共产党员、优秀党务工作者、优秀党员志愿者")
                    .addAllTargets(targets(TargetType.PERSON, youngPersons.subList(20, 50))));
            add(activity(ActivityKind.PARTY_ACTIVITY, LocalDate.of(2017, 2, 23), cityPartyCommittee)
                    .title("所属党支部书记述职").participants(34));
        }

        /** 导师制 (second half of 2017): a team kind with an {@code hours} extension. */
        void mentoring() {
            ActivityKind kind = ActivityKind.parse(MENTORING);
            for (int i = 0; i < 12; i++) {
                String fed = feds.get(1 + i % 7);
                add(activity(kind, h2(i), fed).title("新生代企业家导师辅导")
                        .addTarget(ActivityTarget.of(TargetType.PERSON, youngPersons.get(60 + i)))
                        .extensions(Extensions.builder().put("hours", new BigDecimal(i % 2 == 0 ? "6.5" : "8"))
                                .put("mentor", "导师" + (i % 4 + 1)).build()));
            }
        }

        // ---------------------------------------------------------------- proposals

        /** 84 proposals in the first half: 6 group proposals of the city federation, 11 key, 8 excellent. */
        void proposals() {
            ProposalSession citySession = ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1);
            String[] group = {"关于加快服务型服装制造业发展的建议", "关于进一步支持行业协会商会在经济转型发展中作用发挥的建议",
                "关于我市构建“亲”“清”新型政商关系的建议", "关于降低我市纺织业企业成本的对策建议",
                "关于推动民营企业接轨上海的建议", "关于加强新生代企业家培养的建议"};
            int serial = 0;
            for (int i = 0; i < group.length; i++) {
                Proposal.Builder b = Proposal.builder().id(String.format("PR2017-%03d", ++serial)).session(citySession)
                        .submitter(CITY).type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 10)).title(group[i]);
                if (i == 2) {
                    b.addRecognitions(Recognition.KEY, Recognition.PLENARY_SPEECH);
                } else if (i == 0) {
                    b.addRecognitions(Recognition.KEY, Recognition.EXCELLENT);
                }
                proposals.add(b.build());
            }
            // 14 member proposals at the city session, 64 at the county sessions (some by chambers).
            int key = 2;
            int excellent = 1;
            for (int i = 0; i < 78; i++) {
                boolean city = i < 14;
                String[] county = COUNTIES[i % COUNTIES.length];
                String submitter = city ? CITY : i % 9 == 0 ? chambersOf.get("F" + county[0]).get(4) : "F" + county[0];
                ProposalSession session = city ? citySession : ProposalSession.of(ProposalBody.CPPCC, county[0], 9, 1);
                Proposal.Builder b = Proposal.builder().id(String.format("PR2017-%03d", ++serial)).session(session)
                        .submitter(submitter).type(ProposalType.MEMBER)
                        .submittedOn(LocalDate.of(2017, 1 + i % 3, 5 + i % 20)).title("关于优化民营企业发展环境的提案");
                if (key < 11 && i % 7 == 3) {
                    b.addRecognition(Recognition.KEY);
                    key++;
                }
                if (excellent < 8 && i % 9 == 4) {
                    b.addRecognition(Recognition.EXCELLENT);
                    excellent++;
                }
                proposals.add(b.build());
            }
            if (key != 11 || excellent != 8) {
                throw new IllegalStateException("key " + key + ", excellent " + excellent);
            }
            // Outside the half year, or outside the tree.
            proposals.add(Proposal.builder().id("PR2016-201").session(ProposalSession.of(ProposalBody.CPPCC, "330400", 7, 5))
                    .submitter(CITY).type(ProposalType.GROUP).submittedOn(LocalDate.of(2016, 12, 28))
                    .title("关于民营经济转型升级的建议").addRecognition(Recognition.KEY).build());
            proposals.add(Proposal.builder().id("PR2017-201").session(citySession).submitter(CITY)
                    .type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 9, 1)).title("关于“最多跑一次”改革的建议").build());
            proposals.add(Proposal.builder().id("PR2017-202").session(ProposalSession.of(ProposalBody.CPPCC, "330100", 11, 1))
                    .submitter(OUTSIDER).type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 14))
                    .title("杭州市工商联团体提案").addRecognition(Recognition.EXCELLENT).build());
        }

        void annualTargets() {
            targets.add(AnnualTarget.builder().organization(CITY).year(2017).indicator("VISIT.TARGETS.CHAMBER")
                    .value(BigDecimal.valueOf(300)).build());
            targets.add(AnnualTarget.builder().organization(CITY).year(2017).indicator("MEETING.EVENTS")
                    .value(BigDecimal.valueOf(3)).build());
            for (String fed : feds.subList(1, feds.size())) {
                targets.add(AnnualTarget.builder().organization(fed).year(2017).indicator("TRAINING.EVENTS")
                        .value(BigDecimal.valueOf(6)).build());
            }
        }
    }
}
