package io.github.ficsdk.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.ficsdk.core.io.internal.DisplayEscapes;
import io.github.ficsdk.core.io.internal.Factories;

/**
 * The recommended strict Jackson configuration for FIC data, with the {@link FicJacksonModule}.
 *
 * <pre>{@code
 * ObjectMapper mapper = FicJson.mapper();
 * Activity activity = mapper.readValue(line, Activity.class);
 * String json = mapper.writeValueAsString(activity);
 * }</pre>
 *
 * <p>What the mapper does: unknown properties fail (the FIC types allow them only inside
 * {@code extensions}); duplicate keys fail; no float-to-int and no string-to-number or
 * number-to-string coercion, no empty-string-as-null; trailing tokens after the value fail;
 * floats read as {@code BigDecimal}, and {@code BigDecimal} is written plain (never
 * {@code 1E+3}); no default typing, so no class name in the input ever chooses a Java type;
 * limits on nesting depth ({@value #MAX_NESTING_DEPTH}), number length
 * ({@value #MAX_NUMBER_LENGTH} characters) and string length ({@value #MAX_STRING_LENGTH}
 * characters).
 *
 * <p>This class is immutable and thread-safe; every call returns a new mapper, so changing one
 * affects no one else.
 *
 * @since 0.1
 */
public final class FicJson {

    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_NESTING_DEPTH = Factories.MAX_NESTING_DEPTH;
    /** The longest number accepted, in characters. */
    public static final int MAX_NUMBER_LENGTH = Factories.MAX_NUMBER_LENGTH;
    /** The longest string accepted, in characters. */
    public static final int MAX_STRING_LENGTH = Factories.MAX_STRING_LENGTH;

    private FicJson() {}

    /**
     * Returns a new strict JSON factory (for streaming), with the limits and duplicate detection
     * of {@link #mapper()}.
     *
     * @return a new factory, never null
     */
    public static JsonFactory factory() {
        return Factories.strict(true);
    }

    /**
     * Returns the character escapes for JSON that people may read on a terminal (a report, a list
     * of problems, an appraisal): besides the C0 controls that JSON always escapes, DEL, the C1
     * controls and the bidirectional controls (U+061C, U+200E, U+200F, U+2028–U+202E,
     * U+2066–U+2069) are written as {@code \}{@code uXXXX}, so that a name from the data cannot
     * reorder or recolour the terminal; the text read back is unchanged.
     *
     * <pre>{@code
     * JsonFactory factory = new JsonFactoryBuilder().characterEscapes(FicJson.displayEscapes()).build();
     * }</pre>
     *
     * @return the escapes (stateless, shared), never null
     */
    public static CharacterEscapes displayEscapes() {
        return DisplayEscapes.INSTANCE;
    }

    /**
     * Returns a new strict mapper with the {@link FicJacksonModule} registered.
     *
     * @return a new mapper, never null
     */
    public static ObjectMapper mapper() {
        JsonMapper mapper = JsonMapper.builder(factory())
                .addModule(new FicJacksonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setAcceptBlankAsEmpty(false);
        return mapper;
    }
}
