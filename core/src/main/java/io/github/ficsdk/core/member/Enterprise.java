package io.github.ficsdk.core.member;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.money.Yuan;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A member enterprise (会员企业), identified preferably by its Unified Social Credit Code; one line
 * of {@code enterprises.jsonl}.
 *
 * <pre>{@code
 * Enterprise enterprise = Enterprise.builder().id("E0001").name("嘉兴某某纺织有限公司")
 *         .creditCode("91330400MA2B3C4D1R").division("330402").industry("C17")
 *         .ownership(Ownership.PRIVATE).revenueYuan(Yuan.ofYuan(520_000_000)).revenueYear(2016)
 *         .employees(1200).build();
 * }</pre>
 *
 * <p>Construction rejects a negative number of employees ({@code NEGATIVE}) and a revenue year
 * outside 1000-9999 ({@code OUT_OF_RANGE}). Bean Validation checks that the credit code is an
 * enterprise's {@code 9…} code, the division and the GB/T 4754-2017 industry code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Enterprise implements IdentifiedRecord, WithEnterprise {

    Enterprise() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the registered name.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the Unified Social Credit Code, an enterprise's {@code 9…} code.
     *
     * @return the credit code, empty when unknown
     */
    public abstract Optional<@ValidCreditCode(kind = CreditCodeKind.ENTERPRISE) String> getCreditCode();

    /**
     * Returns the GB/T 2260 division code of the registered address.
     *
     * @return the division code, empty when unknown
     */
    public abstract Optional<@ValidDivisionCode String> getDivision();

    /**
     * Returns the GB/T 4754-2017 industry code, such as {@code C17}.
     *
     * @return the industry code, empty when unknown
     */
    public abstract Optional<@ValidIndustryCode String> getIndustry();

    /**
     * Returns the ownership.
     *
     * @return the ownership, empty when unknown
     */
    public abstract Optional<Ownership> getOwnership();

    /**
     * Returns the annual revenue (营业收入) of {@link #getRevenueYear()}.
     *
     * @return the revenue, empty when unknown
     */
    public abstract Optional<Yuan> getRevenueYuan();

    /**
     * Returns the year of the revenue.
     *
     * @return the year, empty when unknown
     */
    public abstract OptionalInt getRevenueYear();

    /**
     * Returns the number of employees.
     *
     * @return the count, not negative, empty when unknown
     */
    public abstract OptionalInt getEmployees();

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        Checks.notBlank("name", getName());
        Checks.notNegative("employees", getEmployees());
        Checks.year("revenueYear", getRevenueYear());
    }

    /**
     * Builds an {@link Enterprise}; {@code from(enterprise)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableEnterprise.Builder {
        Builder() {}
    }
}
