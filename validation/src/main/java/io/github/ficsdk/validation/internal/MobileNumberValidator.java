package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.MobileNumber;
import io.github.ficsdk.validation.constraints.ValidMobileNumber;

/** Validates {@link ValidMobileNumber}: the message carries only the masked number. */
public final class MobileNumberValidator extends CodeValidator<ValidMobileNumber> {

    @Override
    protected String problemCode(CharSequence value) {
        return MobileNumber.problemCode(value);
    }

    @Override
    protected Object[] parameters(CharSequence value) {
        return new Object[] {"masked", MobileNumber.mask(value)};
    }
}
