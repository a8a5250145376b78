/**
 * Appraisal schemes (考核评价): versioned {@link io.github.ficsdk.core.appraisal.scheme.Scheme scheme
 * documents} such as 四好商会 and 五优县级工商联, pluggable
 * {@link io.github.ficsdk.core.appraisal.spi.ScoringRule scoring rules} and
 * {@link io.github.ficsdk.core.appraisal.spi.EvidenceProvider evidence providers}, and the
 * {@link io.github.ficsdk.core.appraisal.Appraiser appraiser} that turns evidence into
 * {@link io.github.ficsdk.core.appraisal.AppraisalResult results} with points, explanations,
 * grades, vetoes and recommendations.
 *
 * <pre>{@code
 * Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
 * Appraiser appraiser = Appraiser.standard();
 * AppraisalBatch batch = appraiser.appraiseAll(scheme, ReportingPeriod.parse("2017"),
 *         EvidenceSource.of(Dataset.of(Path.of("data"))), EvidenceTable.read(Path.of("data/evidence.jsonl"),
 *         ReportingPeriod.parse("2017")));
 * for (AppraisalResult r : batch.results()) {
 *     System.out.println(r.toJson());
 * }
 * }</pre>
 *
 * <h2>Scheme document</h2>
 * The properties of the data model ({@code id}, {@code version}, {@code name}, {@code subject},
 * {@code dimensions}, {@code vetoes}, {@code bonus}, {@code grades}) and these optional additions:
 * <table>
 * <caption>Optional scheme properties</caption>
 * <tr><th>property</th><th>meaning</th></tr>
 * <tr><td>{@code note}</td><td>free text, such as "reference configuration to adapt"</td></tr>
 * <tr><td>{@code region}</td><td>GB/T 2260 division code the scheme applies to; {@code 330000} covers every code starting {@code 33}, {@code 330400} every code starting {@code 3304}; absent = everywhere</td></tr>
 * <tr><td>{@code validFrom}, {@code validTo}</td><td>first and last day (inclusive) the scheme applies; absent = open</td></tr>
 * <tr><td>{@code totalPoints}</td><td>declared total of the dimension caps; loading fails ({@code CAPS_TOTAL_MISMATCH}) when the caps add up to something else</td></tr>
 * <tr><td>{@code eligibility}</td><td>gates {@code [{"rule", …parameters, "reason"}]}: a subject passes a gate when its rule yields more than 0 points; one failed gate makes it not eligible (grade {@code NOT_ELIGIBLE}, {@code "eligible": false}, {@code "ineligibleReasons"}), which is not a fail</td></tr>
 * <tr><td>{@code recommendations}</td><td>ordered conditions {@code [{"recommendation", "reason", "rule"?, …parameters, "whenGrades"?}]}: the first whose rule yields more than 0 points and whose {@code whenGrades} holds the grade gives the result's {@code recommendation}; an entry with neither rule nor {@code whenGrades} is the default and must be last</td></tr>
 * </table>
 * Every rule also accepts {@code label} / {@code labelEn} (wording of the explanations) and
 * {@code ifMissing} (the value used, and said to be used, when the evidence is absent). In vetoes,
 * gates and recommendation conditions the {@code points} parameter may be omitted (default 1).
 * The built-in {@code threshold} also accepts {@code atMost} (points when the value is at most
 * that; not monotone) and {@code flag} accepts {@code equals} (points when the evidence equals a
 * text, number or boolean, for enum-like evidence such as {@code federation.level}).
 *
 * <h2>Scheme problem codes</h2>
 * {@link io.github.ficsdk.core.appraisal.scheme.SchemeLoadException#getProblemCode()}:
 * {@code MALFORMED_JSON}, {@code WRONG_TYPE}, {@code REQUIRED}, {@code UNKNOWN_PROPERTY},
 * {@code UNKNOWN_CODE} (subject type), {@code INVALID_DATE}, {@code NEGATIVE},
 * {@code DUPLICATE_CODE} (dimension code), {@code GRADES_EMPTY}, {@code GRADES_NOT_DESCENDING},
 * {@code GRADES_NOT_COVERING_ZERO}, {@code CAPS_TOTAL_MISMATCH}, {@code VALID_TO_BEFORE_FROM},
 * {@code DEFAULT_RECOMMENDATION_NOT_LAST}, {@code UNKNOWN_RULE}, {@code UNKNOWN_PARAMETER},
 * {@code INVALID_PARAMETER}, {@code OUT_OF_RANGE} (a number too large to compute with),
 * {@code INVALID_UTF8}, {@code INVALID_SCHEME} (a document the builder refuses, at {@code $}),
 * {@code DOCUMENT_TOO_LARGE} (a document over {@link io.github.ficsdk.core.appraisal.scheme.Scheme#MAX_DOCUMENT_BYTES}
 * (1 MiB) or the limit given to {@code Scheme.read}, refused before it is parsed; the message names
 * the file and the limit), {@code LIMIT_EXCEEDED} (nesting deeper than 64, a number longer than 100
 * characters or a text longer than 1,048,576 characters: Jackson's stream read constraints).
 * A leading UTF-8 byte order mark is skipped.
 *
 * <h2>Appraisal problem codes</h2>
 * {@link io.github.ficsdk.core.appraisal.AppraisalException#getProblemCode()}: {@code RULE_FAILED}
 * (the rule threw anything: an exception, an {@code OutOfMemoryError}, a {@code StackOverflowError}),
 * {@code RULE_NULL}, {@code RULE_NEGATIVE}, {@code RULE_ABOVE_CAP},
 * {@code RULE_TIMEOUT} (over its time budget twice, or a plug-in call that did not return within
 * the rule timeout, 10 s by default: the message names the rule, the subject and the scheme),
 * {@code MISSING_EVIDENCE} (naming the evidence providers that could not be loaded, if any),
 * {@code EVIDENCE_TYPE},
 * {@code PROVIDER_FAILED} (an evidence provider threw; the rule is the provider's id, the subject
 * {@code *}), {@code UNKNOWN_SUBJECT} (given evidence names an organisation the dataset does not
 * define), {@code UNKNOWN_EVIDENCE_KEY} (given evidence holds a key that no rule of the scheme
 * appraised nor of the appraiser's catalog reads and no provider derives: the message names the
 * file and line, the subject, the key and the closest known key). Given evidence of another period
 * (compared by its days) is an {@code IllegalArgumentException}.
 *
 * <h2>Reading {@code evidence.jsonl}</h2>
 * {@link io.github.ficsdk.core.appraisal.EvidenceTable#read(java.nio.file.Path, io.github.ficsdk.core.period.ReportingPeriod)}
 * splits lines as the dataset readers do, never holding more than the line limit
 * ({@link io.github.ficsdk.core.io.JsonLinesReader#DEFAULT_MAX_LINE_LENGTH}, 1 MiB, by default) of
 * one line, and accepts a leading UTF-8 byte order mark. It is strict: the first line with a
 * problem throws a {@link io.github.ficsdk.core.io.DatasetReadException} naming the file, the line
 * and the code ({@code LINE_TOO_LONG}, {@code BLANK_LINE}, {@code BOM} on a later line,
 * {@code INVALID_UTF8}, {@code MALFORMED_JSON}, {@code LIMIT_EXCEEDED}, {@code UNKNOWN_PROPERTY},
 * {@code REQUIRED}, {@code WRONG_TYPE}, {@code OUT_OF_RANGE}, {@code INVALID_PERIOD},
 * {@code DUPLICATE_ID}), because a grade must not rest on evidence read in part.
 *
 * <h2>Plug-ins</h2>
 * Scoring rules and evidence providers found by {@link java.util.ServiceLoader} are loaded one
 * provider at a time: one whose class is missing or whose constructor throws is left out and
 * remembered ({@link io.github.ficsdk.core.appraisal.spi.RuleRegistry#getFailedProviders()},
 * {@link io.github.ficsdk.core.appraisal.Appraiser#getFailedProviders()}); only a scheme that names a
 * rule id nobody registered fails ({@code UNKNOWN_RULE}, naming the providers that failed and their
 * errors). Each call of a plug-in rule has a hard time limit
 * ({@link io.github.ficsdk.core.appraisal.Appraiser.Builder#ruleTimeout(java.time.Duration)}); see
 * {@link io.github.ficsdk.core.appraisal.Appraiser}.
 *
 * <h2>Derived evidence</h2>
 * The {@linkplain io.github.ficsdk.core.appraisal.spi.EvidenceProvider#standard() standard provider}
 * derives, for every chamber, federation and party organisation of an
 * {@link io.github.ficsdk.core.appraisal.EvidenceSource}, with the ids of the records behind each value:
 * {@code activities.<KIND>} and {@code activities.total} (sum of {@code sessions} of the activities
 * with the subject among <em>any</em> of their organizers, counted once, whose {@code start} is in
 * the period), {@code activities.lastTwoYears} (the same over the two years ending on the last day
 * of the period), {@code members.total} and {@code members.<ROLE>} (memberships in the subject
 * current on the last day of the period), {@code feeTiers.count} and {@code feeTiers.maxFeeYuan}
 * (chambers), {@code party.established} (a party organisation hosted by the subject, established
 * by the end of the period or on an unknown day), {@code party.activities} (sessions of
 * {@code PARTY_ACTIVITY} organised by the subject or a party organisation it hosts),
 * {@code proposals.submitted} (proposals whose submitter is the subject, submitted in the period),
 * {@code chamber.yearsRegistered} (whole years from {@code registeredOn} to the end of the period;
 * 0 for a chamber still being formed ({@code PREPARING}) without {@code registeredOn}; otherwise
 * absent when unknown), {@code chamber.status}, {@code federation.level} and
 * {@code federation.chambers} (chambers of the federation).
 *
 * @since 0.1
 */
@DomainStyle
package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.core.DomainStyle;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
