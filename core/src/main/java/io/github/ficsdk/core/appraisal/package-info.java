/**
 * Appraisal (考核评价), the API: the {@link io.github.ficsdk.core.appraisal.Appraiser appraiser} that
 * scores subjects against a scheme, the {@link io.github.ficsdk.core.appraisal.SchemeCatalog catalog}
 * of reference schemes (四好商会, 五优县级工商联, 清理规范整顿), the evidence it reads
 * ({@link io.github.ficsdk.core.appraisal.EvidenceSource records}, an
 * {@link io.github.ficsdk.core.appraisal.EvidenceTable evidence table} of
 * {@link io.github.ficsdk.core.appraisal.EvidenceRecord records} such as {@code evidence.jsonl}) and the
 * {@link io.github.ficsdk.core.appraisal.AppraisalResult results} with points, explanations, grades,
 * vetoes and recommendations.
 *
 * <pre>{@code
 * Scheme scheme = SchemeCatalog.reference().get("FOUR_GOOD_CHAMBER", "2017");
 * Appraiser appraiser = Appraiser.standard();
 * AppraisalBatch batch = appraiser.appraiseAll(scheme, ReportingPeriod.parse("2017"),
 *         EvidenceSource.of(Dataset.of(Path.of("data"))), EvidenceTable.read(Path.of("data/evidence.jsonl"),
 *         ReportingPeriod.parse("2017")));
 * for (AppraisalResult r : batch.getResults()) {
 *     System.out.println(r.toJson());
 * }
 * }</pre>
 *
 * <p>Appraisal is in three packages: this API; the scheme model
 * ({@link io.github.ficsdk.core.appraisal.scheme}: {@code Scheme}, {@code Dimension}, {@code RuleSpec}
 * and the other parts of a scheme document, {@code SchemeLoadException}); and the plug-in points
 * ({@link io.github.ficsdk.core.appraisal.spi}: {@code ScoringRule}, {@code PreparedRule},
 * {@code RuleInput}, {@code RuleScore}, {@code RuleRegistry}, {@code EvidenceProvider}). What is
 * neither lives in {@code core.appraisal.internal}.
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
 * (compared by its days) is an {@code IllegalArgumentException}. The codes of a rejected scheme
 * document are listed in the {@linkplain io.github.ficsdk.core.appraisal.scheme scheme package}.
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
 * <h2>Derived evidence</h2>
 * {@link io.github.ficsdk.core.appraisal.Appraiser#standard()} derives evidence for every chamber,
 * federation and party organisation of an {@link io.github.ficsdk.core.appraisal.EvidenceSource},
 * with the ids of the records behind each value, through
 * {@link io.github.ficsdk.core.appraisal.spi.EvidenceProvider evidence providers}, one per family.
 * fic-core's {@linkplain io.github.ficsdk.core.appraisal.spi.EvidenceProvider#standard() standard
 * provider} counts no activities: {@code members.total} and {@code members.<ROLE>} (memberships in
 * the subject current on the last day of the period), {@code feeTiers.count} and
 * {@code feeTiers.maxFeeYuan} (chambers), {@code chamber.yearsRegistered} (whole years from
 * {@code registeredOn} to the end of the period; 0 for a chamber still being formed
 * ({@code PREPARING}) without {@code registeredOn}; otherwise absent when unknown),
 * {@code chamber.status}, {@code chamber.registered} (true unless the chamber is still being formed,
 * {@code PREPARING}), {@code federation.level}, {@code federation.chambers} (chambers of the
 * federation) and {@code party.established} (a party organisation hosted by the subject,
 * established by the end of the period or on an unknown day). The counts are the report engine's,
 * derived by fic-report's providers (found by {@link java.util.ServiceLoader} whenever fic-report
 * is on the class path): {@code activities.<KIND>} and {@code activities.total} (sum of
 * {@code sessions} of the activities with the subject among <em>any</em> of their organizers,
 * counted once, whose {@code start} is in the period), {@code activities.lastTwoYears} (the same
 * over the two years ending on the last day of the period), {@code party.activities} (sessions of
 * {@code PARTY_ACTIVITY} organised by the subject or a party organisation it hosts) and
 * {@code proposals.submitted} (proposals whose submitter is the subject, submitted in the period);
 * an activity or proposal whose id repeats an earlier one counts once, by its first occurrence.
 * With fic-core alone these keys are given (such as in {@code evidence.jsonl}); a rule that reads
 * one that is missing fails with {@code MISSING_EVIDENCE}, naming the subject, the rule and the key.
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.appraisal;

import io.github.ficsdk.validation.ValueStyle;
