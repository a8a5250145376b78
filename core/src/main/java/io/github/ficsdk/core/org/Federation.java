package io.github.ficsdk.core.org;

import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Federation of Industry and Commerce (工商联), such as the Jiaxing city federation
 * {@code F330400} (level {@code CITY}, division {@code 330400}); one line of {@code federations.jsonl}.
 *
 * <pre>{@code
 * Federation county = Federation.builder().id("F330421").name("嘉善县工商联")
 *         .level(FederationLevel.COUNTY).division("330421").parent("F330400").build();
 * }</pre>
 *
 * <p>Construction rejects a null value ({@link NullPointerException} naming the property), a
 * missing required property ({@link IllegalStateException} from {@code build()}, listing the
 * properties not set), a blank id, name or short name, and a federation that is its own parent
 * ({@link io.github.ficsdk.core.InvalidValueException}). The id format and the division code are
 * checked by Bean Validation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Federation extends Organization implements WithFederation {

    Federation() {
        super(OrganizationTree.Kind.FEDERATION);
    }

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the level.
     *
     * @return the level, never null
     */
    public abstract FederationLevel getLevel();

    /**
     * Returns the GB/T 2260 division code of the federation's area, such as {@code 330400}.
     *
     * @return the division code, never null
     */
    @ValidDivisionCode
    public abstract String getDivision();

    /**
     * Returns the id of the parent federation.
     *
     * @return the parent id, empty for a root
     */
    public abstract Optional<@Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE) String> getParent();

    /**
     * Returns the {@linkplain #getParent() parent}.
     *
     * @return the parent id, empty for a root
     */
    @Override
    public final Optional<String> getParentId() {
        return getParent();
    }

    @Value.Check
    void check() {
        checkNames();
        if (getParent().isPresent() && getParent().get().equals(getId())) {
            throw new io.github.ficsdk.core.InvalidValueException("parent", "PARENT_CYCLE",
                    "parent must not be the federation itself - but was: " + getId());
        }
    }

    /**
     * Builds a {@link Federation}; {@code from(federation)} copies every property.
     *
     * <p>An optional property has two setters, {@code parent(String)} and
     * {@code parent(Optional<String>)}; so {@code parent(null)} does not compile (it would match
     * both). To give no parent, leave it unset or call {@code parent(Optional.empty())}; to copy a
     * possibly absent one, pass the {@code Optional} ({@code parent(other.getParent())}).
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableFederation.Builder {
        Builder() {}
    }
}
