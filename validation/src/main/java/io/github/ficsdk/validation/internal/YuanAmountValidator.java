package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidYuanAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidYuanAmount}. TODO: not implemented yet (skeleton). */
public final class YuanAmountValidator implements ConstraintValidator<ValidYuanAmount, CharSequence> {
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
