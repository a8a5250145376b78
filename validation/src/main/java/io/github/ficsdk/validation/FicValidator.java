package io.github.ficsdk.validation;

import io.github.ficsdk.validation.internal.ValidatorHolder;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The validation facade: runs Bean Validation over an object and returns every finding as a
 * {@link Problem} with a stable code, a severity and a message in Chinese or English.
 *
 * <pre>{@code
 * FicValidator validator = FicValidator.chinese();
 * List<Problem> problems = validator.validate(chamber);
 * problems.forEach(p -> System.out.println(p.getProblemPath() + " " + p.getProblemCode() + " " + p.getMessage()));
 * }</pre>
 *
 * <p>All instances share one Hibernate Validator factory, created on first use, bootstrapped
 * without XML configuration and with Expression Language switched off for every message, so no
 * user input is ever evaluated. The problem code is the key of the message template
 * ({@code {fic.CREDIT_CODE_CHECK_CHARACTER}} gives {@code CREDIT_CODE_CHECK_CHARACTER}); for the
 * standard Jakarta constraints it is the constraint's name in UPPER_SNAKE ({@code NOT_NULL},
 * {@code POSITIVE_OR_ZERO}). Problems come sorted by path, then code.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class FicValidator {

    private final Locale locale;

    private FicValidator(Locale locale) {
        this.locale = locale;
    }

    /**
     * Returns the validator with messages in simplified Chinese (zh-CN), the default.
     *
     * @return the Chinese validator, never null
     */
    public static FicValidator chinese() {
        return new FicValidator(Locale.SIMPLIFIED_CHINESE);
    }

    /**
     * Returns the validator with messages in English.
     *
     * @return the English validator, never null
     */
    public static FicValidator english() {
        return new FicValidator(Locale.ENGLISH);
    }

    /**
     * Returns the validator for a language: Chinese for any {@code zh} locale, English otherwise.
     *
     * @param locale  the preferred locale, not null
     * @return the validator, never null
     */
    public static FicValidator forLocale(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "zh".equals(locale.getLanguage()) ? chinese() : english();
    }

    /**
     * Returns the locale of the messages, {@code zh_CN} or {@code en}.
     *
     * @return the locale, never null
     */
    public Locale getLocale() {
        return locale;
    }

    /**
     * Validates an object and its cascaded ({@code @Valid}) properties.
     *
     * @param object  the object to validate, not null
     * @return every problem, sorted by path then code; empty when the object is valid; never null
     */
    public List<Problem> validate(Object object) {
        Objects.requireNonNull(object, "object");
        return toProblems(unwrap().validate(object));
    }

    /**
     * Returns the underlying Jakarta {@link Validator}, for validating groups, single properties
     * or method parameters. Its messages are in this facade's language.
     *
     * @return the shared validator, never null
     */
    public Validator unwrap() {
        return ValidatorHolder.validator(locale);
    }

    /**
     * Turns Bean Validation violations into problems, as {@link #validate(Object)} does.
     *
     * @param violations  the violations, not null
     * @return the problems, sorted by path then code, never null
     */
    public static List<Problem> toProblems(Set<? extends ConstraintViolation<?>> violations) {
        List<Problem> problems = new ArrayList<>(violations.size());
        for (ConstraintViolation<?> violation : violations) {
            problems.add(ValidatorHolder.toProblem(violation));
        }
        problems.sort(Comparator.comparing(Problem::getProblemPath).thenComparing(Problem::getProblemCode)
                .thenComparing(Problem::getMessage));
        return List.copyOf(problems);
    }
}
