package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidDivisionCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidDivisionCode}. TODO: not implemented yet (skeleton). */
public final class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
