package io.github.ficsdk.core.io;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Short descriptions of the problem codes in Chinese and English, such as
 * {@code END_BEFORE_START} = 结束日期早于开始日期, and the localisation of a problem's message: a view
 * of the {@linkplain ProblemCode problem catalogue} for the codes whose messages the SDK writes as
 * English details (not those of Bean Validation constraints, whose messages come from their bundles).
 *
 * <p>The messages that the readers put in a {@link DatasetProblem} are English details ("end must
 * not be before start - but was: end 2017-03-01, start 2017-03-05"); Bean Validation messages are
 * already in the validator's language. {@link #localize(DatasetProblem, Locale)} puts the
 * description of the code in front of an English detail for a Chinese reader:
 *
 * <pre>{@code
 * DatasetProblem zh = ProblemMessages.localize(problem, Locale.SIMPLIFIED_CHINESE);
 * zh.getMessage();   // "结束日期早于开始日期：end must not be before start - but was: …"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProblemMessages {

    private ProblemMessages() {}

    /**
     * Returns the short description of a problem code whose messages are English details, from the
     * {@linkplain ProblemCode#getDescription(Locale) catalogue}.
     *
     * @param code    the problem code, such as {@code END_BEFORE_START}, not null
     * @param locale  the language: Chinese for any {@code zh} locale, English otherwise; not null
     * @return the description, empty for a code not in the catalogue or
     *         {@linkplain ProblemCode#isLocalizedByValidator() localized by the validator} (such as
     *         {@code CREDIT_CODE_CHECK_CHARACTER}); never null
     */
    public static Optional<String> describe(String code, Locale locale) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(locale, "locale");
        return ProblemCode.find(code).filter(c -> !c.isLocalizedByValidator()).map(c -> c.getDescription(locale));
    }

    /**
     * Returns a problem with its message for readers of a language: for Chinese, an English
     * detail gets the Chinese description of its code in front ({@code 描述：detail}); a message
     * that is already Chinese, a code {@link #describe(String, Locale)} does not describe, or
     * English stay as they are.
     *
     * @param problem  the problem, not null
     * @param locale   the language, not null
     * @return the problem, never null
     */
    public static DatasetProblem localize(DatasetProblem problem, Locale locale) {
        if (!"zh".equals(locale.getLanguage()) || hasChinese(problem.getMessage())) {
            return problem;
        }
        return describe(problem.getProblemCode(), locale)
                .map(d -> DatasetProblem.of(problem.getFile(), problem.getLine(), problem.getId().orElse(null), problem.getProblemPath(),
                        problem.getSeverity(), problem.getProblemCode(), d + "：" + problem.getMessage()))
                .map(p -> problem.getWaiver().map(p::withWaiver).orElse(p))
                .orElse(problem);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
