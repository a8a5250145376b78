package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidDivisionCode;

/**
 * Validates {@link ValidDivisionCode}: six ASCII digits ({@code DIVISION_CODE_FORMAT}) that are in
 * the bundled GB/T 2260 table ({@code DIVISION_CODE_UNKNOWN}). {@code null} is valid. Allocates
 * nothing for a valid value. Internal: not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCodeValidator extends CodeValidator<ValidDivisionCode> {

    /** Creates the validator; Bean Validation does this. */
    public DivisionCodeValidator() {}

    /**
     * Returns the format or the unknown-code problem of a value.
     *
     * @param value  the value, not null
     * @return the code, or null if the value is a known division code
     */
    @Override
    protected String problemCode(CharSequence value) {
        int code = DivisionTable.parseDigits(value);
        if (code < 0) {
            return "DIVISION_CODE_FORMAT";
        }
        return DivisionTable.get().indexOf(code) < 0 ? "DIVISION_CODE_UNKNOWN" : null;
    }
}
