package io.github.ficsdk.core.org;

import io.github.ficsdk.validation.SafeText;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when federations, chambers and party organisations do not form a tree: a parent cycle
 * ({@code PARENT_CYCLE}), a parent that is not defined ({@code UNKNOWN_PARENT}) or an id used
 * twice ({@code DUPLICATE_ID}); names the {@linkplain #getIds() ids} involved.
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}, so the ids it names never show
 * an ID-card or mobile number in full nor a control character; {@link #getIds()} returns them as
 * given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class OrganizationTreeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The problem code. */
    private final String problemCode;
    /** The ids involved. */
    private final List<String> ids;

    /**
     * Creates the exception.
     *
     * @param problemCode  the problem code, not null
     * @param ids          the ids involved, in order (for a cycle, along the cycle), not null
     * @param message      the message, not null
     */
    public OrganizationTreeException(String problemCode, List<String> ids, String message) {
        super(SafeText.forDisplay(Objects.requireNonNull(message, "message")));
        this.problemCode = Objects.requireNonNull(problemCode, "problemCode");
        this.ids = List.copyOf(ids);
    }

    /**
     * Returns the problem code: {@code PARENT_CYCLE}, {@code UNKNOWN_PARENT} or {@code DUPLICATE_ID}.
     *
     * @return the code, never null
     */
    public String getProblemCode() {
        return problemCode;
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
}
