package io.github.ficsdk.core.io;

import io.github.ficsdk.core.io.internal.OrganizationCheck;
import io.github.ficsdk.core.org.Chamber;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.PartyOrganization;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The federations, chambers and party organisations of a dataset checked as one structure, such
 * as the three files of the folder {@code data}: the first definition of an id counts, an
 * organisation whose parent is not defined (or in a cycle) is a root of its own, and the problems
 * of the structure are listed. It is the check of {@link Dataset#validate()}, for the readers
 * that count by organisation (the report engine, the evidence of appraisals).
 *
 * <pre>{@code
 * CheckedOrganizations orgs = CheckedOrganizations.read(Dataset.of(Path.of("data")), problems::add);
 * OrganizationTree tree = orgs.getTree();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CheckedOrganizations {

    private final OrganizationCheck.Result result;

    private CheckedOrganizations(OrganizationCheck.Result result) {
        this.result = result;
    }

    /**
     * Reads the three organisation files of a dataset and checks them.
     *
     * @param dataset   the dataset, not null
     * @param problems  receives the problems of the lines that cannot be read and of the whole
     *                  files, not null; those of the structure are {@link #getProblems()}
     * @return the checked organisations, never null
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static CheckedOrganizations read(Dataset dataset, Consumer<? super DatasetProblem> problems) {
        return new CheckedOrganizations(OrganizationCheck.read(Objects.requireNonNull(dataset, "dataset"),
                Objects.requireNonNull(problems, "problems")));
    }

    /**
     * Checks organisations given in memory, each numbered by its position from 1.
     *
     * @param federations         the federations, not null
     * @param chambers            the chambers, not null
     * @param partyOrganizations  the party organisations, not null
     * @return the checked organisations, never null
     */
    public static CheckedOrganizations check(Collection<Federation> federations, Collection<Chamber> chambers,
            Collection<PartyOrganization> partyOrganizations) {
        return new CheckedOrganizations(OrganizationCheck.check(federations, chambers, partyOrganizations));
    }

    /**
     * Returns the federations that count (first definitions), in file order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Federation> getFederations() {
        return result.federations();
    }

    /**
     * Returns the chambers that count, in file order.
     *
     * @return an unmodifiable list, never null
     */
    public List<Chamber> getChambers() {
        return result.chambers();
    }

    /**
     * Returns the party organisations that count, in file order.
     *
     * @return an unmodifiable list, never null
     */
    public List<PartyOrganization> getPartyOrganizations() {
        return result.partyOrganizations();
    }

    /**
     * Returns the tree of the organisations, built leniently.
     *
     * @return the tree, never null
     */
    public OrganizationTree getTree() {
        return result.tree();
    }

    /**
     * Returns the problems of the structure, by file then line.
     *
     * @return an unmodifiable list, never null
     */
    public List<DatasetProblem> getProblems() {
        return result.problems();
    }
}
