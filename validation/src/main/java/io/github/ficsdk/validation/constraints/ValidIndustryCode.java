package io.github.ficsdk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ficsdk.validation.internal.IndustryCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a GB/T 4754-2017 industry code: a section letter {@code A}–{@code T}
 * or a section letter with its two-digit division, such as {@code C17} (纺织业).
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where the value is required.
 * Supported types: {@link CharSequence}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = IndustryCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidIndustryCode.List.class)
public @interface ValidIndustryCode {

    /**
     * The message template used when a violation has no more specific one.
     *
     * @return the message template
     */
    String message() default "{fic.INDUSTRY_CODE}";

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
     * Several {@code @ValidIndustryCode} constraints on the same element.
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
        ValidIndustryCode[] value();
    }
}
