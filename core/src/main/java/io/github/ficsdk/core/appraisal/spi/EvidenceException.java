package io.github.ficsdk.core.appraisal.spi;

import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.validation.FicArgumentException;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;

/**
 * Thrown when a rule reads an evidence value that is missing ({@code MISSING_EVIDENCE}) or of the
 * wrong type ({@code EVIDENCE_TYPE}, such as a number where a flag is expected); the
 * {@link Appraiser} turns it into an {@link AppraisalException} naming the subject and the rule.
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class EvidenceException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /** The evidence key. */
    private final String key;

    /**
     * Creates the exception; its {@linkplain #getProblemPath() path} is {@code values.} and the key,
     * such as {@code values.party.activities}, as in an evidence line.
     *
     * @param key          the evidence key, such as {@code party.activities}, not null
     * @param problemCode  {@code MISSING_EVIDENCE} or {@code EVIDENCE_TYPE}, not null
     * @param message      what is wrong, not null
     */
    public EvidenceException(String key, String problemCode, String message) {
        super(problemCode, "values." + Objects.requireNonNull(key, "key"), message);
        this.key = key;
    }

    /**
     * Returns the evidence key.
     *
     * @return the key, never null
     */
    public String getKey() {
        return key;
    }
}
