package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidCreditCode}. TODO: not implemented yet (skeleton). */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
