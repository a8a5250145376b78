package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalBody;
import io.github.ficsdk.core.proposal.ProposalType;
import io.github.ficsdk.core.proposal.Recognition;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per rule of DATA-MODEL.md "Ledgers in spreadsheets". */
class LedgerRulesTest {

    @TempDir
    Path dir;

    private static final String[] ACTIVITY_HEADERS = {"编号", "类型", "开始日期", "主办单位", "金额（元）", "场次", "对象"};

    private Activity activity(String id, ActivityKind kind, LocalDate start, String... organizers) {
        Activity.Builder b = Activity.builder().id(id).kind(kind).start(start);
        for (String o : organizers) {
            b.addOrganizer(o);
        }
        return b.build();
    }

    private static LedgerProblem only(LedgerContent content) {
        assertEquals(1, content.getProblems().size(), content.getProblems().toString());
        return content.getProblems().get(0);
    }

    @Test
    void headerRow_isTheFirstWithTwoKnownHeaders_titleAndBlankRowsSkipped() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "海宁市工商联 2017 年活动台账")
                .row(2, "单位：元")
                .row(4, "开始日期", "编号", "类型", "主办单位") // by header, not by position
                .row(5, LocalDate.of(2017, 3, 5), "A1", "VISIT", "F330481")
                .row(7, LocalDate.of(2017, 3, 6), "A2", "走访", "F330481")
                .write(dir.resolve("台账.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertEquals(List.of(), content.getProblems());
        assertEquals(List.of(activity("A1", ActivityKind.VISIT, LocalDate.of(2017, 3, 5), "F330481"),
                activity("A2", ActivityKind.VISIT, LocalDate.of(2017, 3, 6), "F330481")),
                content.records(RecordSchemas.ACTIVITY));
    }

    @Test
    void totalRows_areSkippedAndNoted() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位", "金额（元）")
                .row(2, "A1", "VISIT", "2017-03-05", "F1", 100)
                .row(3, "合 计", null, null, null, new Workbooks.Formula("SUM(E2:E2)", 100))
                .row(4, null, "小计", null, null, 100)
                .row(5, "总计")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertEquals(1, content.records(RecordSchemas.ACTIVITY).size());
        assertEquals(List.of("TOTAL_ROW", "TOTAL_ROW", "TOTAL_ROW"),
                content.getProblems().stream().map(LedgerProblem::getProblemCode).toList());
        assertEquals(List.of(3L, 4L, 5L), content.getProblems().stream().map(LedgerProblem::getRow).toList());
        assertTrue(content.getProblems().stream().noneMatch(LedgerProblem::isError));
    }

    @Test
    void wanYuan_isMultipliedExactly_halfAndFullWidthBrackets() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位", "金额(万元)")
                .row(2, "A1", "VISIT", "2017-03-05", "F1", 3725)
                .row(3, "A2", "VISIT", "2017-03-05", "F1", 0.123456)
                .row(4, "A3", "VISIT", "2017-03-05", "F1", "12.5")
                .row(5, "A4", "VISIT", "2017-03-05", "F1", "0.1234567")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        List<Activity> list = content.records(RecordSchemas.ACTIVITY);
        assertEquals(Yuan.parse("37250000"), list.get(0).getAmountYuan().get());
        assertEquals(Yuan.parse("1234.56"), list.get(1).getAmountYuan().get());
        assertEquals(Yuan.parse("125000"), list.get(2).getAmountYuan().get());
        LedgerProblem p = only(content);
        assertEquals("YUAN_AMOUNT_SCALE", p.getProblemCode());
        assertEquals(5, p.getRow());
        assertEquals("E", p.getColumn().orElse(null));
        assertEquals("金额(万元)", p.getHeader().orElse(null));
        assertEquals("A4", p.getId().orElse(null));
        assertEquals("amountYuan", p.getProblemPath());
    }

    @Test
    void dates_dateCellsAndFourTextForms_impossibleDateIsInvalidDate() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位")
                .row(2, "A1", "VISIT", LocalDate.of(2017, 3, 5), "F1")
                .row(3, "A2", "VISIT", "2017-03-05", "F1")
                .row(4, "A3", "VISIT", "2017/3/5", "F1")
                .row(5, "A4", "VISIT", "2017.3.5", "F1")
                .row(6, "A5", "VISIT", "2017年3月5日", "F1")
                .row(7, "A6", "VISIT", "2017-02-30", "F1")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        assertEquals(5, content.records(RecordSchemas.ACTIVITY).size());
        content.records(RecordSchemas.ACTIVITY).forEach(a -> assertEquals(LocalDate.of(2017, 3, 5), a.getStart()));
        LedgerProblem p = only(content);
        assertEquals(LedgerProblem.of("t.xlsx", "活动", 7, "C", "开始日期", "A6", "start", Severity.ERROR, "INVALID_DATE",
                p.getMessage()), p);
    }

    @Test
    void numbers_numericCellOrText_decimalCountAndWordsAreWrongType() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位", "场次", "人次")
                .row(2, "A1", "VISIT", "2017-03-05", "F1", 3, "120")
                .row(3, "A2", "VISIT", "2017-03-05", "F1", 2.5, null)
                .row(4, "A3", "VISIT", "2017-03-05", "F1", "十二", null)
                .row(5, "A4", "VISIT", "2017-03-05", "F1", 0, null)
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        Activity a = content.records(RecordSchemas.ACTIVITY).get(0);
        assertEquals(3, a.getSessions());
        assertEquals(120L, a.getParticipants().getAsLong());
        assertEquals(List.of("WRONG_TYPE", "WRONG_TYPE", "NOT_POSITIVE"),
                content.getProblems().stream().map(LedgerProblem::getProblemCode).toList());
        assertEquals(List.of("E", "E", "E"), content.getProblems().stream().map(p -> p.getColumn().orElse(null)).toList());
    }

    @Test
    void codes_theCodeOrItsChineseLabel() throws IOException {
        Path xlsx = new Workbooks()
                .sheet("商会").row(1, "编号", "名称", "类型", "所属工商联", "会费档次")
                .row(2, "C1", "海宁市纺织行业商会", "行业商会", "F1", "会长:50000；会员:1000")
                .row(3, "C2", "海宁市某协会", "INDUSTRY_ASSOCIATION", "F1", null)
                .row(4, "C3", "不知道", "兴趣小组", "F1", null)
                .sheet("人员").row(1, "编号", "姓名", "性别").row(2, "P1", "张三", "男")
                .sheet("会员").row(1, "会员", "组织", "职务").row(2, "P1", "C1", "副会长")
                .sheet("提案").row(1, "编号", "会议机构", "会议区划代码", "届次", "次会议", "提交单位", "类型", "提交日期", "荣誉")
                .row(2, "P17", "政协", "330400", 8, 1, "F1", "团体", "2017-01-10", "重点、优秀")
                .sheet("活动").row(1, "编号", "类型", "开始日期", "主办单位").row(2, "A1", "论坛、讲座、报告会", "2017-3-5", "F1")
                .row(3, "A2", "闲聊", "2017-3-5", "F1")
                .row(4, "A3", "X_MENTORING", "2017-3-5", "F1")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        List<Chamber> chambers = content.records(RecordSchemas.CHAMBER);
        assertEquals(ChamberKind.INDUSTRY_CHAMBER, chambers.get(0).getKind());
        assertEquals(List.of(FeeTier.of("会长", Yuan.parse("50000")), FeeTier.of("会员", Yuan.parse("1000"))),
                chambers.get(0).getFeeTiers());
        assertEquals(ChamberKind.INDUSTRY_ASSOCIATION, chambers.get(1).getKind());
        assertEquals(Gender.MALE, content.records(RecordSchemas.PERSON).get(0).getGender().get());
        assertEquals(Role.VICE_PRESIDENT, content.records(RecordSchemas.MEMBERSHIP).get(0).getRole());
        Proposal proposal = content.records(RecordSchemas.PROPOSAL).get(0);
        assertEquals(ProposalType.GROUP, proposal.getType());
        assertEquals(ProposalBody.CPPCC, proposal.getSession().getBody());
        assertEquals(8, proposal.getSession().getTerm());
        assertEquals(List.of(Recognition.KEY, Recognition.EXCELLENT), proposal.getRecognitions());
        List<Activity> activities = content.records(RecordSchemas.ACTIVITY);
        assertEquals(ActivityKind.FORUM, activities.get(0).getKind());
        assertEquals("X_MENTORING", activities.get(1).getKind().getCode());
        assertEquals(List.of("UNKNOWN_CODE", "UNKNOWN_ACTIVITY_KIND"),
                content.getProblems().stream().map(LedgerProblem::getProblemCode).toList());
        assertEquals("商会", content.getProblems().get(0).getSheet().orElse(null));
        assertEquals("kind", content.getProblems().get(0).getProblemPath());
    }

    @Test
    void lists_everySeparator_andTypeIdPairsByCodeOrLabel() throws IOException {
        Path xlsx = new Workbooks().sheet("activities")
                .row(1, "编号", "类型", "开始日期", "主办单位", "对象", "标签")
                .row(2, "A1", "VISIT", "2017-03-05", "F1、F2，F3,F4;F5；F6", "企业:E001、商会：C01,ENTERPRISE:E002", "a；b")
                .row(3, "A2", "VISIT", "2017-03-05", "F1", "单位:X1", null)
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        Activity a = content.records(RecordSchemas.ACTIVITY).get(0);
        assertEquals(List.of("F1", "F2", "F3", "F4", "F5", "F6"), a.getOrganizers());
        assertEquals(List.of(ActivityTarget.of(TargetType.ENTERPRISE, "E001"), ActivityTarget.of(TargetType.CHAMBER, "C01"),
                ActivityTarget.of(TargetType.ENTERPRISE, "E002")), a.getTargets());
        assertEquals(List.of("a", "b"), a.getTags());
        LedgerProblem p = only(content);
        assertEquals("UNKNOWN_CODE", p.getProblemCode());
        assertEquals("targets[0].type", p.getProblemPath());
        assertEquals("E", p.getColumn().orElse(null));
    }

    @Test
    void extensionColumns_fillExtensions_unknownHeadersAreWarnedAndIgnored() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位", "扩展:hours", "扩展：county", "备注")
                .row(2, "A1", "VISIT", "2017-03-05", "F1", 12.5, "海宁", "随便写")
                .write(dir.resolve("t.xlsx"));
        LedgerContent content = Ledger.of(xlsx).readAll();
        Activity a = content.records(RecordSchemas.ACTIVITY).get(0);
        assertEquals(new BigDecimal("12.5"), a.getExtensions().getNumber("hours").get());
        assertEquals("海宁", a.getExtensions().asMap().get("county"));
        LedgerProblem p = only(content);
        assertEquals("UNKNOWN_HEADER", p.getProblemCode());
        assertEquals(Severity.WARNING, p.getSeverity());
        assertEquals(1, p.getRow());
        assertEquals("G", p.getColumn().orElse(null));
        assertEquals("备注", p.getHeader().orElse(null));
    }

    @Test
    void requiredPropertyMissing_isRequired_withTheRowAndTheId() throws IOException {
        Path xlsx = new Workbooks().sheet("活动")
                .row(1, "编号", "类型", "开始日期", "主办单位")
                .row(2, "A1", "VISIT", null, "F1")
                .write(dir.resolve("t.xlsx"));
        LedgerProblem p = only(Ledger.of(xlsx).readAll());
        assertEquals("REQUIRED", p.getProblemCode());
        assertEquals("start", p.getProblemPath());
        assertEquals("C", p.getColumn().orElse(null));
        assertEquals("A1", p.getId().orElse(null));
        assertEquals(2, p.getRow());
    }

    @Test
    void personalData_inProblems_isMasked() throws IOException {
        Path xlsx = new Workbooks().sheet("人员")
                .row(1, "编号", "姓名", "出生年份")
                .row(2, "P1", "张三", "13812345678")
                .write(dir.resolve("t.xlsx"));
        LedgerProblem p = only(Ledger.of(xlsx).readAll());
        assertTrue(p.getMessage().contains("138****5678"), p.getMessage());
        assertTrue(!p.getMessage().contains("13812345678"), p.getMessage());
    }

    private static final String CSV = "编号,类型,开始日期,主办单位,标题\n" + "A1,走访,2017/3/5,\"F1,F2\",走访企业\n";

    @Test
    void csv_utf8WithAndWithoutBom_andGb18030_areDetected() throws IOException {
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"))) {
            for (boolean bom : List.of(false, true)) {
                if (bom && charset != StandardCharsets.UTF_8) {
                    continue;
                }
                Path folder = Files.createDirectories(dir.resolve(charset.name() + bom));
                byte[] body = CSV.getBytes(charset);
                byte[] bytes = bom ? concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body) : body;
                Files.write(folder.resolve("activities.csv"), bytes);
                LedgerContent content = Ledger.of(folder).readAll();
                assertEquals(List.of(), content.getProblems(), charset + " " + bom);
                Activity a = content.records(RecordSchemas.ACTIVITY).get(0);
                assertEquals("走访企业", a.getTitle().get());
                assertEquals(List.of("F1", "F2"), a.getOrganizers());
            }
        }
    }

    @Test
    void csv_gb18030WithABadByte_isInvalidEncodingOfThatRowAndColumn() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bad"));
        byte[] good = ("编号,类型,开始日期,主办单位,标题\nA1,走访,2017/3/5,F1,走访企业\nA2,走访,2017/3/5,F1,")
                .getBytes(Charset.forName("GB18030"));
        Files.write(folder.resolve("活动.csv"), concat(good, new byte[] {(byte) 0xFF, (byte) 0x30, '\n'}));
        LedgerContent content = Ledger.of(folder).readAll();
        assertEquals(1, content.records(RecordSchemas.ACTIVITY).size());
        LedgerProblem p = only(content);
        assertEquals(LedgerProblem.of("活动.csv", null, 3, "E", "标题", null, "title", Severity.ERROR, "INVALID_ENCODING",
                p.getMessage()), p);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void mobileNumbers_andIdsTypedAsNumbers_readAsText() throws IOException {
        Path xlsx = new Workbooks().sheet("人员")
                .row(1, "编号", "姓名", "手机号码")
                .row(2, 1001, "张三", 13812345678L)
                .write(dir.resolve("t.xlsx"));
        Person p = Ledger.of(xlsx).readAll().records(RecordSchemas.PERSON).get(0);
        assertEquals("1001", p.getId());
        assertEquals("13812345678", p.getMobile().get());
    }

    @Test
    void membership_withoutId_isRead() throws IOException {
        Path xlsx = new Workbooks().sheet("会员")
                .row(1, "会员", "组织", "职务", "入会日期")
                .row(2, "E1", "C1", "会员", LocalDate.of(2016, 1, 1))
                .write(dir.resolve("t.xlsx"));
        Membership m = Ledger.of(xlsx).readAll().records(RecordSchemas.MEMBERSHIP).get(0);
        assertEquals(Role.MEMBER, m.getRole());
        assertEquals(LocalDate.of(2016, 1, 1), m.getSince().get());
    }
}
