package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidIndustryCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidIndustryCode}. TODO: not implemented yet (skeleton). */
public final class IndustryCodeValidator implements ConstraintValidator<ValidIndustryCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
