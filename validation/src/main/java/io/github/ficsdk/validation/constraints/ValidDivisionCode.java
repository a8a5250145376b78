package io.github.ficsdk.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ficsdk.validation.internal.DivisionCodeValidator;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a known GB/T 2260 administrative division code of a province, a
 * city or a county-level division, such as {@code 330481} (海宁市).
 *
 * <p>Six digits that are not in the bundled table give {@code DIVISION_CODE_UNKNOWN}; anything
 * that is not six ASCII digits gives {@code DIVISION_CODE_FORMAT}.
 *
 * <p>{@code null} is valid; combine with {@code @NotNull} where the value is required.
 * Supported types: {@link CharSequence}.
 *
 * @since 0.1
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDivisionCode.List.class)
public @interface ValidDivisionCode {

    /**
     * The message template used when a violation has no more specific one.
     *
     * @return the message template
     */
    String message() default "{fic.DIVISION_CODE}";

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
     * Several {@code @ValidDivisionCode} constraints on the same element.
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
        ValidDivisionCode[] value();
    }
}
