package io.github.ficsdk.core.activity;

import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import jakarta.validation.constraints.Pattern;
import org.immutables.value.Value;

/**
 * What an activity is aimed at: a type and an id, such as the chamber {@code C0001}
 * ({@code {"type": "CHAMBER", "id": "C0001"}}).
 *
 * <pre>{@code
 * ActivityTarget target = ActivityTarget.of(TargetType.ENTERPRISE, "E0001");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@com.fasterxml.jackson.databind.annotation.JsonSerialize(using = io.github.ficsdk.core.io.internal.RecordJson.Serializer.class)
@com.fasterxml.jackson.databind.annotation.JsonDeserialize(using = io.github.ficsdk.core.io.internal.RecordJson.Deserializer.class)
public abstract class ActivityTarget {

    ActivityTarget() {}

    /**
     * Returns a target.
     *
     * @param type  the type, not null
     * @param id    the id of the target, not blank
     * @return the target, never null
     */
    public static ActivityTarget of(TargetType type, String id) {
        return ImmutableActivityTarget.of(type, id);
    }

    /**
     * Returns the type.
     *
     * @return the type, never null
     */
    @Value.Parameter
    public abstract TargetType getType();

    /**
     * Returns the id of the target.
     *
     * @return the id, never null
     */
    @Value.Parameter
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getId();

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
    }
}
