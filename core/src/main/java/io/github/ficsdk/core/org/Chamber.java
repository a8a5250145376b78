package io.github.ficsdk.core.org;

import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A chamber of commerce or trade association (商会、协会) under a federation, such as
 * {@code 嘉兴市温州商会} (kind {@code OUT_OF_TOWN}, origin region {@code 330300}); one line of
 * {@code chambers.jsonl}.
 *
 * <pre>{@code
 * Chamber chamber = Chamber.builder().id("C0001").name("嘉兴市温州商会")
 *         .kind(ChamberKind.OUT_OF_TOWN).federation("F330400").originRegion("330300")
 *         .addFeeTier(FeeTier.of("会长单位", Yuan.parse("50000")))
 *         .build();
 * }</pre>
 *
 * <p>Construction rejects a blank id, name, short name or federation ({@code BLANK}). Bean
 * Validation checks the id format, that the credit code is a chamber's {@code 51…} code,
 * that regions are known division codes, and warns ({@code FEE_TIERS_TOO_MANY}) when there are
 * more than 4 fee tiers (national rules: "generally no more than 4").
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Chamber extends Organization implements WithChamber {

    /** The number of fee tiers above which a warning is given. */
    public static final int MAX_FEE_TIERS = 4;

    Chamber() {
        super(OrganizationTree.Kind.CHAMBER);
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
    public abstract ChamberKind getKind();

    /**
     * Returns the id of the federation the chamber belongs to.
     *
     * @return the federation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getFederation();

    /**
     * Returns the Unified Social Credit Code, which for a chamber starts {@code 51}.
     *
     * @return the credit code, empty when unknown
     */
    public abstract Optional<@ValidCreditCode(kind = CreditCodeKind.CHAMBER) String> getCreditCode();

    /**
     * Returns the lifecycle status.
     *
     * @return the status, {@link ChamberStatus#ACTIVE} by default, never null
     */
    @Value.Default
    public ChamberStatus getStatus() {
        return ChamberStatus.ACTIVE;
    }

    /**
     * Returns the day of registration with civil affairs.
     *
     * @return the day, empty when unknown
     */
    public abstract Optional<LocalDate> getRegisteredOn();

    /**
     * Returns the division code of the region the members come from (out-of-town chambers).
     *
     * @return the division code, empty when not applicable
     */
    public abstract Optional<@ValidDivisionCode String> getOriginRegion();

    /**
     * Returns the division code of the region where the chamber is hosted (chambers elsewhere).
     *
     * @return the division code, empty when not applicable
     */
    public abstract Optional<@ValidDivisionCode String> getHostRegion();

    /**
     * Returns the membership fee tiers; more than {@value #MAX_FEE_TIERS} gives a warning.
     *
     * @return the fee tiers, never null
     */
    @Size(max = MAX_FEE_TIERS, message = "{fic.FEE_TIERS_TOO_MANY}", payload = Severity.Warning.class)
    public abstract List<FeeTier> getFeeTiers();

    /**
     * Returns the {@linkplain #getFederation() federation}.
     *
     * @return the federation id, never empty
     */
    @Override
    public final Optional<String> getParentId() {
        return Optional.of(getFederation());
    }

    @Value.Check
    void check() {
        checkNames();
        Checks.notBlank("federation", getFederation());
    }

    /**
     * Builds a {@link Chamber}; {@code from(chamber)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableChamber.Builder {
        Builder() {}
    }
}
