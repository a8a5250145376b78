/**
 * FIC SDK validation: check codes of Chinese registers (unified social credit code, organisation
 * code, administrative division code, industry code, mobile number), the Bean Validation
 * constraints that apply them, and {@link io.github.ficsdk.validation.FicValidator}.
 *
 * <p>The constraint annotations are Jakarta Bean Validation constraints, so this module reads
 * {@code jakarta.validation} transitively. Hibernate Validator is used inside, without Expression
 * Language.
 */
module io.github.ficsdk.validation {
    requires transitive jakarta.validation;
    // Compile-time only: the annotations of the Immutables processor.
    requires static org.immutables.value.annotations;
    requires org.hibernate.validator;
    requires java.logging;

    exports io.github.ficsdk.validation;
    exports io.github.ficsdk.validation.constraints;

    // Hibernate Validator instantiates the constraint validators reflectively.
    opens io.github.ficsdk.validation.internal to org.hibernate.validator;
    // Problem and CreditCodeFinding are Immutables values (package-private implementations): a
    // JSON or template library of the user's choice (this module reads none) reads their getters
    // reflectively.
    opens io.github.ficsdk.validation;
}
