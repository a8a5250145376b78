package io.github.ficsdk.validation;

import java.util.Objects;

/**
 * One finding of a validation run, such as
 * {@code ERROR creditCode CREDIT_CODE_CHECK_CHARACTER "校验码错误…"}.
 *
 * <p>The {@code code} is stable across releases and languages (UPPER_SNAKE, for example
 * {@code CREDIT_CODE_CHECK_CHARACTER} or {@code NOT_NULL}); the {@code message} is localized and
 * never contains a full personal value such as a mobile number.
 *
 * <p>A problem is a {@link FicProblem}: {@link #getProblemCode()}, {@link #getProblemPath()},
 * {@link #getSeverity()} and {@link #getMessage()} return its components.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Problem implements FicProblem {
    private final Severity severity;
    private final String path;
    private final String code;
    private final String message;


    /**
     * Creates a problem.
     *
     * @param severity  whether the finding rejects the record, not null
     * @param path      the property path, empty for the object itself, not null
     * @param code      the stable problem code, not null
     * @param message   the localized message, not null
     * @throws NullPointerException if any argument is null
     */
    public Problem(Severity severity, String path, String code, String message) {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        this.severity = severity;
        this.path = path;
        this.code = code;
        this.message = message;
    }

    /**
     * Returns the {@link #getProblemCode() code}.
     *
     * @return the stable problem code, never null
     */
    @Override
    public String getProblemCode() {
        return code;
    }

    /**
     * Returns the {@link #getProblemPath() path}, such as {@code targets[0].id}.
     *
     * @return the property path, empty for the object itself, never null
     */
    @Override
    public String getProblemPath() {
        return path;
    }

    /**
     * Returns the {@link #getSeverity() severity}.
     *
     * @return the severity, never null
     */
    @Override
    public Severity getSeverity() {
        return severity;
    }

    /**
     * Returns the {@link #getMessage() message}.
     *
     * @return the localized message, never null
     */
    @Override
    public String getMessage() {
        return message;
    }

    /**
     * Returns whether this problem rejects the record.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * Returns the same problem with its path placed below {@code prefix}, as in
     * {@code "targets[0]" + "id" -> "targets[0].id"}.
     *
     * @param prefix  the path of the enclosing object, not null; empty leaves the path as it is
     * @return the re-rooted problem, never null
     */
    public Problem under(String prefix) {
        if (prefix.isEmpty()) {
            return this;
        }
        return new Problem(severity, path.isEmpty() ? prefix : prefix + "." + path, code, message);
    }

    /**
     * Compares every property.
     *
     * @param other  the other object, may be null
     * @return true if it is an equal value
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof Problem o && java.util.Objects.equals(severity, o.severity) && java.util.Objects.equals(path, o.path) && java.util.Objects.equals(code, o.code) && java.util.Objects.equals(message, o.message);
    }

    /**
     * Returns a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(severity, path, code, message);
    }

    /**
     * Returns the properties, for debugging.
     *
     * @return the text, never null
     */
    @Override
    public String toString() {
        return "Problem[severity=" + severity + ", path=" + path + ", code=" + code + ", message=" + message + "]";
    }
}
