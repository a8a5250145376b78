package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.activity.TargetType;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Gender;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Ownership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.member.Role;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.core.org.AnnualTarget;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON of every entity against golden files written by hand from the data model (property
 * names, enum codes, money as decimal strings, dates): reading a golden file gives the expected
 * value, and writing that value gives the golden file, compared as JSON trees.
 */
class JsonGoldenTest {

    private static final ObjectMapper MAPPER = FicJson.mapper();

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("federation.json", DatasetFile.FEDERATIONS, Federation.builder().id("F330481")
                        .name("海宁市工商业联合会").shortName("海宁市工商联").level(FederationLevel.COUNTY).division("330481").parent("F330400")
                        .extensions(Extensions.of(Map.of("staff", new BigDecimal("12"), "address", "海宁市文苑南路")))
                        .build()),
                Arguments.of("chamber.json", DatasetFile.CHAMBERS, Chamber.builder().id("51330400MJ0000000X")
                        .name("嘉兴市温州商会").shortName("温州商会").kind(ChamberKind.OUT_OF_TOWN).federation("F330400")
                        .creditCode("51330400MJ0000000X").status(ChamberStatus.UNDER_RECTIFICATION)
                        .registeredOn(LocalDate.of(2009, 5, 12)).originRegion("330300").hostRegion("330400")
                        .addFeeTiers(FeeTier.of("会长单位", Yuan.parse("50000")), FeeTier.of("会员单位", Yuan.parse("2000")))
                        .build()),
                Arguments.of("party-organization.json", DatasetFile.PARTY_ORGANIZATIONS, PartyOrganization.builder()
                        .id("P-WZ-1").name("嘉兴市温州商会党委").kind(PartyOrganizationKind.COMMITTEE)
                        .host("51330400MJ0000000X").establishedOn(LocalDate.of(2017, 6, 28)).memberCount(46).build()),
                Arguments.of("enterprise.json", DatasetFile.ENTERPRISES, Enterprise.builder().id("91330481MA28A0001X")
                        .name("海宁某皮革有限公司").creditCode("91330481MA28A0001X").division("330481").industry("C19")
                        .ownership(Ownership.PRIVATE).revenueYuan(Yuan.parse("612000000")).revenueYear(2016)
                        .employees(860).build()),
                Arguments.of("person.json", DatasetFile.PERSONS, Person.builder().id("P0001").name("张三").birthYear(1988)
                        .enterprise("91330481MA28A0001X").mobile("13812345678").gender(Gender.MALE).build()),
                Arguments.of("membership.json", DatasetFile.MEMBERSHIPS, Membership.builder().member("91330481MA28A0001X")
                        .organization("51330400MJ0000000X").role(Role.VICE_PRESIDENT).feeTier("会长单位")
                        .since(LocalDate.of(2015, 1, 1)).until(LocalDate.of(2018, 12, 31)).build()),
                Arguments.of("activity.json", DatasetFile.ACTIVITIES, Activity.builder().id("A17").kind(ActivityKind.VISIT)
                        .title("降本减负大走访").start(LocalDate.of(2017, 3, 14)).end(LocalDate.of(2017, 3, 16))
                        .addOrganizers("F330481", "51330400MJ0000000X").region("330481").sessions(2).participants(12)
                        .copies(40).amountYuan(Yuan.parse("37250000.50"))
                        .addTargets(ActivityTarget.of(TargetType.CHAMBER, "51330400MJ0000000X"),
                                ActivityTarget.of(TargetType.ENTERPRISE, "91330481MA28A0001X"))
                        .addTags("降本减负", "大走访")
                        .extensions(Extensions.of(Map.of("hours", new BigDecimal("3.5"), "note", "回访"))).build()),
                Arguments.of("proposal.json", DatasetFile.PROPOSALS, Proposal.builder().id("PR-2017-006")
                        .session(ProposalSession.of(ProposalBody.CPPCC, "330400", 8, 1)).submitter("F330400")
                        .type(ProposalType.GROUP).submittedOn(LocalDate.of(2017, 2, 20))
                        .title("关于加快服务型服装制造业发展的建议")
                        .addRecognitions(Recognition.KEY, Recognition.PLENARY_SPEECH).build()),
                Arguments.of("annual-target.json", DatasetFile.TARGETS, AnnualTarget.builder().organization("F330481")
                        .year(2017).indicator("VISIT.TARGETS.CHAMBER").value(new BigDecimal("40")).build()));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = JsonGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    <T> void read_goldenFile_givesTheExpectedValue(String name, DatasetFile<T> file, T expected) throws IOException {
        String json = golden(name);
        assertEquals(expected, MAPPER.readValue(json, file.getType()));
        // the JSON Lines reader reads the same value from the same object on one line
        String line = MAPPER.readTree(json).toString() + "\n";
        List<DatasetProblem> problems = new ArrayList<>();
        try (JsonLinesReader<T> reader = JsonLinesReader.open(file, new ByteArrayInputStream(
                line.getBytes(StandardCharsets.UTF_8)), file.getFileName(), problems::add)) {
            assertEquals(expected, reader.read());
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    <T> void write_expectedValue_givesTheGoldenTree(String name, DatasetFile<T> file, T expected) throws IOException {
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(expected));
        assertEquals(MAPPER.readTree(golden(name)), written);
    }
}
