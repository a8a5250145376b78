package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.SafeText;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a subject cannot be appraised: a rule threw, returned null, a negative value or more
 * than its cap, took longer than its time budget, or lacks evidence. Names the
 * {@linkplain #getRule() rule}, the {@linkplain #getSubject() subject} and the
 * {@linkplain #getSection() section} of the scheme (such as {@code dimensions[POLITICAL_GUIDANCE]},
 * {@code bonus}, {@code vetoes[0]}), and the evidence key when one is at fault. As a
 * {@link FicProblem} its {@linkplain #getProblemPath() path} is the rule's place in the scheme by
 * index, such as {@code dimensions[0].rules[1]} (empty when no rule is at fault, such as for
 * {@code UNKNOWN_SUBJECT}). A batch that meets one fails as a whole: there is never a silent zero
 * nor a half-finished batch.
 *
 * <pre>{@code
 * try {
 *     appraiser.appraiseAll(scheme, period, subjects, evidence);
 * } catch (AppraisalException e) {
 *     e.getProblemCode();  // "MISSING_EVIDENCE"
 *     e.getProblemPath();  // "dimensions[0].rules[1]"
 *     e.getMessage();      // "C0007: rule linear in dimensions[POLITICAL_GUIDANCE] needs evidence party.activities, which is missing"
 * }
 * }</pre>
 *
 * <p>The message goes through {@link SafeText#forDisplay(String)}, so a subject id, an evidence
 * value or a plug-in's own exception message quoted in it never shows an ID-card or mobile number
 * in full nor a control character; the getters return the ids as given.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public class AppraisalException extends RuntimeException implements FicProblem {

    private static final long serialVersionUID = 1L;

    /** The problem code. */
    private final String problemCode;
    /** The subject id. */
    private final String subject;
    /** The rule id. */
    private final String rule;
    /** The section of the scheme. */
    private final String section;
    /** The evidence key, or null. */
    private final String evidenceKey;
    /** The path of the rule in the scheme, empty when no rule is at fault. */
    private final String path;

    /**
     * Creates the exception with an empty {@linkplain #getProblemPath() path}.
     *
     * @param problemCode  the stable code, such as {@code RULE_FAILED}, not null
     * @param subject      the subject id, not null
     * @param rule         the rule id, not null
     * @param section      the section of the scheme, such as {@code dimensions[SERVICE]}, not null
     * @param evidenceKey  the evidence key at fault, or null
     * @param message      the message, not null
     * @param cause        the cause, or null
     */
    public AppraisalException(String problemCode, String subject, String rule, String section, String evidenceKey,
            String message, Throwable cause) {
        this(problemCode, "", subject, rule, section, evidenceKey, message, cause);
    }

    /**
     * Creates the exception naming the rule's place in the scheme.
     *
     * @param problemCode  the stable code, such as {@code RULE_FAILED}, not null
     * @param path         the rule's place in the scheme by index, such as {@code dimensions[0].rules[1]};
     *                     empty when no rule is at fault; not null
     * @param subject      the subject id, not null
     * @param rule         the rule id, not null
     * @param section      the section of the scheme, such as {@code dimensions[SERVICE]}, not null
     * @param evidenceKey  the evidence key at fault, or null
     * @param message      the message, not null
     * @param cause        the cause, or null
     */
    public AppraisalException(String problemCode, String path, String subject, String rule, String section,
            String evidenceKey, String message, Throwable cause) {
        super(SafeText.forDisplay(Objects.requireNonNull(message, "message")), cause);
        this.path = Objects.requireNonNull(path, "path");
        this.problemCode = Objects.requireNonNull(problemCode, "problemCode");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.rule = Objects.requireNonNull(rule, "rule");
        this.section = Objects.requireNonNull(section, "section");
        this.evidenceKey = evidenceKey;
    }

    /**
     * Returns the stable problem code: {@code RULE_FAILED}, {@code RULE_NULL}, {@code RULE_NEGATIVE},
     * {@code RULE_ABOVE_CAP}, {@code RULE_TIMEOUT}, {@code MISSING_EVIDENCE} or {@code EVIDENCE_TYPE}.
     *
     * @return the code, never null
     */
    @Override
    public String getProblemCode() {
        return problemCode;
    }

    /**
     * Returns the rule's place in the scheme by index, such as {@code dimensions[0].rules[1]},
     * {@code bonus.rules[0]} or {@code vetoes[2]}.
     *
     * @return the path, empty when no rule is at fault; never null
     */
    @Override
    public String getProblemPath() {
        return path;
    }

    /**
     * Returns the id of the subject being appraised.
     *
     * @return the subject id, never null
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Returns the id of the rule at fault, such as {@code linear} or a plug-in's id.
     *
     * @return the rule id, never null
     */
    public String getRule() {
        return rule;
    }

    /**
     * Returns the section of the scheme holding the rule: {@code dimensions[CODE]}, {@code bonus},
     * {@code vetoes[i]}, {@code eligibility[i]} or {@code recommendations[i]}.
     *
     * @return the section, never null
     */
    public String getSection() {
        return section;
    }

    /**
     * Returns the evidence key at fault.
     *
     * @return the key, empty when the fault is not about evidence
     */
    public Optional<String> getEvidenceKey() {
        return Optional.ofNullable(evidenceKey);
    }
}
