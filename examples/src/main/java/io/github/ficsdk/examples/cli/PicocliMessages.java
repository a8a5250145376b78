package io.github.ficsdk.examples.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * picocli's own messages (unknown option, missing option, invalid value …) in the language of the
 * run: picocli writes them in English only, so under {@code --lang zh} the app says them in Chinese.
 * A message of a form not known here stays as picocli wrote it.
 *
 * @since 0.1
 */
public final class PicocliMessages {

    /** A form of picocli's message and its Chinese wording ({@code $1} … are the parts). */
    private record Form(Pattern pattern, String chinese) {}

    private static final List<Form> FORMS = List.of(
            form("Missing required options?: (.+)", "缺少必需的选项：$1"),
            form("Missing required parameter for option '(.+?)' \\((.+)\\)", "选项 '$1' 缺少取值（$2）"),
            form("Missing required parameters?: (.+)", "缺少必需的参数：$1"),
            form("Unknown options?: (.+)", "未知选项：$1"),
            form("Unmatched argument at index (\\d+): (.+)", "无法识别的参数（位置 $1）：$2"),
            form("Unmatched arguments from index (\\d+): (.+)", "无法识别的参数（从位置 $1 起）：$2"),
            form("Invalid value for option '(.+?)': expected one of \\[(.+)\\] \\(case-insensitive\\) but was '(.*)'",
                    "选项 '$1' 的取值无效：应为 $2 之一（不区分大小写），实为 '$3'"),
            form("Invalid value for option '(.+?)': '(.*)' is not an? (.+)", "选项 '$1' 的取值无效：'$2' 不是$3"),
            form("Invalid value for option '(.+?)': (.+)", "选项 '$1' 的取值无效：$2"),
            form("option '(.+?)' \\((.+?)\\) should be specified only once", "选项 '$1'（$2）只能给出一次"),
            form("Expected parameter for option '(.+?)' but found '(.*)'", "选项 '$1' 需要取值，却遇到 '$2'"),
            form("Option '(.+?)' \\((.+?)\\) should be specified only once", "选项 '$1'（$2）只能给出一次"));

    private PicocliMessages() {}

    private static Form form(String regex, String chinese) {
        return new Form(Pattern.compile(regex, Pattern.DOTALL), chinese);
    }

    /**
     * Returns picocli's message in a language.
     *
     * @param message  the message picocli wrote, may be null
     * @param lang     the language, not null
     * @return the message in that language (as it is under {@code en}, or when its form is unknown), never null
     */
    public static String translate(String message, Lang lang) {
        if (message == null) {
            return "";
        }
        if (lang == Lang.EN) {
            return message;
        }
        for (Form form : FORMS) {
            Matcher m = form.pattern().matcher(message.trim());
            if (m.matches()) {
                return m.replaceFirst(form.chinese());
            }
        }
        return message;
    }
}
