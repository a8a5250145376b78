package io.github.ficsdk.validation;

import java.util.Map;
import java.util.Objects;

/**
 * One finding of {@link CreditCode#check(CharSequence, CreditCodeKind)}, such as
 * {@code ERROR CREDIT_CODE_CHECK_CHARACTER index 17 {actual=Z, expected=3}}.
 *
 * <p>The {@code code} is the problem code that Bean Validation reports through
 * {@code @ValidCreditCode} (and the key {@code fic.<code>} of its message); the
 * {@code parameters} are the values of the placeholders of that message, such as
 * {@code position} (one-based) or {@code expected}. They never hold personal data: a resident
 * identity card number is reported without any parameter.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CreditCodeFinding {
    private final String code;
    private final Severity severity;
    private final int index;
    private final Map<String, String> parameters;


    /**
     * Creates a finding.
     *
     * @param code        the stable problem code, not null
     * @param severity    the severity, not null
     * @param index       the zero-based index of the offending character, or -1
     * @param parameters  the message parameters, not null; copied
     * @throws NullPointerException if an argument is null
     */
    public CreditCodeFinding(String code, Severity severity, int index, Map<String, String> parameters) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        parameters = Map.copyOf(parameters);
        this.code = code;
        this.severity = severity;
        this.index = index;
        this.parameters = parameters;
    }

    /**
     * Returns whether the finding makes the code invalid.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the stable problem code, such as {@code CREDIT_CODE_LOWER_CASE}.
     *
     * @return the stable problem code, such as {@code CREDIT_CODE_LOWER_CASE}, never null
     */
    public String getCode() {
        return code;
    }

    /**
     * Returns {@link Severity#ERROR} for the format and check-character layers, {@link Severity#WARNING} for the semantic ones.
     *
     * @return {@link Severity#ERROR} for the format and check-character layers, {@link Severity#WARNING} for the semantic ones, never null
     */
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the zero-based index of the offending character, or -1 when the finding is not tied to one character.
     *
     * @return the zero-based index of the offending character, or -1 when the finding is not tied to one character
     */
    public int getIndex() {
        return index;
    }

    /**
     * Returns the message parameters by placeholder name.
     *
     * @return the message parameters by placeholder name, never null
     */
    public Map<String, String> getParameters() {
        return parameters;
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof CreditCodeFinding o && java.util.Objects.equals(code, o.code) && java.util.Objects.equals(severity, o.severity) && index == o.index && java.util.Objects.equals(parameters, o.parameters);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(code, severity, index, parameters);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "CreditCodeFinding[code=" + code + ", severity=" + severity + ", index=" + index + ", parameters=" + parameters + "]";
    }
}
