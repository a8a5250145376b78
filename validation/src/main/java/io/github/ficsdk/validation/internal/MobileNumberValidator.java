package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.MobileNumber;
import io.github.ficsdk.validation.constraints.ValidMobileNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import io.github.ficsdk.validation.Severity;

/** Validates {@link ValidMobileNumber}: the message carries only the masked number. */
public final class MobileNumberValidator implements ConstraintValidator<ValidMobileNumber, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = MobileNumber.problemCode(value);
        if (code == null) {
            return true;
        }
        Violations.report(context, Severity.ERROR, code, "masked", MobileNumber.mask(value));
        return false;
    }
}
