package io.github.ficsdk.report;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.ChamberKind;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.org.PartyOrganizationKind;
import io.github.ficsdk.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;

/**
 * A small organisation tree: the city F330400 with the counties F330402 and F330411; the chamber
 * C1 under F330402 and C0 directly under the city; the party branch P1 hosted by C1.
 */
final class Fixtures {

    static final String CITY = "F330400";
    static final String NANHU = "F330402";
    static final String XIUZHOU = "F330411";

    private Fixtures() {}

    static ReportEngine.Organizations organizations() {
        List<Federation> federations = List.of(
                federation(CITY, "嘉兴市工商业联合会", FederationLevel.CITY, "330400", null),
                federation(NANHU, "南湖区工商联", FederationLevel.COUNTY, "330402", CITY),
                federation(XIUZHOU, "秀洲区工商联", FederationLevel.COUNTY, "330411", CITY));
        List<Chamber> chambers = List.of(
                Chamber.builder().id("C1").name("南湖区服装商会").kind(ChamberKind.INDUSTRY_CHAMBER).federation(NANHU).build(),
                Chamber.builder().id("C0").name("嘉兴市温州商会").kind(ChamberKind.OUT_OF_TOWN).federation(CITY).build());
        List<PartyOrganization> parties = List.of(PartyOrganization.builder().id("P1").name("服装商会党支部")
                .kind(PartyOrganizationKind.BRANCH).host("C1").build());
        return ReportEngine.Organizations.of(federations, chambers, parties, List.of());
    }

    static Federation federation(String id, String name, FederationLevel level, String division, String parent) {
        Federation.Builder b = Federation.builder().id(id).name(name).level(level).division(division);
        if (parent != null) {
            b.parent(parent);
        }
        return b.build();
    }

    static Activity.Builder activity(String id, String kind, String start, String... organizers) {
        return Activity.builder().id(id).kind(ActivityKind.parse(kind)).start(LocalDate.parse(start))
                .addOrganizers(organizers);
    }

    static ActivityTarget target(TargetType type, String id) {
        return ActivityTarget.of(type, id);
    }

    static Yuan yuan(String text) {
        return Yuan.parse(text);
    }

    static ReportQuery.Builder h1(String... indicators) {
        return ReportQuery.builder().period(ReportingPeriod.parse("2017-H1")).scope(CITY)
                .breakdown(Breakdown.CHILD).indicators(List.of(indicators)).threads(1);
    }
}
