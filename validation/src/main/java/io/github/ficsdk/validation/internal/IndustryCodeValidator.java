package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.constraints.ValidIndustryCode;

/**
 * Validates {@link ValidIndustryCode}: a section letter optionally followed by two digits
 * ({@code INDUSTRY_CODE_FORMAT}) that names a GB/T 4754-2017 section or a division of that section
 * ({@code INDUSTRY_CODE_UNKNOWN}). {@code null} is valid. Allocates nothing for a valid value.
 * Internal: not part of the API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IndustryCodeValidator extends CodeValidator<ValidIndustryCode> {

    /** Creates the validator; Bean Validation does this. */
    public IndustryCodeValidator() {}

    /**
     * Returns the format or the unknown-code problem of a value.
     *
     * @param value  the value, not null
     * @return the code, or null if the value is a valid section or division
     */
    @Override
    protected String problemCode(CharSequence value) {
        if (IndustryTable.shapeError(value) >= 0) {
            return "INDUSTRY_CODE_FORMAT";
        }
        return IndustryTable.find(value) < 0 ? "INDUSTRY_CODE_UNKNOWN" : null;
    }
}
