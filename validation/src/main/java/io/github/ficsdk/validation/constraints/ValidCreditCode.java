package io.github.ficsdk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ficsdk.validation.internal.CreditCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a Unified Social Credit Code (GB 32100-2015), such as
 * {@code 91350100M000100Y43}.
 *
 * <p>Checks come in layers, each with its own problem code: the format (length, character set,
 * with distinct codes for full-width characters, lower case, spaces and invisible characters, and
 * for an 18-digit resident ID number) and the check character are errors; the semantic layer
 * (the registration authority and category fit {@link #kind()}, the division part is a known
 * division) and the GB 11714 check digit of the embedded organisation code are warnings, since
 * legacy codes exist that fail them. Nothing is normalized silently.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where the value is required.
 * Supported types: {@link CharSequence}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidCreditCode.List.class)
public @interface ValidCreditCode {

    /**
     * The message template used when a violation has no more specific one.
     *
     * @return the message template
     */
    String message() default "{fic.CREDIT_CODE}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload; {@code Severity.Warning.class} turns every violation into a warning.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * The kind of entity the code must identify; checked as a warning.
     *
     * @return the expected kind, {@code ANY} by default
     */
    io.github.ficsdk.validation.CreditCodeKind kind() default io.github.ficsdk.validation.CreditCodeKind.ANY;

    /**
     * Several {@code @ValidCreditCode} constraints on the same element.
     *
     * @since 0.1
     */
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @Documented
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidCreditCode[] value();
    }
}
