package io.github.ficsdk.core.io.internal;

import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import java.util.function.Consumer;

/**
 * The one rule that turns a parsed record and the problems of Bean Validation into a rejection,
 * shared by every reader that validates on read ({@code Dataset.withValidationOnRead},
 * {@code StrictLineReader.validating}): the errors are reported as {@code Dataset.validate()}
 * words them ({@link DatasetProblem#of(String, long, String, Problem)}: file, line, record id,
 * path, code, message) and the record is rejected when there is one; warnings reject nothing and
 * are left to {@code Dataset.validate()}.
 */
public final class BeanValidationErrors {

    private BeanValidationErrors() {
    }

    /**
     * Validates a record, reporting its errors.
     *
     * @param <T>        the record type
     * @param validator  the validator, not null
     * @param file       the kind of file, not null
     * @param fileName   the file name used in problems, not null
     * @param line       the record's line, 1-based
     * @param record     the record, not null
     * @param problems   receives the errors, not null
     * @return true when the record is rejected (an error was reported)
     */
    public static <T> boolean reject(FicValidator validator, DatasetFile<T> file, String fileName, long line,
            T record, Consumer<? super DatasetProblem> problems) {
        if (QuickBeanCheck.certainlyNoError(record)) {
            // the common case, decided without starting Hibernate Validator
            return false;
        }
        boolean rejected = false;
        String id = null;
        for (Problem problem : validator.validate(record)) {
            if (problem.getSeverity() == Severity.ERROR) {
                if (!rejected) {
                    id = file.idOf(record).orElse(null);
                    rejected = true;
                }
                problems.accept(DatasetProblem.of(fileName, line, id, problem));
            }
        }
        return rejected;
    }
}
