/**
 * FIC SDK core: the validated data model of federations of industry and commerce (organisations,
 * members, activities, proposals, targets, tickets, investment projects, tasks), reading and writing datasets of JSON Lines, and
 * appraisal against scheme documents.
 *
 * <p>Jackson and Bean Validation types appear in the API ({@link io.github.ficsdk.core.io.FicJacksonModule},
 * the constraints of {@code io.github.ficsdk.validation}), so both are read transitively. Plug-ins
 * are found by {@link java.util.ServiceLoader}: a module provides
 * {@link io.github.ficsdk.core.appraisal.spi.ScoringRule} or
 * {@link io.github.ficsdk.core.appraisal.spi.EvidenceProvider}.
 */
module io.github.ficsdk.core {
    requires transitive io.github.ficsdk.validation;
    requires transitive com.fasterxml.jackson.databind;
    // Compile-time only: the annotations of the Immutables processor.
    requires static org.immutables.value.annotations;

    exports io.github.ficsdk.core;
    exports io.github.ficsdk.core.activity;
    exports io.github.ficsdk.core.appraisal;
    exports io.github.ficsdk.core.appraisal.scheme;
    exports io.github.ficsdk.core.appraisal.spi;
    exports io.github.ficsdk.core.io;
    exports io.github.ficsdk.core.io.bytes;
    exports io.github.ficsdk.core.member;
    exports io.github.ficsdk.core.money;
    exports io.github.ficsdk.core.org;
    exports io.github.ficsdk.core.period;
    exports io.github.ficsdk.core.project;
    exports io.github.ficsdk.core.proposal;
    exports io.github.ficsdk.core.schema;
    exports io.github.ficsdk.core.ticket;

    // Hibernate Validator reads the constraints of the domain types (and their generated
    // implementations) reflectively; Jackson calls the creators of the value types.
    opens io.github.ficsdk.core.activity to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.member to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.org to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.proposal to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.project to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.ticket to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.appraisal.scheme to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.money to org.hibernate.validator, com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.period to org.hibernate.validator, com.fasterxml.jackson.databind;
    // The results, problems and schema descriptions are Immutables values too (package-private
    // implementations): a user's own ObjectMapper reads their getters reflectively.
    opens io.github.ficsdk.core.appraisal to com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.io to com.fasterxml.jackson.databind;
    opens io.github.ficsdk.core.schema to com.fasterxml.jackson.databind;

    uses io.github.ficsdk.core.appraisal.spi.ScoringRule;
    uses io.github.ficsdk.core.appraisal.spi.EvidenceProvider;

    provides com.fasterxml.jackson.databind.Module with io.github.ficsdk.core.io.FicJacksonModule;
}
