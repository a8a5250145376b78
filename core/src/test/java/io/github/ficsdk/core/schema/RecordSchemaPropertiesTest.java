package io.github.ficsdk.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.DomainArbitraries;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.JsonLinesWriter;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.proposal.ProposalSession;
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

/**
 * Every property of every record type through its schema: read from a record and set on a
 * {@link RecordBuilder} (whole, or element by element and without boxing) gives the record back;
 * written as JSON and read again, every property has its value; the JSON holds a property exactly
 * when its value is present and not its default; the schema's defaults are the record types' own.
 */
class RecordSchemaPropertiesTest {

    private static final ObjectMapper MAPPER = FicJson.mapper();

    @SuppressWarnings("unchecked")
    private static <T, V> void copy(RecordBuilder<T> builder, io.github.ficsdk.core.schema.Property<T, V> p, T from,
            boolean piecewise) {
        V value = p.get(from);
        if (value == null) {
            return;
        }
        Class<?> java = p.getType().getJavaType();
        if (piecewise && p.getType().getKind() == ValueKind.LIST) {
            io.github.ficsdk.core.schema.Property<T, List<Object>> list = (io.github.ficsdk.core.schema.Property<T, List<Object>>) p;
            for (Object element : (List<?>) value) {
                builder.add(list, element);
            }
        } else if (piecewise && java == Integer.class) {
            builder.setInt((io.github.ficsdk.core.schema.Property<T, Integer>) p, (Integer) value);
        } else if (piecewise && java == Long.class) {
            builder.setLong((io.github.ficsdk.core.schema.Property<T, Long>) p, (Long) value);
        } else {
            builder.set(p, value);
        }
    }

    private static <T> T rebuild(RecordSchema<T> schema, T record, boolean piecewise, boolean requiredOnly) {
        RecordBuilder<T> builder = schema.newBuilder();
        for (io.github.ficsdk.core.schema.Property<T, ?> p : schema.getProperties()) {
            if (p.isRequired() || !requiredOnly) {
                copy(builder, p, record, piecewise);
            }
        }
        return builder.build();
    }

    private static <T> String write(DatasetFile<T> file, T record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<T> writer = JsonLinesWriter.open(file, out)) {
            writer.write(record);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> T read(DatasetFile<T> file, String line) throws IOException {
        List<DatasetProblem> problems = new ArrayList<>();
        try (JsonLinesReader<T> reader = JsonLinesReader.open(file,
                new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), file.getFileName(), problems::add)) {
            T record = reader.read();
            assertEquals(List.of(), problems);
            return record;
        }
    }

    <T> void throughTheSchema(RecordSchema<T> schema, T record) throws IOException {
        assertEquals(record, rebuild(schema, record, false, false));
        assertEquals(record, rebuild(schema, record, true, false));

        // the defaults of the schema are those of the record type
        T minimal = rebuild(schema, record, false, true);
        for (io.github.ficsdk.core.schema.Property<T, ?> p : schema.getProperties()) {
            if (!p.isRequired()) {
                assertEquals(p.defaultIn(minimal), p.get(minimal), p.toString());
            }
        }

        String json = schema.isNested() ? MAPPER.writeValueAsString(record) : write(fileOf(schema), record);
        T back = schema.isNested() ? MAPPER.readValue(json, schema.getType()) : read(fileOf(schema), json);
        JsonNode tree = MAPPER.readTree(json);
        for (io.github.ficsdk.core.schema.Property<T, ?> p : schema.getProperties()) {
            Object value = p.get(record);
            assertEquals(value, p.get(back), p.toString());
            boolean omitted = value == null || !p.isRequired() && value.equals(p.defaultIn(record));
            assertEquals(!omitted, tree.has(p.getName()), p + " in " + json);
            if (value != null && schema.hasId() && p == schema.getIdProperty().get()) {
                assertEquals(value, schema.idOf(record).get());
            }
        }
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        List<String> inOrder = new ArrayList<>(schema.getPropertyNames());
        inOrder.retainAll(names);
        assertEquals(inOrder, names, "written in the schema's order");
    }

    @SuppressWarnings("unchecked")
    private static <T> DatasetFile<T> fileOf(RecordSchema<T> schema) {
        for (DatasetFile<?> file : DatasetFile.all()) {
            if (file.getSchema() == schema) {
                assertEquals(schema.getFileName().get(), file.getFileName());
                return (DatasetFile<T>) file;
            }
        }
        throw new AssertionError(schema + " has no dataset file");
    }

    @Property(tries = 100)
    void federation(@ForAll("federations") Federation x) throws IOException {
        throughTheSchema(RecordSchemas.FEDERATION, x);
    }

    @Property(tries = 100)
    void chamber(@ForAll("chambers") Chamber x) throws IOException {
        throughTheSchema(RecordSchemas.CHAMBER, x);
    }

    @Property(tries = 100)
    void partyOrganization(@ForAll("partyOrganizations") PartyOrganization x) throws IOException {
        throughTheSchema(RecordSchemas.PARTY_ORGANIZATION, x);
    }

    @Property(tries = 100)
    void enterprise(@ForAll("enterprises") Enterprise x) throws IOException {
        throughTheSchema(RecordSchemas.ENTERPRISE, x);
    }

    @Property(tries = 100)
    void person(@ForAll("persons") Person x) throws IOException {
        throughTheSchema(RecordSchemas.PERSON, x);
    }

    @Property(tries = 100)
    void membership(@ForAll("memberships") Membership x) throws IOException {
        throughTheSchema(RecordSchemas.MEMBERSHIP, x);
    }

    @Property(tries = 200)
    void activity(@ForAll("activities") Activity x) throws IOException {
        throughTheSchema(RecordSchemas.ACTIVITY, x);
    }

    @Property(tries = 100)
    void proposal(@ForAll("proposals") Proposal x) throws IOException {
        throughTheSchema(RecordSchemas.PROPOSAL, x);
    }

    @Property(tries = 100)
    void annualTarget(@ForAll("annualTargets") AnnualTarget x) throws IOException {
        throughTheSchema(RecordSchemas.ANNUAL_TARGET, x);
    }

    @Property(tries = 50)
    void feeTier(@ForAll("feeTiers") FeeTier x) throws IOException {
        throughTheSchema(RecordSchemas.FEE_TIER, x);
    }

    @Property(tries = 50)
    void activityTarget(@ForAll("activityTargets") ActivityTarget x) throws IOException {
        throughTheSchema(RecordSchemas.ACTIVITY_TARGET, x);
    }

    @Property(tries = 50)
    void proposalSession(@ForAll("proposalSessions") ProposalSession x) throws IOException {
        throughTheSchema(RecordSchemas.PROPOSAL_SESSION, x);
    }

    /** Each property on its own: a record with it differs from the record without it (or it is required or default). */
    @Property(tries = 100)
    void everyOptionalProperty_changesTheRecord(@ForAll("activities") Activity x) {
        RecordSchema<Activity> schema = RecordSchemas.ACTIVITY;
        Activity minimal = rebuild(schema, x, false, true);
        for (io.github.ficsdk.core.schema.Property<Activity, ?> p : schema.getProperties()) {
            Object value = p.get(x);
            if (p.isRequired() || value == null || value.equals(p.defaultIn(x))) {
                continue;
            }
            RecordBuilder<Activity> builder = schema.newBuilder();
            for (io.github.ficsdk.core.schema.Property<Activity, ?> q : schema.getProperties()) {
                if (q.isRequired() || q == p) {
                    copy(builder, q, x, false);
                }
            }
            Activity one = builder.build();
            assertNotNull(p.get(one));
            assertEquals(value, p.get(one), p.toString());
            assertNotEquals(minimal, one, p.toString());
            assertTrue(schema.getPropertyNames().contains(p.getName()));
        }
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
    @Provide Arbitrary<FeeTier> feeTiers() { return DomainArbitraries.feeTiers(); }
    @Provide Arbitrary<ActivityTarget> activityTargets() { return DomainArbitraries.activityTargets(); }
    @Provide Arbitrary<ProposalSession> proposalSessions() { return DomainArbitraries.proposalSessions(); }
}
