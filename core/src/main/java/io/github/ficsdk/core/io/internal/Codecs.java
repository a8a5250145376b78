package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The shared codec of every record schema (and of the nested ones), as stateless singletons built
 * from {@link RecordSchemas}. Internal: not part of the API.
 */
public final class Codecs {

    private Codecs() {}

    private static final Map<RecordSchema<?>, RecordCodec<?, ?>> BY_SCHEMA = codecs();

    private static Map<RecordSchema<?>, RecordCodec<?, ?>> codecs() {
        Map<RecordSchema<?>, RecordCodec<?, ?>> map = new IdentityHashMap<>();
        for (RecordSchema<?> schema : RecordSchemas.nested()) {
            map.put(schema, RecordCodec.of(schema));
        }
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            map.put(schema, RecordCodec.of(schema));
        }
        return map;
    }

    /**
     * Returns the shared codec of a schema of {@link RecordSchemas}.
     *
     * @param <T>     the record type
     * @param schema  the schema
     * @return the codec
     */
    @SuppressWarnings("unchecked")
    public static <T> RecordCodec<T, ?> of(RecordSchema<T> schema) {
        RecordCodec<T, ?> codec = (RecordCodec<T, ?>) BY_SCHEMA.get(schema);
        if (codec == null) {
            throw new IllegalArgumentException("no codec for " + schema);
        }
        return codec;
    }

    /** The codec of {@code federations.jsonl}. */
    public static final RecordCodec<Federation, ?> FEDERATION = of(RecordSchemas.FEDERATION);
    /** The codec of {@code chambers.jsonl}. */
    public static final RecordCodec<Chamber, ?> CHAMBER = of(RecordSchemas.CHAMBER);
    /** The codec of {@code party-organizations.jsonl}. */
    public static final RecordCodec<PartyOrganization, ?> PARTY_ORGANIZATION = of(RecordSchemas.PARTY_ORGANIZATION);
    /** The codec of {@code enterprises.jsonl}. */
    public static final RecordCodec<Enterprise, ?> ENTERPRISE = of(RecordSchemas.ENTERPRISE);
    /** The codec of {@code persons.jsonl}. */
    public static final RecordCodec<Person, ?> PERSON = of(RecordSchemas.PERSON);
    /** The codec of {@code memberships.jsonl}. */
    public static final RecordCodec<Membership, ?> MEMBERSHIP = of(RecordSchemas.MEMBERSHIP);
    /** The codec of {@code activities.jsonl}. */
    public static final RecordCodec<Activity, ?> ACTIVITY = of(RecordSchemas.ACTIVITY);
    /** The codec of {@code proposals.jsonl}. */
    public static final RecordCodec<Proposal, ?> PROPOSAL = of(RecordSchemas.PROPOSAL);
    /** The codec of {@code targets.jsonl}. */
    public static final RecordCodec<AnnualTarget, ?> ANNUAL_TARGET = of(RecordSchemas.ANNUAL_TARGET);

    /**
     * Writes extensions as a JSON object: texts as strings, numbers as plain decimals.
     *
     * @param g           the generator
     * @param extensions  the extensions
     * @throws IOException if writing fails
     */
    public static void writeExtensionsObject(JsonGenerator g, Extensions extensions) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> e : extensions.asMap().entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue() instanceof BigDecimal d) {
                g.writeNumber(d.toPlainString());
            } else {
                g.writeString((String) e.getValue());
            }
        }
        g.writeEndObject();
    }
}
