package io.github.ficsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.EvidenceException;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.io.InvalidRecordException;
import io.github.ficsdk.core.org.OrganizationTreeException;
import io.github.ficsdk.validation.InvalidCodeException;
import io.github.ficsdk.validation.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public exception of the SDK masks ID-card and mobile numbers and escapes control
 * characters in its message, whoever builds the message (the SDK, a plug-in, a caller).
 */
class SafeExceptionMessagesTest {

    /** A message quoting an ID-card number, a mobile number, a terminal escape and a bidi override. */
    static final String RAW = "subject 11010519491231002X: plug-in failed for 13812345678 \u001B[2J\u202Etxt";

    static Stream<Exception> exceptions() {
        return Stream.of(
                new InvalidValueException("end", "END_BEFORE_START", RAW),
                new AppraisalException("RULE_FAILED", "11010519491231002X", "x-rule", "bonus", null, RAW,
                        new IllegalStateException(RAW)),
                new EvidenceException("party.activities", "EVIDENCE_TYPE", RAW),
                new RuleParameterException("points", RAW),
                new SchemeLoadException("dimensions[0]", "UNKNOWN_PARAMETER", RAW),
                new OrganizationTreeException("PARENT_CYCLE", List.of("11010519491231002X"), RAW),
                new InvalidRecordException(null, "targets[0].id", "UNKNOWN_CODE", RAW),
                new InvalidCodeException("CREDIT_CODE_LENGTH", "11010519491231002X", -1, RAW),
                new DatasetReadException(DatasetProblem.of("persons.jsonl", 2, "11010519491231002X",
                        "13812345678", Severity.ERROR, "UNKNOWN_PROPERTY", RAW)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exceptions")
    void message_isMaskedAndEscaped(Exception e) {
        for (String text : List.of(e.getMessage(), e.toString(), e.getLocalizedMessage())) {
            assertFalse(text.contains("11010519491231002X"), text);
            assertFalse(text.contains("13812345678"), text);
            assertFalse(text.chars().anyMatch(c -> c == 0x1B || c == 0x202E), text);
            assertTrue(text.contains("110105********002X"), text);
            assertTrue(text.contains("138****5678"), text);
            assertTrue(text.contains("\\u001B[2J\\u202Etxt"), text);
        }
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String first = trace.toString().lines().findFirst().orElseThrow();
        assertFalse(first.contains("11010519491231002X"), first);
    }

    @org.junit.jupiter.api.Test
    void problem_masksEveryPrintedField() {
        DatasetProblem p = DatasetProblem.of("13812345678.jsonl", 2, "11010519491231002X", "extensions.13812345678",
                Severity.ERROR, "DUPLICATE_KEY", "id 11010519491231002X is already used on line 1\n");
        assertEquals("138****5678.jsonl", p.getFile());
        assertEquals("110105********002X", p.getId().orElse(null));
        assertEquals("extensions.138****5678", p.getProblemPath());
        assertEquals("id 110105********002X is already used on line 1\\n", p.getMessage());
        assertEquals(p, DatasetProblem.of(p.getFile(), p.getLine(), p.getId().orElse(null), p.getProblemPath(), p.getSeverity(), p.getProblemCode(), p.getMessage()));
    }
}
