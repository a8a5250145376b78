package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.org.AnnualTask;
import io.github.ficsdk.core.project.InvestmentProject;
import io.github.ficsdk.core.ticket.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The references of the ticket, project and task records to ids of other files, for the
 * {@code UNKNOWN_REFERENCE} check of {@code Dataset.validate()}. Internal: not part of the API.
 */
public final class RecordReferences {

    private RecordReferences() {}

    /**
     * One reference of a record.
     *
     * @param path   the property path, such as {@code raisedBy}
     * @param id     the id referred to
     * @param files  the files that may define it
     * @param what   what it should be, for the message ("an enterprise, a person or a chamber")
     */
    public record Reference(String path, String id, List<DatasetFile<?>> files, String what) {}

    private static final List<DatasetFile<?>> ORGANIZATIONS = List.of(DatasetFile.FEDERATIONS, DatasetFile.CHAMBERS,
            DatasetFile.PARTY_ORGANIZATIONS);
    private static final List<DatasetFile<?>> COLLECTORS = List.of(DatasetFile.FEDERATIONS, DatasetFile.CHAMBERS);
    private static final List<DatasetFile<?>> MEMBERS = List.of(DatasetFile.ENTERPRISES, DatasetFile.PERSONS);

    /**
     * Checks the references of a record: every reference that {@code known} does not accept goes
     * to {@code unknown}; records of other types have none here.
     *
     * @param record   the record
     * @param known    tells whether a reference's id is defined in one of its files
     * @param unknown  receives the unknown references
     */
    public static void check(Object record, Predicate<Reference> known, Consumer<Reference> unknown) {
        for (Reference ref : of(record)) {
            if (!known.test(ref)) {
                unknown.accept(ref);
            }
        }
    }

    /**
     * Returns the references of a record.
     *
     * @param record  the record
     * @return the references, empty for a type without any checked here
     */
    public static List<Reference> of(Object record) {
        List<Reference> refs = new ArrayList<>();
        if (record instanceof Ticket t) {
            refs.add(new Reference("raisedBy", t.getRaisedBy(), List.of(DatasetFile.ENTERPRISES, DatasetFile.PERSONS,
                    DatasetFile.CHAMBERS), "an enterprise, a person or a chamber"));
            refs.add(new Reference("receivedBy", t.getReceivedBy(), COLLECTORS, "a federation or a chamber"));
            t.getActivity().ifPresent(a -> refs.add(new Reference("activity", a, List.of(DatasetFile.ACTIVITIES),
                    "an activity")));
        } else if (record instanceof InvestmentProject p) {
            refs.add(new Reference("organization", p.getOrganization(), COLLECTORS, "a federation or a chamber"));
            p.getInvestor().ifPresent(i -> refs.add(new Reference("investor", i, MEMBERS,
                    "an enterprise or a person")));
        } else if (record instanceof AnnualTask t) {
            refs.add(new Reference("owner", t.getOwner(), ORGANIZATIONS, "an organisation"));
            t.getAssignedBy().ifPresent(a -> refs.add(new Reference("assignedBy", a, ORGANIZATIONS,
                    "an organisation")));
            List<DatasetFile<?>> withIds = new ArrayList<>();
            for (DatasetFile<?> file : DatasetFile.all()) {
                if (file.hasId()) {
                    withIds.add(file);
                }
            }
            List<String> evidence = t.getEvidence();
            for (int i = 0; i < evidence.size(); i++) {
                refs.add(new Reference("evidence[" + i + "]", evidence.get(i), withIds, "a record"));
            }
        }
        return refs;
    }
}
