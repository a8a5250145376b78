package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidMobileNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidMobileNumber}. TODO: not implemented yet (skeleton). */
public final class MobileNumberValidator implements ConstraintValidator<ValidMobileNumber, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
