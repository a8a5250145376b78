package io.github.ficsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The record types declare what every record has once, in {@link DatasetRecord} and
 * {@link IdentifiedRecord}: the JSON binding, the extensions with their default, the id with its
 * Bean Validation constraint. Each type must still bind, default and validate as if it declared them.
 */
class DatasetRecordTest {

    /** A minimal line of each record file, by schema name. */
    private static final Map<String, String> LINES = new LinkedHashMap<>();

    static {
        LINES.put("federations.jsonl", "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}");
        LINES.put("chambers.jsonl", "{\"id\":\"C1\",\"name\":\"温州商会\",\"kind\":\"OUT_OF_TOWN\",\"federation\":\"F330400\"}");
        LINES.put("party-organizations.jsonl", "{\"id\":\"P1\",\"name\":\"党支部\",\"kind\":\"BRANCH\",\"host\":\"C1\"}");
        LINES.put("enterprises.jsonl", "{\"id\":\"E1\",\"name\":\"某公司\"}");
        LINES.put("persons.jsonl", "{\"id\":\"P1\",\"name\":\"张三\"}");
        LINES.put("memberships.jsonl", "{\"member\":\"E1\",\"organization\":\"C1\",\"role\":\"MEMBER\"}");
        LINES.put("activities.jsonl", "{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\",\"organizers\":[\"F330400\"]}");
        LINES.put("proposals.jsonl", "{\"id\":\"PR1\",\"session\":{\"body\":\"CPPCC\",\"division\":\"330400\",\"term\":8,"
                + "\"number\":1},\"submitter\":\"F330400\",\"type\":\"GROUP\",\"submittedOn\":\"2017-02-01\"}");
        LINES.put("targets.jsonl", "{\"organization\":\"F330400\",\"year\":2017,\"indicator\":\"VISIT.TARGETS\",\"value\":5}");
        LINES.put("tickets.jsonl", "{\"id\":\"T1\",\"raisedOn\":\"2017-03-02\",\"raisedBy\":\"E1\",\"receivedBy\":\"F330400\","
                + "\"category\":\"FINANCING\",\"summary\":\"续贷难\"}");
        LINES.put("projects.jsonl", "{\"id\":\"PJ1\",\"name\":\"产业园\",\"organization\":\"C1\",\"signedOn\":\"2017-04-18\","
                + "\"investmentYuan\":\"300000000.00\"}");
        LINES.put("tasks.jsonl", "{\"id\":\"TK1\",\"year\":2017,\"owner\":\"F330402\",\"title\":\"理想信念教育\",\"weight\":10}");
    }

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private static String lineOf(RecordSchema<?> schema) {
        String line = LINES.get(schema.getFileName().orElseThrow());
        assertTrue(line != null, "no sample line for " + schema);
        return line;
    }

    @Test
    void everyRecordType_isADatasetRecord_andIdentifiedExactlyWhenItHasAnId() {
        assertEquals(LINES.size(), RecordSchemas.all().size());
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            assertTrue(DatasetRecord.class.isAssignableFrom(schema.getType()), schema.toString());
            assertEquals(schema.hasId(), IdentifiedRecord.class.isAssignableFrom(schema.getType()), schema.toString());
        }
    }

    @Test
    void anyMapper_readsAndWritesEveryRecordTypeThroughItsSchema() throws Exception {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            Object read = PLAIN.readValue(lineOf(schema), schema.getType());
            assertEquals(FicJson.mapper().readValue(lineOf(schema), schema.getType()), read, schema.toString());
            assertEquals(FicJson.mapper().writeValueAsString(read), PLAIN.writeValueAsString(read), schema.toString());
            assertEquals(read, PLAIN.readValue(PLAIN.writeValueAsString(read), schema.getType()), schema.toString());
            assertTrue(((DatasetRecord) read).getExtensions().isEmpty(), schema.toString());
            assertEquals(List.of(), FicValidator.english().validate(read), schema.toString());
        }
    }

    @Test
    void aMalformedId_isOneIdFormatProblemAtPathId_inEveryIdentifiedType() throws Exception {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            if (!schema.hasId()) {
                continue;
            }
            String line = lineOf(schema).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"-bad\"");
            IdentifiedRecord record = (IdentifiedRecord) PLAIN.readValue(line, schema.getType());
            assertEquals("-bad", record.getId());
            List<Problem> problems = FicValidator.english().validate(record);
            assertEquals(1, problems.size(), schema + ": " + problems);
            assertEquals("ID_FORMAT", problems.get(0).getProblemCode(), schema.toString());
            assertEquals("id", problems.get(0).getProblemPath(), schema.toString());
        }
    }

    @Test
    void extensions_readAndKeptByEveryRecordType() throws Exception {
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            String line = lineOf(schema).replaceFirst("}$", ",\"extensions\":{\"county\":\"嘉善\"}}");
            DatasetRecord record = (DatasetRecord) PLAIN.readValue(line, schema.getType());
            assertEquals(java.util.Optional.of("嘉善"), record.getExtensions().getString("county"), schema.toString());
        }
    }

    /**
     * A supertype no schema describes (Organization, IdentifiedRecord, DatasetRecord) fails as
     * Jackson's own definition error, which code catching JacksonException handles, naming no
     * generated class.
     */
    @Test
    void readingAnAbstractRecordType_isJacksonsDefinitionError() {
        for (ObjectMapper mapper : List.of(new ObjectMapper(), FicJson.mapper())) {
            for (Class<?> type : List.of(io.github.ficsdk.core.org.Organization.class, IdentifiedRecord.class,
                    DatasetRecord.class)) {
                com.fasterxml.jackson.databind.exc.InvalidDefinitionException e = org.junit.jupiter.api.Assertions
                        .assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                                () -> mapper.readValue("{\"id\":\"F1\"}", type), type.getName());
                assertTrue(e.getOriginalMessage().contains("no record schema for " + type.getSimpleName()),
                        e.getOriginalMessage());
                assertTrue(!e.getMessage().contains("Immutable"), e.getMessage());
            }
        }
    }

    /** Writing a record type of the user's own, which no schema describes, is Jackson's definition error too. */
    @Test
    void writingARecordTypeNoSchemaDescribes_isJacksonsDefinitionError() {
        IdentifiedRecord mine = () -> "M1";
        for (ObjectMapper mapper : List.of(new ObjectMapper(), FicJson.mapper())) {
            com.fasterxml.jackson.databind.exc.InvalidDefinitionException e = org.junit.jupiter.api.Assertions
                    .assertThrows(com.fasterxml.jackson.databind.exc.InvalidDefinitionException.class,
                            () -> mapper.writeValueAsString(mine));
            assertTrue(e.getOriginalMessage().startsWith("no record schema for "), e.getOriginalMessage());
        }
    }
}
