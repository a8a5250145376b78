/**
 * JSON and datasets: the strict {@link io.github.ficsdk.core.io.FicJson mapper} with the
 * {@link io.github.ficsdk.core.io.FicJacksonModule}, streaming
 * {@link io.github.ficsdk.core.io.JsonLinesReader JSON Lines reading} with line-numbered problems,
 * {@link io.github.ficsdk.core.io.JsonLinesWriter writing}, and
 * {@link io.github.ficsdk.core.io.Dataset dataset folders} with their
 * {@link io.github.ficsdk.core.io.DataQualityReport data-quality report}. Writers never swallow a
 * failed write (they throw {@link java.io.UncheckedIOException}), and a dataset is written
 * atomically: a folder by {@link io.github.ficsdk.core.io.DatasetWriter} (a temporary sibling
 * folder renamed into place), a single file by {@code Dataset.write} (a temporary file renamed
 * over the old one), so a run that fails or is killed midway leaves the old content.
 *
 * <pre>{@code
 * DataQualityReport report = Dataset.of(Path.of("data")).validate();
 * for (DatasetProblem p : report.getProblems()) {
 *     System.out.println(p.getFile() + ":" + p.getLine() + " " + p.getProblemPath() + " " + p.getProblemCode() + " " + p.getMessage());
 * }
 * }</pre>
 *
 * <h2>Repeats count once</h2>
 * A record whose id repeats an earlier one in its file (or, for federations, chambers and party
 * organisations, in any of the three) is a problem and counts once, by its first occurrence in
 * file order (federations, then chambers, then party organisations), in every statistic and every
 * evidence value. The organisations are checked as one structure by
 * {@link io.github.ficsdk.core.org.OrganizationTree}: {@link io.github.ficsdk.core.io.Dataset#validate()},
 * the report engine and the evidence of appraisals use that one check, so what validation reports
 * is exactly what the others trip on. A target repeated within one activity and a membership
 * repeated (member, organisation, role) are warnings, and count once too.
 *
 * <h2>Problem codes</h2>
 * Every problem code of the SDK, with its severity and its Chinese and English description, is in
 * one catalogue, {@link io.github.ficsdk.core.io.ProblemCode} (a new code gets a line in its
 * resource {@code problem-codes.tsv} and a row here or in the documentation of the package that
 * produces it); every problem is an {@link io.github.ficsdk.validation.FicProblem}. As JSON, a
 * problem is written by {@link io.github.ficsdk.core.io.ProblemJson}, and a data-quality report by
 * {@link io.github.ficsdk.core.io.DataQualityReport#toJsonLines(java.util.Locale)}.
 *
 * <p>Stable UPPER_SNAKE codes of {@link io.github.ficsdk.core.io.DatasetProblem#getProblemCode()}; errors
 * reject the record, warnings keep it. The first six concern a whole file or the folder and have
 * line 0 (file {@code .} for the folder itself); the errors among them
 * ({@link io.github.ficsdk.core.io.DatasetProblem#isFileError()}) mean that records were not read,
 * so nothing computed from the dataset is right: the report engine refuses its figures.
 * <table>
 * <caption>Problem codes</caption>
 * <tr><th>code</th><th>severity</th><th>meaning</th></tr>
 * <tr><td>{@code FOLDER_NOT_FOUND}</td><td>error</td><td>the dataset folder does not exist, is not a folder or cannot be listed</td></tr>
 * <tr><td>{@code NO_DATASET_FILES}</td><td>error</td><td>the folder holds none of the record files ({@code federations.jsonl} … {@code targets.jsonl})</td></tr>
 * <tr><td>{@code UNKNOWN_FILE}</td><td>warning</td><td>a file name the data model does not know, such as {@code Activities.jsonl} or {@code activities.json}; the message names the expected one when the name is close; the file is not read. Hidden files and sub-folders are ignored</td></tr>
 * <tr><td>{@code UNREADABLE_FILE}</td><td>error</td><td>a file of the data model that cannot be read: a symbolic link whose target does not exist, a folder, a pipe, no permission</td></tr>
 * <tr><td>{@code ENCODING}</td><td>error</td><td>the file is not UTF-8 (UTF-16LE, UTF-16BE, GB18030/GBK or unknown, told from its first 64 KiB, see {@link io.github.ficsdk.core.io.TextEncoding}); none of its records is read; the message says how to save it as UTF-8</td></tr>
 * <tr><td>{@code LINE_ENDINGS}</td><td>error</td><td>the lines of the file end with a carriage return alone (classic Mac), told from its first 64 KiB; none of its records is read; the message says how to save it ({@link io.github.ficsdk.core.io.TextEncoding#lineEndingProblem})</td></tr>
 * <tr><td>{@code FILE_CHANGED}</td><td>error</td><td>the file's size or last-modified time changed while it was read (another program wrote it); what was read matches neither state</td></tr>
 * <tr><td>{@code LINE_TOO_LONG}</td><td>error</td><td>the line exceeds the maximum length; skipped unread</td></tr>
 * <tr><td>{@code BLANK_LINE}</td><td>error</td><td>an empty or white-space line (not counted as a record)</td></tr>
 * <tr><td>{@code BOM}</td><td>error</td><td>a line other than the first starts with a UTF-8 byte order mark, as when files are joined (a byte order mark at the very start of a file is accepted and skipped)</td></tr>
 * <tr><td>{@code INVALID_UTF8}</td><td>error</td><td>the line is not well-formed UTF-8 in a file that is otherwise UTF-8</td></tr>
 * <tr><td>{@code MALFORMED_JSON}</td><td>error</td><td>a JSON syntax error, including a truncated line</td></tr>
 * <tr><td>{@code TRAILING_CONTENT}</td><td>error</td><td>anything after the JSON object on the line</td></tr>
 * <tr><td>{@code LIMIT_EXCEEDED}</td><td>error</td><td>nesting depth, number length or string length over the limits</td></tr>
 * <tr><td>{@code WRONG_TYPE}</td><td>error</td><td>a value of the wrong JSON type, e.g. {@code 12.7} or {@code "12"} for a count</td></tr>
 * <tr><td>{@code UNKNOWN_PROPERTY}</td><td>error</td><td>a property the data model does not define (with a suggestion for typos)</td></tr>
 * <tr><td>{@code DUPLICATE_KEY}</td><td>error</td><td>a property given twice in one object</td></tr>
 * <tr><td>{@code REQUIRED}</td><td>error</td><td>a required property is missing or null</td></tr>
 * <tr><td>{@code UNKNOWN_CODE}</td><td>error</td><td>an enum code that is not defined</td></tr>
 * <tr><td>{@code UNKNOWN_ACTIVITY_KIND}</td><td>error</td><td>neither a standard kind nor an {@code X_} team kind</td></tr>
 * <tr><td>{@code INVALID_DATE}</td><td>error</td><td>not an ISO-8601 date {@code yyyy-MM-dd}</td></tr>
 * <tr><td>{@code OUT_OF_RANGE}</td><td>error</td><td>a number too large (also one whose exponent no exact number can hold, such as {@code 1E+2147483648}), or a year outside 1000-9999</td></tr>
 * <tr><td>{@code YUAN_AMOUNT_FORMAT}, {@code YUAN_AMOUNT_SCALE}, {@code YUAN_AMOUNT_NEGATIVE}, {@code YUAN_AMOUNT_RANGE}</td><td>error</td><td>a money string that is not a plain non-negative decimal with at most 2 decimals</td></tr>
 * <tr><td>{@code NEGATIVE}</td><td>error</td><td>a negative count or value</td></tr>
 * <tr><td>{@code NOT_POSITIVE}</td><td>error</td><td>{@code sessions}, {@code term} or {@code number} below 1; a task's
 *     {@code weight} not above 0</td></tr>
 * <tr><td>{@code END_BEFORE_START}, {@code UNTIL_BEFORE_SINCE}</td><td>error</td><td>an end before its start</td></tr>
 * <tr><td>{@code RESOLVED_BEFORE_RAISED}</td><td>error</td><td>a ticket's {@code resolvedOn} before its {@code raisedOn}</td></tr>
 * <tr><td>{@code RESOLVED_ON_REQUIRED}</td><td>error</td><td>a ticket RESOLVED or CLOSED_UNRESOLVED without {@code resolvedOn}</td></tr>
 * <tr><td>{@code STARTED_BEFORE_SIGNED}</td><td>error</td><td>a project's {@code startedOn} before its {@code signedOn}</td></tr>
 * <tr><td>{@code FUNDS_ABOVE_INVESTMENT}</td><td>error</td><td>a project's {@code fundsInPlaceYuan} above its {@code investmentYuan}</td></tr>
 * <tr><td>{@code NO_ORGANIZER}</td><td>error</td><td>an activity without organizers</td></tr>
 * <tr><td>{@code BLANK}</td><td>error</td><td>an empty or blank id, name or reference</td></tr>
 * <tr><td>{@code DUPLICATE_ID}</td><td>error</td><td>the id is already used on an earlier line (named in the message), in
 *     its file or, for organisations, in another organisation file; the first occurrence is the one that counts, in
 *     every statistic and every evidence value</td></tr>
 * <tr><td>{@code UNKNOWN_PARENT}</td><td>error</td><td>a federation parent, chamber federation or party host not in the
 *     dataset (or not of the right kind)</td></tr>
 * <tr><td>{@code PARENT_CYCLE}</td><td>error</td><td>federation parents form a cycle</td></tr>
 * <tr><td>{@code DUPLICATE_TARGET}</td><td>warning</td><td>a target repeated within one activity (the same type and id;
 *     the message names the earlier index): the (activity, target) pair counts once</td></tr>
 * <tr><td>{@code DUPLICATE_MEMBERSHIP}</td><td>warning</td><td>a membership with the member, organisation and role of an
 *     earlier line (named in the message): it counts once, for instance in the member counts of appraisal evidence</td></tr>
 * <tr><td>{@code UNKNOWN_REFERENCE}</td><td>warning</td><td>a membership, annual target or activity target naming an unknown id;
 *     a ticket's {@code raisedBy}, {@code receivedBy} or {@code activity}, a project's {@code organization} or
 *     {@code investor}, a task's {@code owner}, {@code assignedBy} or {@code evidence} id that no file defines</td></tr>
 * <tr><td>{@code ID_FORMAT}, {@code INDICATOR_FORMAT}</td><td>error</td><td>Bean Validation: malformed id or indicator code</td></tr>
 * <tr><td>{@code FEE_TIERS_TOO_MANY}</td><td>warning</td><td>Bean Validation: a chamber with more than 4 fee tiers</td></tr>
 * <tr><td>{@code CREDIT_CODE_*}, {@code DIVISION_CODE_*}, {@code INDUSTRY_CODE_*}, {@code MOBILE_NUMBER_*}</td><td>per validator</td><td>Bean Validation of the national standards (module {@code fic-validation})</td></tr>
 * <tr><td>{@code WAIVER_UNKNOWN_CODE}</td><td>error</td><td>a line of {@code waivers.jsonl} whose {@code code} is not in the problem catalogue; the line waives nothing</td></tr>
 * <tr><td>{@code WAIVER_NOT_A_WARNING}</td><td>error</td><td>a line of {@code waivers.jsonl} naming the code of an error: an error cannot be waived; the line waives nothing</td></tr>
 * <tr><td>{@code WAIVER_UNUSED}</td><td>warning</td><td>a waiver in force (not lapsed) that matched no warning of the dataset: the record was corrected, or the waiver names the wrong code, file or id</td></tr>
 * </table>
 *
 * <h2>Waivers</h2>
 *
 * <p>A dataset may hold {@code waivers.jsonl}, one {@link io.github.ficsdk.core.io.Waiver} a line:
 * {@code {"code": "UNKNOWN_REFERENCE", "file": "memberships.jsonl", "id": "M001", "reason": "…", "approvedBy": "…", "until": "2018-12-31"}}
 * ({@code code}, {@code file}, {@code id}, {@code reason}, {@code approvedBy} required; {@code until}, the
 * last day the waiver applies, optional). {@link io.github.ficsdk.core.io.Dataset#validate()} reads it first;
 * a warning of a record whose code, file and id are those of a waiver in force on the day of validation
 * ({@link io.github.ficsdk.core.io.Dataset#withToday(java.time.LocalDate)}, by default today) is still
 * listed and counted, but as waived ({@link io.github.ficsdk.core.io.DatasetProblem#getWaiver()}, in JSON
 * {@code "waived": {"reason", "approvedBy", "until"}}), and counted in
 * {@link io.github.ficsdk.core.io.DataQualityReport#getWaivedCount()};
 * {@link io.github.ficsdk.core.io.DataQualityReport#isAccepted()} is true when every problem left is a
 * waived warning. An error is never waived; a waiver naming an error's code is {@code WAIVER_NOT_A_WARNING},
 * and a line with a missing or malformed property has the problems of any record line ({@code REQUIRED},
 * {@code WRONG_TYPE}, {@code BLANK}, {@code UNKNOWN_PROPERTY}, {@code INVALID_DATE}, {@code MALFORMED_JSON})
 * and waives nothing. A waiver past its {@code until} waives nothing and is not reported; one in force that
 * waives nothing is {@code WAIVER_UNUSED}. Problems of a whole file or of the folder (no record id) cannot be
 * waived, nor can the problems of {@code waivers.jsonl} itself. The ids are compared as problems show them
 * (masked). The report of {@code waivers.jsonl} comes last in the result, only when the file exists. Only
 * validation reads waivers: reports and appraisals are computed as without them.
 *
 * <p>Problems are counted by code in bounded memory: {@link io.github.ficsdk.core.io.Dataset#validate()}
 * lists only the first {@link io.github.ficsdk.core.io.ProblemCollector#DEFAULT_MAX_PER_FILE} (1000)
 * problems of each file, configurable with
 * {@link io.github.ficsdk.core.io.Dataset#withMaxProblemsPerFile(int)}.
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.io;

import io.github.ficsdk.validation.ValueStyle;
