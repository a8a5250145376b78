package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.DomainArbitraries;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Round trips of every record type: JSON Lines, the strict mapper, and builder().from(x). */
class RecordPropertiesTest {

    private static final ObjectMapper MAPPER = FicJson.mapper();

    static <T> String write(DatasetFile<T> file, T record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<T> writer = JsonLinesWriter.open(file, out)) {
            writer.write(record);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static <T> T readOne(DatasetFile<T> file, String text) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (JsonLinesReader<T> reader = JsonLinesReader.open(file,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), file.getFileName(), problems::add)) {
            T record = reader.read();
            assertEquals(List.of(), problems);
            assertNull(reader.read());
            return record;
        }
    }

    <T> void roundTrip(DatasetFile<T> file, T record) throws IOException {
        String line = write(file, record);
        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, line);
        assertEquals(record, readOne(file, line), line);
        String json = MAPPER.writeValueAsString(record);
        assertEquals(line.trim(), json);
        assertEquals(record, MAPPER.readValue(json, file.getType()));
    }

    @Property(tries = 200)
    void federation_roundTrips(@ForAll("federations") Federation x) throws IOException {
        roundTrip(DatasetFile.FEDERATIONS, x);
        assertEquals(x, Federation.builder().from(x).build());
    }

    @Property(tries = 200)
    void chamber_roundTrips(@ForAll("chambers") Chamber x) throws IOException {
        roundTrip(DatasetFile.CHAMBERS, x);
        assertEquals(x, Chamber.builder().from(x).build());
    }

    @Property(tries = 200)
    void partyOrganization_roundTrips(@ForAll("partyOrganizations") PartyOrganization x) throws IOException {
        roundTrip(DatasetFile.PARTY_ORGANIZATIONS, x);
        assertEquals(x, PartyOrganization.builder().from(x).build());
    }

    @Property(tries = 200)
    void enterprise_roundTrips(@ForAll("enterprises") Enterprise x) throws IOException {
        roundTrip(DatasetFile.ENTERPRISES, x);
        assertEquals(x, Enterprise.builder().from(x).build());
    }

    @Property(tries = 200)
    void person_roundTrips(@ForAll("persons") Person x) throws IOException {
        roundTrip(DatasetFile.PERSONS, x);
        assertEquals(x, Person.builder().from(x).build());
    }

    @Property(tries = 200)
    void membership_roundTrips(@ForAll("memberships") Membership x) throws IOException {
        roundTrip(DatasetFile.MEMBERSHIPS, x);
        assertEquals(x, Membership.builder().from(x).build());
    }

    @Property(tries = 300)
    void activity_roundTrips(@ForAll("activities") Activity x) throws IOException {
        roundTrip(DatasetFile.ACTIVITIES, x);
        assertEquals(x, Activity.builder().from(x).build());
    }

    @Property(tries = 200)
    void proposal_roundTrips(@ForAll("proposals") Proposal x) throws IOException {
        roundTrip(DatasetFile.PROPOSALS, x);
        assertEquals(x, Proposal.builder().from(x).build());
    }

    @Property(tries = 200)
    void annualTarget_roundTrips(@ForAll("annualTargets") AnnualTarget x) throws IOException {
        roundTrip(DatasetFile.TARGETS, x);
        assertEquals(x, AnnualTarget.builder().from(x).build());
    }

    @Provide Arbitrary<Federation> federations() { return DomainArbitraries.federations(); }
    @Provide Arbitrary<Chamber> chambers() { return DomainArbitraries.chambers(); }
    @Provide Arbitrary<PartyOrganization> partyOrganizations() { return DomainArbitraries.partyOrganizations(); }
    @Provide Arbitrary<Enterprise> enterprises() { return DomainArbitraries.enterprises(); }
    @Provide Arbitrary<Person> persons() { return DomainArbitraries.persons(); }
    @Provide Arbitrary<Membership> memberships() { return DomainArbitraries.memberships(); }
    @Provide Arbitrary<Activity> activities() { return DomainArbitraries.activities(); }
    @Provide Arbitrary<Proposal> proposals() { return DomainArbitraries.proposals(); }
    @Provide Arbitrary<AnnualTarget> annualTargets() { return DomainArbitraries.annualTargets(); }
}
