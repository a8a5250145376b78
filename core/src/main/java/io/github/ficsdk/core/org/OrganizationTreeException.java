package io.github.ficsdk.core.org;

import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import io.github.ficsdk.validation.Severity;
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
 * <p>It is a {@link FicProblem}: an error whose path is {@code id} for a duplicate id and empty
 * otherwise (the ids name the organisations; which property holds the parent depends on the
 * record type: {@code parent}, {@code federation} or {@code host}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class OrganizationTreeException extends IllegalArgumentException implements FicProblem {

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
    @Override
    public String getProblemCode() {
        return problemCode;
    }

    /**
     * Returns the path of the value at fault: {@code id} for {@code DUPLICATE_ID}, empty otherwise
     * (the organisations are named by {@link #getIds()}).
     *
     * @return the path, never null
     */
    @Override
    public String getProblemPath() {
        return "DUPLICATE_ID".equals(problemCode) ? "id" : "";
    }

    /**
     * Returns {@link Severity#ERROR}.
     *
     * @return {@link Severity#ERROR}
     */
    @Override
    public Severity getSeverity() {
        return Severity.ERROR;
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
