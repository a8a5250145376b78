package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a dataset and reading it back gives equal objects; one invalid mutation gives exactly its problem. */
class DatasetPropertiesTest {

    @Property(tries = 30)
    void write_thenReadBackEqual(@ForAll("federations") List<Federation> federations,
            @ForAll("chambers") List<Chamber> chambers, @ForAll("parties") List<PartyOrganization> parties,
            @ForAll("enterprises") List<Enterprise> enterprises, @ForAll("persons") List<Person> persons,
            @ForAll("memberships") List<Membership> memberships, @ForAll("activities") List<Activity> activities,
            @ForAll("proposals") List<Proposal> proposals, @ForAll("targets") List<AnnualTarget> targets)
            throws IOException {
        Path folder = Files.createTempDirectory("dataset");
        try {
            Dataset dataset = Dataset.of(folder);
            dataset.write(DatasetFile.FEDERATIONS, federations);
            dataset.write(DatasetFile.CHAMBERS, chambers);
            dataset.write(DatasetFile.PARTY_ORGANIZATIONS, parties);
            dataset.write(DatasetFile.ENTERPRISES, enterprises);
            dataset.write(DatasetFile.PERSONS, persons);
            dataset.write(DatasetFile.MEMBERSHIPS, memberships);
            dataset.write(DatasetFile.ACTIVITIES, activities);
            dataset.write(DatasetFile.PROPOSALS, proposals);
            dataset.write(DatasetFile.TARGETS, targets);
            assertEquals(federations, dataset.readAll(DatasetFile.FEDERATIONS));
            assertEquals(chambers, dataset.readAll(DatasetFile.CHAMBERS));
            assertEquals(parties, dataset.readAll(DatasetFile.PARTY_ORGANIZATIONS));
            assertEquals(enterprises, dataset.readAll(DatasetFile.ENTERPRISES));
            assertEquals(persons, dataset.readAll(DatasetFile.PERSONS));
            assertEquals(memberships, dataset.readAll(DatasetFile.MEMBERSHIPS));
            assertEquals(activities, dataset.readAll(DatasetFile.ACTIVITIES));
            assertEquals(proposals, dataset.readAll(DatasetFile.PROPOSALS));
            assertEquals(targets, dataset.readAll(DatasetFile.TARGETS));
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** One mutation of an activity's JSON: the property, its new value (null = remove), the expected code. */
    record Mutation(String property, String json, String code) {}

    @Provide
    Arbitrary<Mutation> mutations() {
        return Arbitraries.of(
                new Mutation("participants", "-1", "NEGATIVE"),
                new Mutation("copies", "-7", "NEGATIVE"),
                new Mutation("participants", "12.7", "WRONG_TYPE"),
                new Mutation("copies", "\"12\"", "WRONG_TYPE"),
                new Mutation("sessions", "0", "NOT_POSITIVE"),
                new Mutation("end", "\"1999-12-31\"", "END_BEFORE_START"),
                new Mutation("organizers", "[]", "NO_ORGANIZER"),
                new Mutation("kind", "\"BOGUS\"", "UNKNOWN_ACTIVITY_KIND"),
                new Mutation("start", "\"2017-02-30\"", "INVALID_DATE"),
                new Mutation("amountYuan", "\"1.234\"", "YUAN_AMOUNT_SCALE"),
                new Mutation("amountYuan", "1.5", "WRONG_TYPE"),
                new Mutation("title", "7", "WRONG_TYPE"),
                new Mutation("start", null, "REQUIRED"),
                new Mutation("organisers", "[\"F1\"]", "UNKNOWN_PROPERTY"));
    }

    @Property(tries = 300)
    void read_singleMutationGivesExactlyItsProblem(@ForAll("activities1") Activity activity,
            @ForAll("mutations") Mutation mutation) throws IOException {
        ObjectMapper mapper = FicJson.mapper();
        ObjectNode node = (ObjectNode) mapper.readTree(mapper.writeValueAsString(activity));
        if (mutation.json() == null) {
            node.remove(mutation.property());
        } else {
            node.set(mutation.property(), mapper.readTree(mutation.json()));
        }
        String line = mapper.writeValueAsString(node) + "\n";
        List<DatasetProblem> problems = new ArrayList<>();
        Consumer<DatasetProblem> sink = problems::add;
        try (JsonLinesReader<Activity> reader = JsonLinesReader.open(DatasetFile.ACTIVITIES,
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "activities.jsonl", sink)) {
            assertEquals(null, reader.read());
        }
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(mutation.property(), problems.get(0).getProblemPath(), problems.toString());
        assertEquals(mutation.code(), problems.get(0).getProblemCode(), problems.toString());
        assertEquals(activity.getId(), problems.get(0).getId().orElse(null));
        assertEquals(1, problems.get(0).getLine());
    }

    @Provide Arbitrary<Activity> activities1() {
        return DomainArbitraries.activities().filter(a -> a.getStart().getYear() >= 2000);
    }

    @Provide Arbitrary<List<Federation>> federations() { return DomainArbitraries.federations().list().ofMaxSize(5); }
    @Provide Arbitrary<List<Chamber>> chambers() { return DomainArbitraries.chambers().list().ofMaxSize(5); }
    @Provide Arbitrary<List<PartyOrganization>> parties() { return DomainArbitraries.partyOrganizations().list().ofMaxSize(5); }
    @Provide Arbitrary<List<Enterprise>> enterprises() { return DomainArbitraries.enterprises().list().ofMaxSize(5); }
    @Provide Arbitrary<List<Person>> persons() { return DomainArbitraries.persons().list().ofMaxSize(5); }
    @Provide Arbitrary<List<Membership>> memberships() { return DomainArbitraries.memberships().list().ofMaxSize(5); }
    @Provide Arbitrary<List<Activity>> activities() { return DomainArbitraries.activities().list().ofMaxSize(10); }
    @Provide Arbitrary<List<Proposal>> proposals() { return DomainArbitraries.proposals().list().ofMaxSize(5); }
    @Provide Arbitrary<List<AnnualTarget>> targets() { return DomainArbitraries.annualTargets().list().ofMaxSize(5); }
}
