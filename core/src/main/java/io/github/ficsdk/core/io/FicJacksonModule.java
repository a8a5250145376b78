package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ficsdk.core.Extensions;
import io.github.ficsdk.core.activity.ActivityTarget;
import io.github.ficsdk.core.internal.BuildVersion;
import io.github.ficsdk.core.io.internal.Codecs;
import io.github.ficsdk.core.io.internal.JsonReads;
import io.github.ficsdk.core.io.internal.RecordCodec;
import io.github.ficsdk.core.io.internal.RecordException;
import io.github.ficsdk.core.org.FeeTier;
import io.github.ficsdk.core.proposal.ProposalSession;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.io.IOException;

/**
 * The Jackson module of the FIC domain: serializers and deserializers for every record type of
 * {@link RecordSchemas} (and {@link FeeTier}, {@link ActivityTarget}, {@link ProposalSession},
 * {@link Extensions}), the same strict schema-driven code that {@link JsonLinesReader} uses, so an
 * {@code ObjectMapper} and a dataset reader agree on values and problem codes. Registered through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}; {@link FicJson#mapper()}
 * registers it explicitly.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new FicJacksonModule()).build();
 * Activity activity = mapper.readValue(json, Activity.class);
 * }</pre>
 *
 * <p>The serializers and deserializers are stateless singletons. This class is thread-safe once
 * registered.
 *
 * @since 0.1
 */
public final class FicJacksonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public FicJacksonModule() {
        super("FicJacksonModule", VersionUtil.parseVersion(BuildVersion.get(), "io.github.ficsdk", "fic-core"));
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            add(schema);
        }
        for (RecordSchema<?> schema : RecordSchemas.nested()) {
            add(schema);
        }
        add(Extensions.class, Codecs::writeExtensionsObject, p -> JsonReads.extensions(p, "extensions"));
    }

    private <T> void add(RecordSchema<T> schema) {
        RecordCodec<T, ?> codec = Codecs.of(schema);
        add(schema.getType(), codec::write, p -> codec.read(p, ""));
    }

    private <T> void add(Class<T> type, Writer<T> writer, Reader<T> reader) {
        addSerializer(type, new StdSerializer<T>(type) {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                writer.write(g, value);
            }
        });
        addDeserializer(type, new StdDeserializer<T>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                try {
                    return reader.read(p);
                } catch (RecordException e) {
                    throw e.at(p);
                }
            }
        });
    }

    /** Writes one value of a type. */
    @FunctionalInterface
    private interface Writer<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** Reads one value of a type; a problem of the value is a {@link RecordException}. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }
}
