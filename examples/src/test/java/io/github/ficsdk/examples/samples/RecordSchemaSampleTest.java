package io.github.ficsdk.examples.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordSchemaSampleTest {

    @Test
    void run_readsTheLedgerRowThroughTheSchema() {
        Activity[] activity = new Activity[1];
        String out = SamplesTest.capture(o -> activity[0] = RecordSchemaSample.run(o));
        assertEquals(Activity.builder().id("A17").kind(ActivityKind.VISIT).title("降本减负大走访")
                .start(LocalDate.of(2017, 3, 14)).end(LocalDate.of(2017, 3, 16))
                .addOrganizers("F330481", "51330400MJ0000000X").sessions(2).participants(12)
                .amountYuan(Yuan.parse("37250005.00"))
                .addTargets(ActivityTarget.of(TargetType.CHAMBER, "51330400MJ0000000X"),
                        ActivityTarget.of(TargetType.ENTERPRISE, "91330481MA28A0001X"))
                .addTags("降本减负", "大走访").extensions(Extensions.of(Map.of("note", "回访"))).build(), activity[0]);
        assertTrue(out.startsWith("活动: 编号 | 类型 | 开始日期 | 主办单位 | 标题 | 结束日期 | 地区 | 场次 | 人次 | 册数 | 金额（元） | 对象 | 标签\n"),
                out);
        assertTrue(out.contains("\"amountYuan\":\"37250005.00\""), out);
    }

    @Test
    void parse_everyKindOfCell() {
        var proposal = RecordSchemas.PROPOSAL;
        assertEquals(List.of(io.github.ficsdk.core.proposal.Recognition.KEY,
                io.github.ficsdk.core.proposal.Recognition.PLENARY_SPEECH), RecordSchemaSample.parse(
                proposal.property("recognitions").get().getType(), "重点；大会发言", BigDecimal.ONE));
        assertEquals(Yuan.parse("35000"), RecordSchemaSample.parse(
                RecordSchemas.ACTIVITY.property("amountYuan").get().getType(), "3.5", BigDecimal.valueOf(10_000)));
        assertEquals(8, RecordSchemaSample.parse(
                RecordSchemas.PROPOSAL_SESSION.property("term").get().getType(), "8", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> RecordSchemaSample.parse(
                RecordSchemas.MEMBERSHIP.property("role").get().getType(), "顾问", BigDecimal.ONE));
        assertThrows(IllegalArgumentException.class, () -> RecordSchemaSample.parse(
                RecordSchemas.ACTIVITY.property("targets").get().getType(), "企业", BigDecimal.ONE));
    }
}
