package io.github.ficsdk.core.io;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.internal.Codecs;
import io.github.ficsdk.core.io.internal.RecordCodec;
import io.github.ficsdk.core.member.Enterprise;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.AnnualTarget;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.util.List;
import java.util.Optional;

/**
 * One of the JSON Lines files of a dataset folder, with the type of its records, such as
 * {@link #ACTIVITIES} = {@code activities.jsonl} holding {@link Activity} records.
 *
 * <pre>{@code
 * for (DatasetFile<?> file : DatasetFile.all()) {
 *     System.out.println(file.getFileName() + " -> " + file.getType().getSimpleName());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the record type
 * @since 0.1
 */
public final class DatasetFile<T> {

    /** {@code federations.jsonl}: {@link Federation} records. */
    public static final DatasetFile<Federation> FEDERATIONS =
            new DatasetFile<>(RecordSchemas.FEDERATION);
    /** {@code chambers.jsonl}: {@link Chamber} records. */
    public static final DatasetFile<Chamber> CHAMBERS =
            new DatasetFile<>(RecordSchemas.CHAMBER);
    /** {@code party-organizations.jsonl}: {@link PartyOrganization} records. */
    public static final DatasetFile<PartyOrganization> PARTY_ORGANIZATIONS =
            new DatasetFile<>(RecordSchemas.PARTY_ORGANIZATION);
    /** {@code enterprises.jsonl}: {@link Enterprise} records. */
    public static final DatasetFile<Enterprise> ENTERPRISES =
            new DatasetFile<>(RecordSchemas.ENTERPRISE);
    /** {@code persons.jsonl}: {@link Person} records. */
    public static final DatasetFile<Person> PERSONS =
            new DatasetFile<>(RecordSchemas.PERSON);
    /** {@code memberships.jsonl}: {@link Membership} records (no id). */
    public static final DatasetFile<Membership> MEMBERSHIPS =
            new DatasetFile<>(RecordSchemas.MEMBERSHIP);
    /** {@code activities.jsonl}: {@link Activity} records. */
    public static final DatasetFile<Activity> ACTIVITIES =
            new DatasetFile<>(RecordSchemas.ACTIVITY);
    /** {@code proposals.jsonl}: {@link Proposal} records. */
    public static final DatasetFile<Proposal> PROPOSALS =
            new DatasetFile<>(RecordSchemas.PROPOSAL);
    /** {@code targets.jsonl}: {@link AnnualTarget} records (no id). */
    public static final DatasetFile<AnnualTarget> TARGETS =
            new DatasetFile<>(RecordSchemas.ANNUAL_TARGET);
    /** {@code tickets.jsonl}: {@link Ticket} records. */
    public static final DatasetFile<Ticket> TICKETS =
            new DatasetFile<>(RecordSchemas.TICKET);
    /** {@code projects.jsonl}: {@link InvestmentProject} records. */
    public static final DatasetFile<InvestmentProject> PROJECTS =
            new DatasetFile<>(RecordSchemas.INVESTMENT_PROJECT);
    /** {@code tasks.jsonl}: {@link AnnualTask} records. */
    public static final DatasetFile<AnnualTask> TASKS =
            new DatasetFile<>(RecordSchemas.ANNUAL_TASK);

    private static final List<DatasetFile<?>> ALL = List.of(FEDERATIONS, CHAMBERS, PARTY_ORGANIZATIONS,
            ENTERPRISES, PERSONS, MEMBERSHIPS, ACTIVITIES, PROPOSALS, TARGETS, TICKETS, PROJECTS, TASKS);

    private final RecordSchema<T> schema;
    private final String fileName;
    private final RecordCodec<T, ?> codec;

    private DatasetFile(RecordSchema<T> schema) {
        this.schema = schema;
        this.fileName = schema.getFileName().orElseThrow();
        this.codec = Codecs.of(schema);
    }

    /**
     * Returns every file of a dataset, in the order of the data model.
     *
     * @return the twelve files, never null
     */
    public static List<DatasetFile<?>> all() {
        return ALL;
    }

    /**
     * Returns the file name, such as {@code activities.jsonl}.
     *
     * @return the file name, never null
     */
    public String getFileName() {
        return fileName;
    }

    /**
     * Returns the type of the records.
     *
     * @return the record type, never null
     */
    public Class<T> getType() {
        return schema.getType();
    }

    /**
     * Returns the schema of the records: their properties, headers and types.
     *
     * @return the schema, never null
     */
    public RecordSchema<T> getSchema() {
        return schema;
    }

    /**
     * Returns whether the records of this file have an {@code id} property.
     *
     * @return true for every file but memberships and targets
     */
    public boolean hasId() {
        return schema.hasId();
    }

    /**
     * Returns the id of a record.
     *
     * @param record  the record, not null
     * @return the id, empty for records without one
     */
    public Optional<String> idOf(T record) {
        return schema.idOf(record);
    }

    RecordCodec<T, ?> codec() {
        return codec;
    }

    @Override
    public String toString() {
        return fileName;
    }
}
