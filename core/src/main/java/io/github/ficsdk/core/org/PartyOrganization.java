package io.github.ficsdk.core.org;

import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A party organisation (党组织) attached to a chamber or a federation, such as the branch
 * {@code P0001} of chamber {@code C0001}; one line of {@code party-organizations.jsonl}.
 *
 * <pre>{@code
 * PartyOrganization branch = PartyOrganization.builder().id("P0001").name("嘉兴市温州商会党支部")
 *         .kind(PartyOrganizationKind.BRANCH).host("C0001").memberCount(12).build();
 * }</pre>
 *
 * <p>Construction rejects a negative member count ({@code NEGATIVE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class PartyOrganization extends Organization implements WithPartyOrganization {

    PartyOrganization() {
        super(OrganizationTree.Kind.PARTY_ORGANIZATION);
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
     * Returns the kind.
     *
     * @return the kind, never null
     */
    public abstract PartyOrganizationKind getKind();

    /**
     * Returns the id of the chamber or federation hosting the organisation.
     *
     * @return the host id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getHost();

    /**
     * Returns the day the organisation was established.
     *
     * @return the day, empty when unknown
     */
    public abstract Optional<LocalDate> getEstablishedOn();

    /**
     * Returns the number of party members.
     *
     * @return the count, not negative, empty when unknown
     */
    public abstract OptionalInt getMemberCount();

    /**
     * Returns empty: a party organisation has no short name.
     *
     * @return empty
     */
    @Override
    public final Optional<String> getShortName() {
        return Optional.empty();
    }

    /**
     * Returns the {@linkplain #getHost() host}.
     *
     * @return the host id, never empty
     */
    @Override
    public final Optional<String> getParentId() {
        return Optional.of(getHost());
    }

    @Value.Check
    void check() {
        checkNames();
        Checks.notBlank("host", getHost());
        Checks.notNegative("memberCount", getMemberCount());
    }

    /**
     * Builds a {@link PartyOrganization}; {@code from(organization)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutablePartyOrganization.Builder {
        Builder() {}
    }
}
