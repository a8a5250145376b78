package io.github.ficsdk.core.io;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Short descriptions of the problem codes of {@code fic-core} in Chinese and English, such as
 * {@code END_BEFORE_START} = 结束日期早于开始日期, and the localisation of a problem's message.
 *
 * <p>The messages that the readers put in a {@link DatasetProblem} are English details ("end must
 * not be before start - but was: end 2017-03-01, start 2017-03-05"); Bean Validation messages are
 * already in the validator's language. {@link #localize(DatasetProblem, Locale)} puts the
 * description of the code in front of an English detail for a Chinese reader:
 *
 * <pre>{@code
 * DatasetProblem zh = ProblemMessages.localize(problem, Locale.SIMPLIFIED_CHINESE);
 * zh.message();   // "结束日期早于开始日期：end must not be before start - but was: …"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ProblemMessages {

    private static final String BUNDLE = "io.github.ficsdk.core.io.ProblemMessages";

    private ProblemMessages() {}

    /**
     * Returns the short description of a problem code of {@code fic-core}.
     *
     * @param code    the problem code, such as {@code END_BEFORE_START}, not null
     * @param locale  the language: Chinese for any {@code zh} locale, English otherwise; not null
     * @return the description, empty for a code that {@code fic-core} does not define; never null
     */
    public static Optional<String> describe(String code, Locale locale) {
        Objects.requireNonNull(code, "code");
        Locale bundleLocale = "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return Optional.of(bundle.getString(code));
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns a problem with its message for readers of a language: for Chinese, an English
     * detail gets the Chinese description of its code in front ({@code 描述：detail}); a message
     * that is already Chinese, a code {@code fic-core} does not define, or English stay as they are.
     *
     * @param problem  the problem, not null
     * @param locale   the language, not null
     * @return the problem, never null
     */
    public static DatasetProblem localize(DatasetProblem problem, Locale locale) {
        if (!"zh".equals(locale.getLanguage()) || hasChinese(problem.message())) {
            return problem;
        }
        return describe(problem.code(), locale)
                .map(d -> new DatasetProblem(problem.file(), problem.line(), problem.id(), problem.path(),
                        problem.severity(), problem.code(), d + "：" + problem.message()))
                .orElse(problem);
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
