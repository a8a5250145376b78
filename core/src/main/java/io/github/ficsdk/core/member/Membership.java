package io.github.ficsdk.core.member;

import io.github.ficsdk.core.DatasetRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The membership of an enterprise or a person in a chamber or a federation, with a role such as
 * {@link Role#VICE_PRESIDENT}; one line of {@code memberships.jsonl}.
 *
 * <pre>{@code
 * Membership membership = Membership.builder().member("E0001").organization("C0001")
 *         .role(Role.VICE_PRESIDENT).feeTier("副会长单位").since(LocalDate.of(2015, 6, 1)).build();
 * }</pre>
 *
 * <p>Construction rejects {@code until} before {@code since} ({@code UNTIL_BEFORE_SINCE}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Membership implements DatasetRecord, WithMembership {

    Membership() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the id of the member, an enterprise or a person.
     *
     * @return the member id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getMember();

    /**
     * Returns the id of the chamber or federation.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getOrganization();

    /**
     * Returns the role.
     *
     * @return the role, never null
     */
    public abstract Role getRole();

    /**
     * Returns the name of the fee tier paid, one of the organisation's fee tiers.
     *
     * @return the fee tier name, empty when unknown
     */
    public abstract Optional<String> getFeeTier();

    /**
     * Returns the first day of the membership.
     *
     * @return the day, empty when unknown
     */
    public abstract Optional<LocalDate> getSince();

    /**
     * Returns the last day of the membership.
     *
     * @return the day, not before {@link #getSince()}, empty when ongoing or unknown
     */
    public abstract Optional<LocalDate> getUntil();

    @Value.Check
    void check() {
        Checks.notBlank("member", getMember());
        Checks.notBlank("organization", getOrganization());
        if (getSince().isPresent() && getUntil().isPresent()) {
            Checks.notBefore("until", getUntil().get(), "since", getSince().get(), "UNTIL_BEFORE_SINCE");
        }
    }

    /**
     * Builds a {@link Membership}; {@code from(membership)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableMembership.Builder {
        Builder() {}
    }
}
