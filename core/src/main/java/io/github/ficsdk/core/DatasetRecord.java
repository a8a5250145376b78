package io.github.ficsdk.core;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.ficsdk.core.io.internal.RecordJson;
import org.immutables.value.Value;

/**
 * A record of a dataset: one line of one of its record files ({@code federations.jsonl} …
 * {@code tasks.jsonl}), with the team-specific {@linkplain #getExtensions() extensions} every record
 * has. Any Jackson {@code ObjectMapper} reads and writes a record type through its record schema
 * ({@link io.github.ficsdk.core.schema.RecordSchemas}), with or without
 * {@link io.github.ficsdk.core.io.FicJacksonModule}.
 *
 * <pre>{@code
 * DatasetRecord record = person;
 * record.getExtensions().getString("county");  // Optional[嘉善]
 * }</pre>
 *
 * <p>Implemented by the record types of the SDK only; {@link IdentifiedRecord} adds the id of the
 * records that have one. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@JsonSerialize(using = RecordJson.Serializer.class)
@JsonDeserialize(using = RecordJson.Deserializer.class)
public interface DatasetRecord {

    /**
     * Returns the team-specific fields.
     *
     * @return the extensions, empty by default, never null
     */
    @Value.Default
    default Extensions getExtensions() {
        return Extensions.empty();
    }
}
