package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The schema-driven JSON binding of the record types, named by a Jackson annotation on each public
 * abstract type so that any {@code ObjectMapper} (with or without {@code FicJacksonModule}) reads
 * and writes the public type through its codec, and no message names a generated class. Internal:
 * not part of the API.
 */
public final class RecordJson {

    private static final ClassValue<RecordCodec<Object, ?>> CODECS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected RecordCodec<Object, ?> computeValue(Class<?> type) {
            List<RecordSchema<?>> schemas = new ArrayList<>(RecordSchemas.all());
            schemas.addAll(RecordSchemas.nested());
            for (RecordSchema<?> schema : schemas) {
                if (schema.getType().isAssignableFrom(type)) {
                    return (RecordCodec<Object, ?>) Codecs.of(schema);
                }
            }
            throw new IllegalArgumentException("no record schema for " + type.getName());
        }
    };

    private RecordJson() {}

    /** Writes a record through the codec of its public type. */
    public static final class Serializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            CODECS.get(value.getClass()).write(g, value);
        }
    }

    /** Reads a record through the codec of the public type asked for. */
    public static final class Deserializer extends JsonDeserializer<Object> implements ContextualDeserializer {
        private final RecordCodec<Object, ?> codec;

        /** Creates the deserializer; Jackson makes it contextual before use. */
        public Deserializer() {
            this(null);
        }

        private Deserializer(RecordCodec<Object, ?> codec) {
            this.codec = codec;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            JavaType type = ctxt.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            return type == null ? this : new Deserializer(CODECS.get(type.getRawClass()));
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (codec == null) {
                throw new IllegalStateException("the record type to read is not known");
            }
            try {
                return codec.read(p, "");
            } catch (RecordException e) {
                throw e.at(p);
            }
        }
    }
}
