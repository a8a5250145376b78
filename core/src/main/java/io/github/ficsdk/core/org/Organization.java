package io.github.ficsdk.core.org;

import io.github.ficsdk.core.IdentifiedRecord;
import io.github.ficsdk.core.internal.Checks;
import java.util.Optional;

/**
 * An organisation of the {@link OrganizationTree}: a {@link Federation}, a {@link Chamber} or a
 * {@link PartyOrganization}. Code that handles the three kinds alike (their ids, names, place in
 * the tree) takes this type.
 *
 * <pre>{@code
 * Organization o = tree.getOrganization("C0001").orElseThrow();
 * o.getOrganizationKind();   // CHAMBER
 * o.getParentId();           // Optional[F330400]: the chamber's federation
 * o.getShortName().orElse(o.getName());
 * }</pre>
 *
 * <p>Only the three kinds of this package extend it. Construction of each rejects a blank id,
 * name or short name ({@code BLANK}); Bean Validation checks the id format.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public abstract class Organization implements IdentifiedRecord {

    private final OrganizationTree.Kind kind;

    Organization(OrganizationTree.Kind kind) {
        this.kind = kind;
    }

    /**
     * Returns the name, such as {@code 嘉兴市工商联}.
     *
     * @return the name, never null
     */
    public abstract String getName();

    /**
     * Returns the short name used by narratives, such as {@code 温州商会}; federations and
     * chambers may have one, party organisations have none.
     *
     * @return the short name, empty when none
     */
    public abstract Optional<String> getShortName();

    /**
     * Returns which of the three kinds this organisation is: {@link OrganizationTree.Kind#FEDERATION}
     * for a {@link Federation}, {@link OrganizationTree.Kind#CHAMBER} for a {@link Chamber},
     * {@link OrganizationTree.Kind#PARTY_ORGANIZATION} for a {@link PartyOrganization}.
     *
     * @return the kind, never null
     */
    public final OrganizationTree.Kind getOrganizationKind() {
        return kind;
    }

    /**
     * Returns the id of the organisation above this one in the tree: a federation's
     * {@code parent}, a chamber's {@code federation}, a party organisation's {@code host}.
     *
     * @return the id, empty for a federation without parent
     */
    public abstract Optional<String> getParentId();

    /** The construction checks every organisation shares: id, name and short name not blank. */
    final void checkNames() {
        Checks.notBlank("id", getId());
        Checks.notBlank("name", getName());
        Checks.notBlank("shortName", getShortName());
    }
}
