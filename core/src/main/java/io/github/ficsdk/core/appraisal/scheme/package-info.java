/**
 * The scheme model of appraisal: a {@link io.github.ficsdk.core.appraisal.scheme.Scheme scheme document}
 * such as 四好商会 ({@code FOUR_GOOD_CHAMBER}) or 五优县级工商联 ({@code FIVE_EXCELLENCE_COUNTY}) as
 * immutable values — its {@link io.github.ficsdk.core.appraisal.scheme.Dimension dimensions} with
 * their {@link io.github.ficsdk.core.appraisal.scheme.RuleSpec rule uses} (like the bonus,
 * {@link io.github.ficsdk.core.appraisal.scheme.CappedRules capped rules}), the
 * {@link io.github.ficsdk.core.appraisal.scheme.EligibilityGate eligibility gates},
 * {@link io.github.ficsdk.core.appraisal.scheme.Veto vetoes} (both
 * {@link io.github.ficsdk.core.appraisal.scheme.ReasonedRule rules with a reason}), the
 * {@link io.github.ficsdk.core.appraisal.scheme.Bonus bonus},
 * {@link io.github.ficsdk.core.appraisal.scheme.GradeBand grade bands} and
 * {@link io.github.ficsdk.core.appraisal.scheme.RecommendationRule recommendation conditions} — read
 * from and written to the JSON document of the data model, with the
 * {@link io.github.ficsdk.core.appraisal.scheme.SchemeLoadException problems} of a rejected document.
 *
 * <pre>{@code
 * Scheme scheme = Scheme.read(Path.of("my-scheme.json"), RuleRegistry.standard());
 * for (Dimension d : scheme.getDimensions()) {
 *     System.out.println(d.getCode() + " " + d.getName() + " " + d.getMaxPoints() + " " + d.getRules().size());
 * }
 * String json = scheme.toJson();   // Scheme.parse(json) equals scheme
 * }</pre>
 *
 * <p>What scores a scheme is the {@link io.github.ficsdk.core.appraisal.Appraiser} of the API
 * package; what a rule id names is a {@link io.github.ficsdk.core.appraisal.spi.ScoringRule} of the
 * SPI package.
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
 * <tr><td>{@code recommendations}</td><td>ordered conditions {@code [{"recommendation", "name"?, "reason", "rule"?, …parameters, "whenGrades"?}]}: the first whose rule yields more than 0 points and whose {@code whenGrades} holds the grade gives the result's {@code recommendation}; every condition that holds adds its reason to {@code recommendationReasons}; {@code name} is the word shown to people ({@code 注销}), JSON keeps the code; an entry with neither rule nor {@code whenGrades} is the default and must be last (it holds, and gives its reason, only when no other does)</td></tr>
 * </table>
 * Every rule also accepts {@code label} / {@code labelEn} (wording of the explanations) and
 * {@code ifMissing} (the value used, and said to be used, when the evidence is absent). In vetoes,
 * gates and recommendation conditions the {@code points} parameter may be omitted (default 1).
 * The built-in {@code threshold} also accepts {@code atMost} (points when the value is at most
 * that; not monotone) and {@code flag} accepts {@code equals} (points when the evidence equals a
 * text, number or boolean, for enum-like evidence such as {@code federation.level}).
 *
 * <h2>Built-in rules</h2>
 * A rule use is an object {@code {"rule": id, …parameters}}; the five built-in rules take these
 * parameters (and, like every rule, {@code label}, {@code labelEn} and {@code ifMissing}). A
 * number may be any JSON number; points are never negative. Evidence keys name the values of
 * {@code evidence.jsonl} or the keys the evidence providers derive.
 * <table>
 * <caption>The built-in rules and their parameters</caption>
 * <tr><th>rule</th><th>parameters</th><th>scores</th></tr>
 * <tr><td>{@code flag}</td><td>{@code evidence} (key, required), {@code points} (required in
 *     dimensions and the bonus), {@code equals} (text, number or boolean, optional)</td><td>{@code points}
 *     when the evidence is {@code true} — or, with {@code equals}, equals that value — else 0</td></tr>
 * <tr><td>{@code threshold}</td><td>{@code evidence} (key, required) and exactly one of:
 *     {@code atLeast} + {@code points}; {@code atMost} + {@code points}; {@code tiers}
 *     ({@code [{"atLeast", "points"}, …]}, at least one, distinct {@code atLeast}); {@code unit}
 *     (text shown after values, optional)</td><td>{@code points} when the number is at least
 *     {@code atLeast} (at most {@code atMost}), else 0; with tiers the points of the highest tier
 *     whose {@code atLeast} the number reaches, 0 below the lowest</td></tr>
 * <tr><td>{@code linear}</td><td>{@code evidence} (key), {@code pointsPerUnit}, {@code maxPoints}
 *     (all required), {@code unit} (optional)</td><td>the number × {@code pointsPerUnit}, at most
 *     {@code maxPoints}</td></tr>
 * <tr><td>{@code ratio}</td><td>{@code evidence} (key of the numerator), {@code per} (key of the
 *     denominator), {@code atLeast} (the ratio), all required; {@code points} (required in
 *     dimensions and the bonus)</td><td>{@code points} when evidence / per is at least
 *     {@code atLeast}; 0 when it is not, or when the denominator is 0 or negative</td></tr>
 * <tr><td>{@code share}</td><td>{@code evidence} (key) and {@code points}, required; {@code per}
 *     (key of the denominator), {@code detail} (key of a text evidence), {@code unit}, optional</td>
 *     <td>{@code points} × evidence / per, the share capped at 1, rounded down to 0.01 point (0 for a
 *     denominator that is not positive); without {@code per} the evidence is the share itself; the
 *     text of {@code detail} (such as every target and task of an annual assessment) is the body of
 *     the explanation</td></tr>
 * </table>
 * A parameter a rule does not take is {@code UNKNOWN_PARAMETER}, naming the parameters it takes in
 * alphabetical order; a wrong value is {@code INVALID_PARAMETER} naming the parameter's path.
 *
 * <h2>JSON Schema</h2>
 * The jar holds a JSON Schema (draft 2020-12) of scheme documents, the resource
 * {@code io/github/ficsdk/core/appraisal/scheme/scheme.schema.json} (read it with
 * {@code Scheme.class.getResourceAsStream("scheme.schema.json")}), for editors and for checking
 * documents before they reach the loader. It describes the shape and the built-in rules'
 * parameters; the loader also checks what a schema cannot say (caps adding up to
 * {@code totalPoints}, grades descending and covering 0, {@code validTo} not before
 * {@code validFrom}, a default recommendation last) and a plug-in rule's parameters.
 *
 * <h2>Paths</h2>
 * A rejected document names the offending value by its path in the syntax of the dataset
 * problems: property names joined by dots, list positions in brackets, such as
 * {@code dimensions[0].rules[1].tiers[0].atLeast} or {@code grades[3].minPoints}; the empty path
 * is the whole document (a document that is not JSON, too large or not UTF-8).
 *
 * <h2>Scheme problem codes</h2>
 * {@link io.github.ficsdk.core.appraisal.scheme.SchemeLoadException#getProblemCode()}:
 * {@code MALFORMED_JSON}, {@code WRONG_TYPE}, {@code REQUIRED}, {@code UNKNOWN_PROPERTY},
 * {@code UNKNOWN_CODE} (subject type), {@code INVALID_DATE}, {@code NEGATIVE},
 * {@code DUPLICATE_CODE} (dimension code), {@code GRADES_EMPTY}, {@code GRADES_NOT_DESCENDING},
 * {@code GRADES_NOT_COVERING_ZERO}, {@code CAPS_TOTAL_MISMATCH}, {@code VALID_TO_BEFORE_FROM},
 * {@code DEFAULT_RECOMMENDATION_NOT_LAST}, {@code UNKNOWN_RULE}, {@code UNKNOWN_PARAMETER},
 * {@code INVALID_PARAMETER}, {@code OUT_OF_RANGE} (a number too large to compute with),
 * {@code INVALID_UTF8}, {@code INVALID_SCHEME} (a document the builder refuses, at the empty path),
 * {@code DOCUMENT_TOO_LARGE} (a document over {@link io.github.ficsdk.core.appraisal.scheme.Scheme#MAX_DOCUMENT_BYTES}
 * (1 MiB) or the limit given to {@code Scheme.read}, refused before it is parsed; the message names
 * the file and the limit), {@code LIMIT_EXCEEDED} (nesting deeper than 64, a number longer than 100
 * characters or a text longer than 1,048,576 characters: Jackson's stream read constraints).
 * A leading UTF-8 byte order mark is skipped.
 *
 * @since 0.1
 */
@ValueStyle
package io.github.ficsdk.core.appraisal.scheme;

import io.github.ficsdk.validation.ValueStyle;
