package io.github.ficsdk.core.org;

import io.github.ficsdk.validation.FicArgumentException;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when federations, chambers and party organisations do not form a tree: a parent cycle
 * ({@code PARENT_CYCLE}), a parent that is not defined ({@code UNKNOWN_PARENT}) or an id used
 * twice ({@code DUPLICATE_ID}); names the {@linkplain #getIds() ids} involved and, when the tree
 * built it, the {@linkplain #getPosition() position} of the organisation at fault in the tree's
 * input, the {@linkplain #getEarlierPosition() first definition} of a repeated id and the
 * {@linkplain #getPath() property} at fault.
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}, so the ids it names never show
 * an ID-card or mobile number in full nor a control character; {@link #getIds()} returns them as
 * given.
 *
 * <p>It is a {@link FicProblem}: an error whose path is {@code id} for a duplicate id and empty
 * otherwise (the ids name the organisations; which property holds the parent depends on the
 * record type: {@code parent}, {@code federation} or {@code host}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class OrganizationTreeException extends FicArgumentException {

    private static final long serialVersionUID = 1L;

    /** The ids involved. */
    private final List<String> ids;
    /** The organisation at fault, or null. */
    private final transient OrganizationTree.Position position;
    /** The first definition of a repeated id, or null. */
    private final transient OrganizationTree.Position earlier;
    /** The property at fault, or empty. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param problemCode  the problem code, not null
     * @param ids          the ids involved, in order (for a cycle, along the cycle), not null
     * @param message      the message, not null
     */
    public OrganizationTreeException(String problemCode, List<String> ids, String message) {
        this(problemCode, ids, message, null, null, "");
    }

    /**
     * Creates the exception with where the problem is.
     *
     * @param problemCode  the problem code, not null
     * @param ids          the ids involved, in order (for a cycle, along the cycle), not null
     * @param message      the message, not null
     * @param position     the organisation at fault, or null when unknown
     * @param earlier      the first definition of a repeated id ({@code DUPLICATE_ID}), else null
     * @param path         the property at fault ({@code id}, {@code parent}, {@code federation},
     *                     {@code host}), or empty; not null
     */
    public OrganizationTreeException(String problemCode, List<String> ids, String message,
            OrganizationTree.Position position, OrganizationTree.Position earlier, String path) {
        super(problemCode, "DUPLICATE_ID".equals(problemCode) ? "id" : "", message);
        this.ids = List.copyOf(ids);
        this.position = position;
        this.earlier = earlier;
        this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Returns the ids involved: the ids of the cycle, the child and its missing parent, or the
     * duplicated id.
     *
     * @return the ids, never null
     */
    public List<String> getIds() {
        return ids;
    }

    /**
     * Returns the position of the organisation at fault in the tree's input: the repeat of a
     * {@code DUPLICATE_ID}, the child of an {@code UNKNOWN_PARENT}, the federation whose parent
     * link was cut for a {@code PARENT_CYCLE}.
     *
     * @return the position, empty when the exception was not made by the tree
     */
    public Optional<OrganizationTree.Position> getPosition() {
        return Optional.ofNullable(position);
    }

    /**
     * Returns the position of the first definition of a repeated id, the one that counts.
     *
     * @return the position, empty unless the code is {@code DUPLICATE_ID} and the tree made it
     */
    public Optional<OrganizationTree.Position> getEarlierPosition() {
        return Optional.ofNullable(earlier);
    }

    /**
     * Returns the property at fault: {@code id} for a repeat, {@code parent}, {@code federation}
     * or {@code host} for a missing parent or a cycle.
     *
     * @return the property name, empty when unknown; never null
     */
    public String getPath() {
        return path;
    }
}
