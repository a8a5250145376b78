package io.github.ficsdk.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberStatus;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.proposal.ProposalSession;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schemas against the tables of DATA-MODEL.md and the golden JSON files. */
class RecordSchemaTest {

    /** DATA-MODEL.md, "Ledgers in spreadsheets": property → header, for the record types core has. */
    private static final Map<String, String> HEADERS = table(
            "id 编号, name 名称, shortName 简称, level 层级, division 行政区划代码, parent 上级, kind 类型, "
            + "federation 所属工商联, creditCode 统一社会信用代码, status 状态, registeredOn 成立日期, "
            + "originRegion 籍贯地区划代码, hostRegion 所在地区划代码, feeTiers 会费档次, host 所在组织, "
            + "establishedOn 建立日期, memberCount 党员人数, industry 行业代码, ownership 经济类型, "
            + "revenueYuan 营业收入（元）, revenueYear 收入年度, employees 从业人数, birthYear 出生年份, "
            + "enterprise 所在企业, mobile 手机号码, gender 性别, member 会员, organization 组织, role 职务, "
            + "feeTier 会费档次, since 入会日期, until 退会日期, start 开始日期, end 结束日期, organizers 主办单位, "
            + "title 标题, region 地区, sessions 场次, participants 人次, copies 册数, amountYuan 金额（元）, "
            + "targets 对象, tags 标签, submitter 提交单位, type 类型, submittedOn 提交日期, recognitions 荣誉, "
            + "year 年度, indicator 指标代码, value 目标值, raisedOn 提出日期, raisedBy 提出者, receivedBy 收集单位, "
            + "category 类别, summary 内容, channel 渠道, assignedTo 承办部门, resolvedOn 办结日期, reply 答复, "
            + "signedOn 签约日期, investmentYuan 投资额（元）, investor 投资方, startedOn 开工日期, "
            + "fundsInPlaceYuan 到位资金（元）, stage 阶段, owner 责任单位, weight 分值, dueOn 截止日期, "
            + "completedOn 完成日期, assignedBy 下达单位, evidence 佐证, "
            // a ticket's activity: the header table of DATA-MODEL.md names none; 活动 is the sheet name of activities
            + "activity 活动");

    /** DATA-MODEL.md: the sheets, by name and file stem. */
    private static final Map<String, String> SHEETS = table("工商联 federations, 商会 chambers, 党组织 party-organizations, "
            + "企业 enterprises, 人员 persons, 会员 memberships, 活动 activities, 提案 proposals, 年度目标 targets, "
            + "问题 tickets, 项目 projects, 任务 tasks");

    private static Map<String, String> table(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String entry : text.split(", ")) {
            String[] parts = entry.split(" ");
            map.put(parts[0], parts[1]);
        }
        return map;
    }

    @Test
    void headers_areThoseOfTheDataModel() {
        Set<String> used = new HashSet<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (Property<?, ?> p : schema.getProperties()) {
                String name = p.getName();
                if (name.equals("extensions") || name.equals("session")) {
                    continue;
                }
                String expected = schema == RecordSchemas.PERSON && name.equals("name") ? "姓名" : HEADERS.get(name);
                assertEquals(expected, p.getHeader(), p.toString());
                used.add(name);
            }
        }
        assertEquals(HEADERS.keySet(), used, "every header of the table belongs to a property");
    }

    @Test
    void columns_ofEverySchema_areFoundByTheirHeaders() {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            for (Column<?> column : schema.getColumns()) {
                assertTrue(column.isPrimary());
                assertSame(column, schema.column(column.getHeader()).get(), column.toString());
                assertSame(column.getProperty(), column.getProperties().get(column.getProperties().size() - 1));
            }
        }
    }

    @Test
    void sessionOfAProposal_spreadsOverFourColumns() {
        List<String> headers = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (Column<?> column : RecordSchemas.PROPOSAL.getColumns()) {
            if (column.getRecordProperty().getName().equals("session")) {
                headers.add(column.getHeader());
                paths.add(column.getPath());
            }
        }
        assertEquals(List.of("会议机构", "会议区划代码", "届次", "次会议"), headers);
        assertEquals(List.of("session.body", "session.division", "session.term", "session.number"), paths);
        assertTrue(RecordSchemas.PROPOSAL.property("session").get().isSpread());
        assertFalse(RecordSchemas.PROPOSAL.column("会议").isPresent(), "the group name is not a column");
        assertEquals("届次", RecordSchemas.PROPOSAL.column("届次").get().getProperty().getHeader());
    }

    @ParameterizedTest
    @CsvSource({"金额（万元）, amountYuan, 10000", "金额(万元), amountYuan, 10000", " 金额（元） , amountYuan, 1",
        "金额(元), amountYuan, 1"})
    void column_ofAmount_inYuanOrWan(String header, String path, int multiplier) {
        Column<Activity> column = RecordSchemas.ACTIVITY.column(header).get();
        assertEquals(path, column.getPath());
        assertEquals(0, BigDecimal.valueOf(multiplier).compareTo(column.getMultiplier()));
        assertEquals(multiplier == 1, column.isPrimary());
    }

    @Test
    void aliases_inWan_forEveryYuanHeader() {
        assertEquals(List.of("营业收入（万元）"), RecordSchemas.ENTERPRISE.property("revenueYuan").get().getAliases());
        assertEquals(List.of("金额（万元）"), RecordSchemas.ACTIVITY.property("amountYuan").get().getAliases());
        assertEquals(0, new BigDecimal("10000").compareTo(
                RecordSchemas.ENTERPRISE.column("营业收入(万元)").get().getMultiplier()));
        assertEquals(List.of(), RecordSchemas.ACTIVITY.property("sessions").get().getAliases());
    }

    @Test
    void column_ofAnExtension() {
        Column<Activity> column = RecordSchemas.ACTIVITY.column("扩展:county").get();
        assertEquals("extensions.county", column.getPath());
        assertEquals(Optional.of("county"), column.getExtensionName());
        assertEquals("扩展:county", RecordSchemas.ACTIVITY.column(" 扩展：county ").get().getHeader());
        assertFalse(RecordSchemas.ACTIVITY.column("扩展:").isPresent());
        assertFalse(RecordSchemas.ACTIVITY.column("扩展").isPresent());
        assertFalse(RecordSchemas.ACTIVITY.column("备注").isPresent());
    }

    @Test
    void sheets_byNameAndFileStem() {
        List<String> names = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            names.add(schema.getSheetName().get());
            String stem = SHEETS.get(schema.getSheetName().get());
            assertEquals(List.of(stem), schema.getSheetAliases());
            assertEquals(stem + ".jsonl", schema.getFileName().get());
            assertSame(schema, RecordSchemas.forSheet(schema.getSheetName().get()).get());
            assertSame(schema, RecordSchemas.forSheet(stem).get());
            assertSame(schema, RecordSchemas.forFileName(stem + ".jsonl").get());
            assertFalse(schema.isNested());
        }
        assertEquals(new ArrayList<>(SHEETS.keySet()), names);
        assertFalse(RecordSchemas.forSheet("证据").isPresent(), "evidence is not a record file");
        for (RecordSchema<?> schema : RecordSchemas.nested()) {
            assertTrue(schema.isNested());
            assertEquals(Optional.empty(), schema.getSheetName());
        }
    }

    /** DATA-MODEL.md, the Chinese labels of codes. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FEDERATION | level | NATIONAL 全国, PROVINCE 省级, CITY 市级, COUNTY 县级",
        "CHAMBER | kind | INDUSTRY_ASSOCIATION 行业协会, INDUSTRY_CHAMBER 行业商会, OUT_OF_TOWN 异地商会, TOWNSHIP 乡镇商会, REMOTE 市外商会",
        "CHAMBER | status | PREPARING 筹建, ACTIVE 正常, UNDER_RECTIFICATION 整改, MERGED 已合并, DEREGISTERED 已注销",
        "PARTY_ORGANIZATION | kind | COMMITTEE 党委, GENERAL_BRANCH 党总支, BRANCH 党支部, JOINT_BRANCH 联合党支部",
        "ENTERPRISE | ownership | PRIVATE 私营, HK_MACAO_TAIWAN 港澳台资, FOREIGN 外资, INDIVIDUAL_BUSINESS 个体工商户, MIXED 混合所有制",
        "PERSON | gender | MALE 男, FEMALE 女",
        "MEMBERSHIP | role | PRESIDENT 会长, VICE_PRESIDENT 副会长, SECRETARY_GENERAL 秘书长, STANDING_COMMITTEE 常委, "
            + "EXECUTIVE_COMMITTEE 执委, DIRECTOR 理事, MEMBER 会员",
        "ACTIVITY | kind | VISIT 走访, FORUM 论坛、讲座、报告会, TRAINING 培训班, STUDY_TOUR 考察学习, SECONDMENT 挂职培养锻炼, "
            + "PUBLICITY 宣传报道, CHARITY 光彩事业和社会公益, FINANCING_MATCHMAKING 银企对接, LEGAL_EDUCATION 法律讲座、宣传、咨询, "
            + "LEGAL_CHECKUP 法律体检, RIGHTS_PROTECTION 维护企业合法权益, TRADE_EVENT 经贸活动, RESEARCH 调研, MEETING 会议, "
            + "PARTY_ACTIVITY 党建活动, EXCHANGE 交流, COMPREHENSIVE_EVALUATION 综合评价, INVESTIGATION 考察, NOMINATION 推荐安排, "
            + "COMMENDATION 表彰, SERVICE_ALLIANCE_DUTY 商会服务联盟轮值",
        "ACTIVITY_TARGET | type | CHAMBER 商会, ENTERPRISE 企业, PERSON 人员, FEDERATION 工商联, DEPARTMENT 部门",
        "PROPOSAL_SESSION | body | CPPCC 政协, NPC 人大",
        "PROPOSAL | type | GROUP 团体, MEMBER 个人",
        "PROPOSAL | recognitions | KEY 重点, EXCELLENT 优秀, PLENARY_SPEECH 大会发言"})
    void codes_haveTheLabelsOfTheDataModel(String schemaName, String property, String labels) throws Exception {
        RecordSchema<?> schema = (RecordSchema<?>) RecordSchemas.class.getField(schemaName.strip()).get(null);
        ValueType<?> type = schema.property(property.strip()).get().getType();
        if (type.getKind() == ValueKind.LIST) {
            type = type.getElementType().get();
        }
        List<String> actual = new ArrayList<>();
        for (Code<?> code : type.getCodes()) {
            actual.add(code.toString());
            assertEquals(Optional.of(code.getValue()), ((ValueType<?>) type).findCode(code.getLabel()).map(v -> (Object) v));
            assertEquals(Optional.of(code.getValue()), ((ValueType<?>) type).findCode(code.getCode()).map(v -> (Object) v));
        }
        assertEquals(List.of(labels.strip().split(", ")), actual);
    }

    @Test
    void findCode_ofActivityKinds_takesTeamCodes() {
        ValueType<?> kind = RecordSchemas.ACTIVITY.property("kind").get().getType();
        assertTrue(kind.isOpenCodeList());
        assertEquals(Optional.of(ActivityKind.parse("X_MENTORING")), kind.findCode("X_MENTORING").map(v -> (Object) v));
        assertEquals(Optional.empty(), kind.findCode("X_"));
        assertEquals(Optional.empty(), kind.findCode("MENTORING"));
        assertEquals(Optional.of(Role.VICE_PRESIDENT),
                RecordSchemas.MEMBERSHIP.property("role").get().getType().findCode("副会长").map(v -> (Object) v));
        assertEquals(Optional.empty(), RecordSchemas.MEMBERSHIP.property("role").get().getType().findCode("X_A"));
    }

    @Test
    void valueTypes_describeEveryKind() {
        RecordSchema<Activity> a = RecordSchemas.ACTIVITY;
        assertEquals(Optional.of(ValueRange.of(1, Integer.MAX_VALUE)), a.property("sessions").get().getType().getRange());
        assertEquals(Long.class, a.property("participants").get().getType().getJavaType());
        assertEquals(Optional.of(ValueRange.of(1000, 9999)),
                RecordSchemas.PERSON.property("birthYear").get().getType().getRange());
        ValueType<?> organizers = a.property("organizers").get().getType();
        assertEquals(ValueKind.LIST, organizers.getKind());
        assertEquals(List.of("、", "，", ",", ";", "；"), organizers.getSeparators());
        assertEquals(List.of(), organizers.getPairSeparators());
        assertEquals(ValueKind.REFERENCE, organizers.getElementType().get().getKind());
        ValueType<?> targets = a.property("targets").get().getType();
        assertEquals(List.of(":", "："), targets.getPairSeparators());
        assertSame(RecordSchemas.ACTIVITY_TARGET, targets.getElementType().get().getSchema().get());
        assertSame(RecordSchemas.FEE_TIER,
                RecordSchemas.CHAMBER.property("feeTiers").get().getType().getElementType().get().getSchema().get());
        assertEquals(List.of(Chamber.class, io.github.ficsdk.core.org.Federation.class),
                RecordSchemas.MEMBERSHIP.property("organization").get().getType().getReferencedTypes());
        assertEquals("LIST of OBJECT ActivityTarget", targets.toString());
        assertEquals(ValueKind.ID, a.getIdProperty().get().getType().getKind());
    }

    @Test
    void defaults() {
        assertEquals(Optional.of(1), RecordSchemas.ACTIVITY.property("sessions").get().getDefault());
        assertEquals(Optional.of("start"), RecordSchemas.ACTIVITY.property("end").get().getDefaultFrom());
        assertEquals(Optional.empty(), RecordSchemas.ACTIVITY.property("end").get().getDefault());
        assertEquals(Optional.of(ChamberStatus.ACTIVE), RecordSchemas.CHAMBER.property("status").get().getDefault());
        assertEquals(Optional.of(List.of()), RecordSchemas.ACTIVITY.property("tags").get().getDefault());
        assertEquals(Optional.empty(), RecordSchemas.ACTIVITY.property("title").get().getDefault());
        assertEquals(Optional.empty(), RecordSchemas.ACTIVITY.property("organizers").get().getDefault());
    }

    @Test
    void lookups_byNameAndIndex() {
        RecordSchema<Activity> schema = RecordSchema.of(Activity.class);
        assertSame(RecordSchemas.ACTIVITY, schema);
        assertEquals(List.of("id", "kind", "start", "organizers", "title", "end", "region", "sessions", "participants",
                "copies", "amountYuan", "targets", "tags", "extensions"), schema.getPropertyNames());
        for (int i = 0; i < schema.getProperties().size(); i++) {
            Property<Activity, ?> p = schema.getProperty(i);
            assertEquals(i, p.getIndex());
            assertEquals(i, schema.indexOf(p.getName()));
            assertSame(p, schema.property(p.getName()).get());
        }
        assertEquals(-1, schema.indexOf("organisers"));
        assertEquals(Optional.empty(), schema.property("organisers"));
        assertSame(RecordSchemas.FEE_TIER, RecordSchema.of(FeeTier.class));
        assertSame(RecordSchemas.PROPOSAL_SESSION, RecordSchema.of(ProposalSession.class));
        assertThrows(IllegalArgumentException.class, () -> RecordSchema.of(String.class));
        assertThrows(IllegalArgumentException.class, () -> schema.getProperty("sessions", Long.class));
        assertThrows(IllegalArgumentException.class, () -> schema.getListProperty("targets", String.class));
        assertEquals(15, RecordSchemas.all().size() + RecordSchemas.nested().size());
    }

    @Test
    void recordBuilder_buildsWithTheTypesChecks() {
        RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
        Activity activity = schema.newBuilder()
                .set(schema.getProperty("id", String.class), "A17")
                .set(schema.getProperty("kind", ActivityKind.class), ActivityKind.VISIT)
                .set(schema.getProperty("start", LocalDate.class), LocalDate.of(2017, 3, 14))
                .add(schema.getListProperty("organizers", String.class), "F330400")
                .add(schema.getListProperty("organizers", String.class), "C1")
                .add(schema.getListProperty("targets", ActivityTarget.class), ActivityTarget.of(TargetType.CHAMBER, "C1"))
                .setInt(schema.getProperty("sessions", Integer.class), 2)
                .setLong(schema.getProperty("participants", Long.class), 30)
                .set(schema.getProperty("amountYuan", Yuan.class), Yuan.parse("12.5"))
                .build();
        assertEquals(Activity.builder().id("A17").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 14))
                .addOrganizers("F330400", "C1").addTarget(ActivityTarget.of(TargetType.CHAMBER, "C1")).sessions(2)
                .participants(30).amountYuan(Yuan.parse("12.5")).build(), activity);

        RecordBuilder<Activity> noOrganizer = schema.newBuilder().set(schema.getProperty("id", String.class), "A1")
                .set(schema.getProperty("kind", ActivityKind.class), ActivityKind.VISIT)
                .set(schema.getProperty("start", LocalDate.class), LocalDate.of(2017, 3, 14));
        assertEquals("NO_ORGANIZER", assertThrows(InvalidValueException.class, noOrganizer::build).getProblemCode());
        NullPointerException missing = assertThrows(NullPointerException.class, () -> RecordSchemas.ACTIVITY_TARGET
                .newBuilder().set(RecordSchemas.ACTIVITY_TARGET.getProperty("id", String.class), "C1").build());
        assertTrue(String.valueOf(missing.getMessage()).contains("type"), missing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> schema.newBuilder()
                .set((Property) RecordSchemas.CHAMBER.getProperty("id", String.class), "A1"));
        assertThrows(NullPointerException.class, () -> schema.newBuilder().set(schema.getProperty("id", String.class), null));
    }

    @Test
    void setValue_checksTheTypeAtRunTime() {
        RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
        RecordBuilder<Activity> builder = schema.newBuilder();
        for (String name : List.of("id", "kind", "start", "organizers", "sessions", "participants", "targets")) {
            Object value = switch (name) {
                case "id" -> "A1";
                case "kind" -> ActivityKind.VISIT;
                case "start" -> LocalDate.of(2017, 3, 14);
                case "organizers" -> List.of("F1");
                case "sessions" -> 3;
                case "participants" -> 40L;
                default -> List.of(ActivityTarget.of(TargetType.PERSON, "P1"));
            };
            builder.setValue(schema.property(name).get(), value);
        }
        assertEquals(Activity.builder().id("A1").kind(ActivityKind.VISIT).start(LocalDate.of(2017, 3, 14))
                .addOrganizer("F1").sessions(3).participants(40).addTarget(ActivityTarget.of(TargetType.PERSON, "P1"))
                .build(), builder.build());
        Property<Activity, ?> sessions = schema.property("sessions").get();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> builder.setValue(sessions, 3L));
        assertEquals("sessions takes a COUNT 1 - 2147483647 - but was a Long", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> builder.setValue(schema.property("organizers").get(), List.of(1)));
        assertThrows(IllegalArgumentException.class, () -> builder.setValue(schema.property("organizers").get(), "F1"));
        assertThrows(NullPointerException.class,
                () -> builder.setValue(schema.property("tags").get(), java.util.Arrays.asList("a", null)));
    }

    /** The golden files of src/test/resources/golden use exactly the schemas' JSON names. */
    @ParameterizedTest
    @CsvSource({"federation.json, FEDERATION", "chamber.json, CHAMBER", "party-organization.json, PARTY_ORGANIZATION",
        "enterprise.json, ENTERPRISE", "person.json, PERSON", "membership.json, MEMBERSHIP",
        "activity.json, ACTIVITY", "proposal.json, PROPOSAL", "annual-target.json, ANNUAL_TARGET"})
    void propertyNames_areTheJsonNamesOfTheGoldenFiles(String golden, String schemaName) throws Exception {
        RecordSchema<?> schema = (RecordSchema<?>) RecordSchemas.class.getField(schemaName).get(null);
        JsonNode tree;
        try (InputStream in = getClass().getResourceAsStream("/golden/" + golden)) {
            tree = new ObjectMapper().readTree(in);
        }
        assertNames(schema, tree);
    }

    private static void assertNames(RecordSchema<?> schema, JsonNode object) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            String name = it.next();
            names.add(name);
            Property<?, ?> p = schema.property(name).orElseThrow(() -> new AssertionError(name + " of " + schema));
            ValueType<?> type = p.getType();
            JsonNode value = object.get(name);
            if (type.getKind() == ValueKind.LIST && type.getElementType().get().getKind() == ValueKind.OBJECT) {
                for (JsonNode element : value) {
                    assertNames(type.getElementType().get().getSchema().get(), element);
                }
            } else if (type.getKind() == ValueKind.OBJECT) {
                assertNames(type.getSchema().get(), value);
            }
        }
        Set<String> missing = new HashSet<>(schema.getPropertyNames());
        missing.removeAll(names);
        missing.remove("extensions");
        assertEquals(Set.of(), missing, "the golden file of " + schema.getName() + " shows every property");
    }

    @Test
    void toStrings() throws IOException {
        assertEquals("RecordSchema[Activity, activities.jsonl, 活动, 14 properties]", RecordSchemas.ACTIVITY.toString());
        assertEquals("Activity.amountYuan (金额（元）, YUAN)", RecordSchemas.ACTIVITY.property("amountYuan").get().toString());
        assertEquals("金额（万元） -> amountYuan x10000", RecordSchemas.ACTIVITY.column("金额（万元）").get().toString());
        assertEquals("VICE_PRESIDENT 副会长",
                RecordSchemas.MEMBERSHIP.property("role").get().getType().getCodes().get(1).toString());
    }
}
