package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.appraisal.scheme.SubjectType;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.member.Membership;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import io.github.ficsdk.core.proposal.Proposal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The records evidence is derived from: the organisations (held in memory) and the memberships,
 * activities and proposals (streamed, so each provider pass reads a file once), from a
 * {@link Dataset} folder or from records in memory.
 *
 * <pre>{@code
 * EvidenceSource fromFolder = EvidenceSource.of(Dataset.of(Path.of("data")));
 * EvidenceSource inMemory = EvidenceSource.builder().chambers(chambers).activities(activities).build();
 * }</pre>
 *
 * <p>Reading a dataset fails at the first bad line ({@link io.github.ficsdk.core.io.DatasetReadException});
 * validate a dataset before appraising it.
 *
 * <p>This class is immutable and thread-safe when its record lists are not changed.
 *
 * @since 0.1
 */
public final class EvidenceSource {

    private final List<Federation> federations;
    private final List<Chamber> chambers;
    private final List<PartyOrganization> partyOrganizations;
    private final Supplier<Stream<Membership>> memberships;
    private final Supplier<Stream<Activity>> activities;
    private final Supplier<Stream<Proposal>> proposals;
    private volatile OrganizationTree tree;

    private EvidenceSource(List<Federation> federations, List<Chamber> chambers, List<PartyOrganization> partyOrganizations,
            Supplier<Stream<Membership>> memberships, Supplier<Stream<Activity>> activities,
            Supplier<Stream<Proposal>> proposals) {
        this.federations = federations;
        this.chambers = chambers;
        this.partyOrganizations = partyOrganizations;
        this.memberships = memberships;
        this.activities = activities;
        this.proposals = proposals;
    }

    /**
     * Returns the records of a dataset: organisations are read now, the other files on each use.
     *
     * @param dataset  the dataset, not null
     * @return the source, never null
     * @throws io.github.ficsdk.core.io.DatasetReadException at the first bad line of an organisation file
     */
    public static EvidenceSource of(Dataset dataset) {
        return new EvidenceSource(dataset.readAll(DatasetFile.FEDERATIONS), dataset.readAll(DatasetFile.CHAMBERS),
                dataset.readAll(DatasetFile.PARTY_ORGANIZATIONS), () -> dataset.stream(DatasetFile.MEMBERSHIPS),
                () -> dataset.stream(DatasetFile.ACTIVITIES), () -> dataset.stream(DatasetFile.PROPOSALS));
    }

    /**
     * Returns a new builder for records in memory.
     *
     * @return a builder, never null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the federations.
     *
     * @return the federations, never null
     */
    public List<Federation> getFederations() {
        return federations;
    }

    /**
     * Returns the chambers.
     *
     * @return the chambers, never null
     */
    public List<Chamber> getChambers() {
        return chambers;
    }

    /**
     * Returns the party organisations.
     *
     * @return the party organisations, never null
     */
    public List<PartyOrganization> getPartyOrganizations() {
        return partyOrganizations;
    }

    /**
     * Streams the memberships; close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Membership> memberships() {
        return memberships.get();
    }

    /**
     * Streams the activities; close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Activity> activities() {
        return activities.get();
    }

    /**
     * Streams the proposals; close the stream.
     *
     * @return a new stream, never null
     */
    public Stream<Proposal> proposals() {
        return proposals.get();
    }

    /**
     * Returns the organisation tree of the federations, chambers and party organisations, built once.
     *
     * @return the tree, never null
     * @throws io.github.ficsdk.core.org.OrganizationTreeException if the organisations do not form a tree
     */
    public OrganizationTree getTree() {
        OrganizationTree t = tree;
        if (t == null) {
            t = OrganizationTree.of(federations, chambers, partyOrganizations);
            tree = t;
        }
        return t;
    }

    /**
     * Builds an {@link EvidenceSource} over records in memory; each list defaults to empty.
     *
     * <p>This class is mutable and not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder {
        private List<Federation> federations = List.of();
        private List<Chamber> chambers = List.of();
        private List<PartyOrganization> partyOrganizations = List.of();
        private Collection<Membership> memberships = List.of();
        private Collection<Activity> activities = List.of();
        private Collection<Proposal> proposals = List.of();

        private Builder() {}

        /**
         * Sets the federations.
         *
         * @param records  the federations, not null
         * @return this builder
         */
        public Builder federations(Collection<Federation> records) {
            federations = List.copyOf(records);
            return this;
        }

        /**
         * Sets the chambers.
         *
         * @param records  the chambers, not null
         * @return this builder
         */
        public Builder chambers(Collection<Chamber> records) {
            chambers = List.copyOf(records);
            return this;
        }

        /**
         * Sets the party organisations.
         *
         * @param records  the party organisations, not null
         * @return this builder
         */
        public Builder partyOrganizations(Collection<PartyOrganization> records) {
            partyOrganizations = List.copyOf(records);
            return this;
        }

        /**
         * Sets the memberships (held, not copied).
         *
         * @param records  the memberships, not null
         * @return this builder
         */
        public Builder memberships(Collection<Membership> records) {
            memberships = records;
            return this;
        }

        /**
         * Sets the activities (held, not copied).
         *
         * @param records  the activities, not null
         * @return this builder
         */
        public Builder activities(Collection<Activity> records) {
            activities = records;
            return this;
        }

        /**
         * Sets the proposals (held, not copied).
         *
         * @param records  the proposals, not null
         * @return this builder
         */
        public Builder proposals(Collection<Proposal> records) {
            proposals = records;
            return this;
        }

        /**
         * Builds the source.
         *
         * @return the source, never null
         */
        public EvidenceSource build() {
            Collection<Membership> m = memberships;
            Collection<Activity> a = activities;
            Collection<Proposal> p = proposals;
            return new EvidenceSource(federations, chambers, partyOrganizations, m::stream, a::stream, p::stream);
        }
    }

    static List<String> subjectIds(EvidenceSource source, SubjectType type) {
        List<String> ids = new ArrayList<>();
        switch (type) {
            case CHAMBER -> source.chambers.forEach(c -> ids.add(c.getId()));
            case FEDERATION -> source.federations.forEach(f -> ids.add(f.getId()));
            case PARTY_ORGANIZATION -> source.partyOrganizations.forEach(p -> ids.add(p.getId()));
            default -> throw new IllegalStateException(type.name());
        }
        return ids;
    }
}
