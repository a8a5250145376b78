package io.github.ficsdk.core.member;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.Ids;
import io.github.ficsdk.core.internal.Checks;
import io.github.ficsdk.core.internal.Masking;
import io.github.ficsdk.validation.constraints.ValidMobileNumber;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A person, typically an entrepreneur (非公有制经济人士); one line of {@code persons.jsonl}.
 *
 * <pre>{@code
 * Person person = Person.builder().id("P0001").name("张三").mobile("13812345678")
 *         .gender(Gender.MALE).birthYear(1985).enterprise("E0001").build();
 * person.toString();  // Person{id=P0001, name=张*, mobile=138****5678, …}
 * }</pre>
 *
 * <p>Personal data: {@link #toString()} masks the name, the mobile number and the birth year;
 * the getters and JSON return them unchanged. Construction rejects a birth year outside 1000-9999
 * ({@code OUT_OF_RANGE}) without quoting it. Bean Validation checks the mobile number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Person implements IdentifiedRecord, WithPerson {

    Person() {}

    /**
     * Returns a new builder.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the full name (personal data).
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the year of birth (personal data).
     *
     * @return the year, empty when unknown
     */
    public abstract OptionalInt getBirthYear();

    /**
     * Returns the id of the person's enterprise.
     *
     * @return the enterprise id, empty when unknown
     */
    public abstract Optional<@Pattern(regexp = Ids.REGEX, message = Ids.MESSAGE) String> getEnterprise();

    /**
     * Returns the mainland mobile number (personal data).
     *
     * @return the mobile number, empty when unknown
     */
    public abstract Optional<@ValidMobileNumber String> getMobile();

    /**
     * Returns the gender.
     *
     * @return the gender, empty when unknown
     */
    public abstract Optional<Gender> getGender();

    @Value.Check
    void check() {
        Checks.notBlank("id", getId());
        Checks.notBlank("name", getName());
        if (!Checks.isYear(getBirthYear().orElse(2000))) {
            // the year itself is personal data and stays out of the message
            throw new io.github.ficsdk.core.InvalidValueException("birthYear", "OUT_OF_RANGE",
                    "birthYear must be a year between " + Checks.MIN_YEAR + " and " + Checks.MAX_YEAR);
        }
    }

    /**
     * Returns the person with personal data masked: the name keeps its first character, the
     * mobile number its first 3 and last 4 digits, the birth year its decade; an ID-card or mobile
     * number used as the id, the enterprise or an extension's name keeps only its ends.
     *
     * @return a masked description, never null
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Person{id=").append(Masking.text(getId()))
                .append(", name=").append(Masking.name(getName()));
        getMobile().ifPresent(m -> out.append(", mobile=").append(Masking.mobile(m)));
        if (getBirthYear().isPresent()) {
            out.append(", birthYear=").append(getBirthYear().getAsInt() / 10).append('*');
        }
        getGender().ifPresent(g -> out.append(", gender=").append(g));
        getEnterprise().ifPresent(e -> out.append(", enterprise=").append(Masking.text(e)));
        if (!getExtensions().isEmpty()) {
            // team fields may hold personal data too: their names only
            out.append(", extensions=").append(getExtensions().asMap().keySet().stream().map(Masking::text).toList());
        }
        return out.append('}').toString();
    }

    /**
     * Builds a {@link Person}; {@code from(person)} copies every property.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutablePerson.Builder {
        Builder() {}
    }
}
