package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.YuanAmountFormat;
import io.github.ficsdk.validation.constraints.ValidYuanAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Validates {@link ValidYuanAmount} with {@link YuanAmountFormat}. */
public final class YuanAmountValidator implements ConstraintValidator<ValidYuanAmount, CharSequence> {

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        String code = YuanAmountFormat.problemCode(value);
        if (code == null) {
            return true;
        }
        Violations.report(context, Severity.ERROR, code);
        return false;
    }
}
