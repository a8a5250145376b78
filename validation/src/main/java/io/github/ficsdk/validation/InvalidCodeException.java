package io.github.ficsdk.validation;

import java.util.Objects;

/**
 * Thrown when text cannot be parsed as a code of a national standard, such as a credit code with
 * a wrong check character; carries the {@linkplain #getProblemCode() problem code} (the same code
 * that Bean Validation reports, for example {@code CREDIT_CODE_CHECK_CHARACTER}), the rejected
 * input and the index of the first offending character.
 *
 * <p>The input of a personal value (a mobile number) is kept masked; the message goes through
 * {@link SafeText#forDisplay(String)} and the input through {@link SafeText#mask(String)} (which
 * keeps its length, so the index still points into it): neither shows an ID-card or mobile number
 * in full, and the message no control character.
 *
 * <p>It is a {@link FicProblem}: an error whose path is empty (the parsed value itself).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class InvalidCodeException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rejected input, masked if personal. */
    private final String input;
    /** The index of the first offending character, or -1. */
    private final int index;

    /**
     * Creates the exception; its {@linkplain #getProblemPath() path} is empty, since it is about the
     * text parsed as a whole ({@link #getIndex()} points into it).
     *
     * @param problemCode  the stable problem code, not null
     * @param input        the rejected input, masked if personal, not null
     * @param index        the index of the first offending character, or -1 when not tied to one
     * @param message      the English message, not null
     */
    public InvalidCodeException(String problemCode, String input, int index, String message) {
        super(problemCode, "", message);
        this.input = SafeText.mask(Objects.requireNonNull(input, "input"));
        this.index = index;
    }

    /**
     * Returns the rejected input (masked where it is personal data).
     *
     * @return the input, never null
     */
    public String getInput() {
        return input;
    }

    /**
     * Returns the zero-based index of the first offending character.
     *
     * @return the index, or -1 when the problem is not tied to one character
     */
    public int getIndex() {
        return index;
    }
}
