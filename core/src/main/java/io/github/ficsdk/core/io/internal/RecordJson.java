package io.github.ficsdk.core.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
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

    /** The codec of each type, null for a type no schema describes (such as an abstract supertype). */
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
            return null;
        }
    };

    private RecordJson() {}

    private static String noSchema(Class<?> type) {
        return "no record schema for " + type.getSimpleName() + " (read or write one of the record types)";
    }

    /** Writes a record through the codec of its public type. */
    public static final class Serializer extends StdSerializer<Object> {
        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        public Serializer() {
            super(Object.class);
        }

        @Override
        public void serialize(Object value, JsonGenerator g, SerializerProvider provider) throws IOException {
            RecordCodec<Object, ?> codec = CODECS.get(value.getClass());
            if (codec == null) {
                provider.reportBadDefinition(value.getClass(), noSchema(value.getClass()));
            }
            codec.write(g, value);
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
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType type = ctxt.getContextualType();
            if (type == null && property != null) {
                type = property.getType();
            }
            if (type == null) {
                return this;
            }
            RecordCodec<Object, ?> codec = CODECS.get(type.getRawClass());
            if (codec == null) {
                // an abstract supertype such as Organization: Jackson's own error, as for any type it cannot make
                return ctxt.reportBadDefinition(type, noSchema(type.getRawClass()));
            }
            return new Deserializer(codec);
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
