package io.github.ficsdk.validation;

import org.immutables.value.Value;

/**
 * One finding of a validation run, such as
 * {@code ERROR creditCode CREDIT_CODE_CHECK_CHARACTER "校验码错误…"}.
 *
 * <p>The {@code code} is stable across releases and languages (UPPER_SNAKE, for example
 * {@code CREDIT_CODE_CHECK_CHARACTER} or {@code NOT_NULL}); the {@code message} is localized and
 * never contains a full personal value such as a mobile number.
 *
 * <p>A problem is a {@link FicProblem}: {@link #getProblemCode()}, {@link #getProblemPath()} (the
 * property path, empty for the object itself), {@link #getSeverity()} and {@link #getMessage()} (the
 * localized message) return its components.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
@Value.Immutable
@ValueStyle
public abstract class Problem implements FicProblem {

    Problem() {}

    /**
     * Creates a problem.
     *
     * @param severity  whether the finding rejects the record, not null
     * @param path      the property path, empty for the object itself, not null
     * @param code      the stable problem code, not null
     * @param message   the localized message, not null
     * @return the problem, never null
     * @throws NullPointerException if any argument is null
     */
    public static Problem of(Severity severity, String path, String code, String message) {
        return ImmutableProblem.builder().severity(severity).problemPath(path).problemCode(code).message(message)
                .build();
    }

    /**
     * Returns whether the finding rejects the record ({@link Severity#ERROR}) or only warns
     * ({@link Severity#WARNING}), as the constraint that found it says.
     *
     * @return the severity, never null
     */
    @Override
    public abstract Severity getSeverity();

    /**
     * Returns whether this problem rejects the record.
     *
     * @return true for {@link Severity#ERROR}
     */
    public boolean isError() {
        return getSeverity() == Severity.ERROR;
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
        String path = getProblemPath();
        return of(getSeverity(), path.isEmpty() ? prefix : prefix + "." + path, getProblemCode(), getMessage());
    }
}
