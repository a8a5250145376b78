package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.YuanAmountFormat;
import io.github.ficsdk.validation.constraints.ValidYuanAmount;

/** Validates {@link ValidYuanAmount} with {@link YuanAmountFormat}. */
public final class YuanAmountValidator extends CodeValidator<ValidYuanAmount> {

    @Override
    protected String problemCode(CharSequence value) {
        return YuanAmountFormat.problemCode(value);
    }
}
