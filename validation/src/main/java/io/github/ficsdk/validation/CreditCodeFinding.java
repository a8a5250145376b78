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
 * @param code        the stable problem code, such as {@code CREDIT_CODE_LOWER_CASE}, not null
 * @param severity    {@link Severity#ERROR} for the format and check-character layers,
 *                    {@link Severity#WARNING} for the semantic ones, not null
 * @param index       the zero-based index of the offending character, or -1 when the finding is
 *                    not tied to one character
 * @param parameters  the message parameters by placeholder name, not null
 * @since 0.1
 */
public record CreditCodeFinding(String code, Severity severity, int index, Map<String, String> parameters) {

    /**
     * Creates a finding.
     *
     * @param code        the stable problem code, not null
     * @param severity    the severity, not null
     * @param index       the zero-based index of the offending character, or -1
     * @param parameters  the message parameters, not null; copied
     * @throws NullPointerException if an argument is null
     */
    public CreditCodeFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        parameters = Map.copyOf(parameters);
    }

    /**
     * Returns whether the finding makes the code invalid.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
