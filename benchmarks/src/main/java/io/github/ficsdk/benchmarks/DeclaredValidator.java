package io.github.ficsdk.benchmarks;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.lang.annotation.Annotation;

/** The validator a constraint annotation declares, found through the public annotation, not by its internal class. */
final class DeclaredValidator {

    private DeclaredValidator() {}

    /**
     * Creates the first validator that a constraint annotation declares.
     *
     * @param annotation  the constraint annotation, such as {@code ValidCreditCode}
     * @return a new validator of text
     */
    @SuppressWarnings("unchecked")
    static ConstraintValidator<?, CharSequence> of(Class<? extends Annotation> annotation) {
        try {
            return (ConstraintValidator<?, CharSequence>) annotation.getAnnotation(Constraint.class)
                    .validatedBy()[0].getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
