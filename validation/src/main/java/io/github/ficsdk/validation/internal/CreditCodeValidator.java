package io.github.ficsdk.validation.internal;

import io.github.ficsdk.validation.CreditCodeFinding;
import io.github.ficsdk.validation.CreditCodeKind;
import io.github.ficsdk.validation.Severity;
import io.github.ficsdk.validation.constraints.ValidCreditCode;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Validates {@link ValidCreditCode} with {@link CreditCodeRules}: one violation with the problem
 * code of the first failing error layer, or one warning violation (dynamic payload
 * {@link Severity#WARNING}) per failing semantic layer. Internal: not part of the API.
 *
 * <p>A valid code without warnings allocates nothing.
 */
public final class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

    private CreditCodeKind kind = CreditCodeKind.ANY;

    /**
     * Takes the expected kind from the annotation.
     *
     * @param annotation  the constraint
     */
    @Override
    public void initialize(ValidCreditCode annotation) {
        kind = annotation.kind();
    }

    /**
     * Validates a value; {@code null} is valid.
     *
     * @param value    the value, may be null
     * @param context  the context; may be null outside Bean Validation (benchmarks), when only the
     *                 result is returned
     * @return false when there is an error or a warning
     */
    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<CreditCodeFinding> findings = CreditCodeRules.check(value, kind);
        if (findings.isEmpty()) {
            return true;
        }
        if (context == null) {
            return false;
        }
        HibernateConstraintValidatorContext hv = context.unwrap(HibernateConstraintValidatorContext.class);
        hv.disableDefaultConstraintViolation();
        // Errors are exclusive, so every finding here has the same severity: the context-wide
        // dynamic payload and message parameters (their names differ by layer) fit all of them.
        if (!findings.get(0).isError()) {
            hv.withDynamicPayload(Severity.WARNING);
        }
        for (CreditCodeFinding finding : findings) {
            for (Map.Entry<String, String> parameter : finding.getParameters().entrySet()) {
                hv.addMessageParameter(parameter.getKey(), parameter.getValue());
            }
            if (finding.getCode().equals("CREDIT_CODE_KIND")) {
                hv.addMessageParameter("kind", "{fic.CREDIT_CODE_KIND." + kind.name() + "}");
            }
            hv.buildConstraintViolationWithTemplate("{fic." + finding.getCode() + "}").addConstraintViolation();
        }
        return false;
    }
}
