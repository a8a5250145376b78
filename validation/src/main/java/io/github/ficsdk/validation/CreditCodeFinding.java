package io.github.ficsdk.validation;

import java.util.Map;
import org.immutables.value.Value;

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
@Value.Immutable
@ValueStyle
public abstract class CreditCodeFinding {

    CreditCodeFinding() {}

    /**
     * Creates a finding.
     *
     * @param code        the stable problem code, not null
     * @param severity    the severity, not null
     * @param index       the zero-based index of the offending character, or -1
     * @param parameters  the message parameters, not null; copied
     * @return the finding, never null
     * @throws NullPointerException if an argument is null
     */
    public static CreditCodeFinding of(String code, Severity severity, int index, Map<String, String> parameters) {
        return ImmutableCreditCodeFinding.builder().code(code).severity(severity).index(index).parameters(parameters)
                .build();
    }

    /**
     * Returns whether the finding makes the code invalid.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return getSeverity() == Severity.ERROR;
    }

    /**
     * Returns the stable problem code, such as {@code CREDIT_CODE_LOWER_CASE}.
     *
     * @return the stable problem code, such as {@code CREDIT_CODE_LOWER_CASE}, never null
     */
    public abstract String getCode();

    /**
     * Returns {@link Severity#ERROR} for the format and check-character layers, {@link Severity#WARNING} for the semantic ones.
     *
     * @return {@link Severity#ERROR} for the format and check-character layers, {@link Severity#WARNING} for the semantic ones, never null
     */
    public abstract Severity getSeverity();

    /**
     * Returns the zero-based index of the offending character, or -1 when the finding is not tied to one character.
     *
     * @return the zero-based index of the offending character, or -1 when the finding is not tied to one character
     */
    public abstract int getIndex();

    /**
     * Returns the message parameters by placeholder name.
     *
     * @return the message parameters by placeholder name, never null
     */
    public abstract Map<String, String> getParameters();
}
