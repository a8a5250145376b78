package io.github.ficsdk.core.project;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An investment project (招商引资 / 浙商回归 project) a federation or chamber brought in; one line
 * of {@code projects.jsonl}.
 *
 * <pre>{@code
 * InvestmentProject project = InvestmentProject.builder().id("P001").name("智能装备产业园")
 *         .organization("C330400-WZ").signedOn(LocalDate.of(2017, 4, 18))
 *         .investmentYuan(Yuan.parse("300000000.00")).stage(ProjectStage.STARTED)
 *         .startedOn(LocalDate.of(2017, 6, 1)).fundsInPlaceYuan(Yuan.parse("120000000.00")).build();
 * }</pre>
 *
 * <p>Construction rejects a {@code startedOn} before {@code signedOn} ({@code STARTED_BEFORE_SIGNED})
 * and funds in place above the agreed investment ({@code FUNDS_ABOVE_INVESTMENT}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class InvestmentProject implements IdentifiedRecord {

    InvestmentProject() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the name of the project.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the id of the federation or chamber that brought the project; the scope of the
     * project indicators.
     *
     * @return the organisation id, never null
     */
    @Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE)
    public abstract String getOrganization();

    /**
     * Returns the day the agreement was signed.
     *
     * @return the day, never null
     */
    public abstract LocalDate getSignedOn();

    /**
     * Returns the agreed total investment.
     *
     * @return the amount, never null
     */
    public abstract Yuan getInvestmentYuan();

    /**
     * Returns the id of the investing enterprise or person.
     *
     * @return the id, empty when unknown
     */
    public abstract Optional<String> getInvestor();

    /**
     * Returns the division code of the region the investor comes from.
     *
     * @return the division code, empty when unknown
     */
    public abstract Optional<@ValidDivisionCode String> getOriginRegion();

    /**
     * Returns the stage.
     *
     * @return the stage, {@link ProjectStage#SIGNED} by default, never null
     */
    @Value.Default
    public ProjectStage getStage() {
        return ProjectStage.SIGNED;
    }

    /**
     * Returns the day construction started.
     *
     * @return the day, not before {@link #getSignedOn()}, empty when not started
     */
    public abstract Optional<LocalDate> getStartedOn();

    /**
     * Returns the funds in place (到位资金).
     *
     * @return the amount, at most {@link #getInvestmentYuan()}, empty when unknown
     */
    public abstract Optional<Yuan> getFundsInPlaceYuan();

    /**
     * Returns the industry code (GB/T 4754-2017).
     *
     * @return the industry code, empty when unknown
     */
    public abstract Optional<@ValidIndustryCode String> getIndustry();

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        Checks.notBlank("name", getName());
        Checks.notBlank("organization", getOrganization());
        Checks.notBlank("investor", getInvestor());
        getStartedOn().ifPresent(s -> Checks.notBefore("startedOn", s, "signedOn", getSignedOn(),
                "STARTED_BEFORE_SIGNED"));
        Optional<Yuan> funds = getFundsInPlaceYuan();
        if (funds.isPresent() && funds.get().compareTo(getInvestmentYuan()) > 0) {
            throw new InvalidValueException("fundsInPlaceYuan", "FUNDS_ABOVE_INVESTMENT",
                    "fundsInPlaceYuan must not be above investmentYuan - but was: fundsInPlaceYuan "
                            + funds.get().toBigDecimal().toPlainString() + ", investmentYuan "
                            + getInvestmentYuan().toBigDecimal().toPlainString());
        }
    }

    /**
     * Builds an {@link InvestmentProject}; {@code from(project)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableInvestmentProject.Builder {
        Builder() {}
    }
}
