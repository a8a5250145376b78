package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.examples.cli.Lang;
import io.github.ficsdk.examples.cli.PicocliMessages;
import io.github.ficsdk.examples.seed.SeedDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --lang}: given at the top level it holds for the command (a command's own wins); the help
 * and picocli's own messages come in the chosen language; English counts agree in number.
 */
class FicAppLangTest {

    @TempDir
    static Path seed;

    @BeforeAll
    static void setUp() {
        SeedDataset.generate().writeTo(seed);
    }

    @Test
    void topLevelLang_isAccepted_andInheritedByTheCommand() {
        Run en = Run.of("--lang", "en", "validate", "--data", seed.toString(), "--format", "text");
        assertEquals(0, en.status(), en.err());
        assertTrue(en.out().contains("total: "), en.out());
        assertFalse(en.out().contains("合计"), en.out());

        Run zh = Run.of("validate", "--data", seed.toString(), "--format", "text");
        assertEquals(0, zh.status(), zh.err());
        assertTrue(zh.out().contains("合计："), zh.out());
    }

    @Test
    void aCommandsOwnLang_winsOverTheTopLevelOne() {
        Run run = Run.of("--lang", "en", "validate", "--data", seed.toString(), "--format", "text", "--lang", "zh");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("合计："), run.out());
        Run equals = Run.of("--lang=en", "validate", "--data", seed.toString(), "--format", "text");
        assertTrue(equals.out().contains("total: "), equals.out());
    }

    @Test
    void topLevelLang_setsTheLanguageOfErrorsOfTheCommand() {
        Run run = Run.of("--lang", "en", "validate", "--data", "/no/such/folder");
        assertEquals(2, run.status());
        assertEquals("error: --data: folder /no/such/folder does not exist; give the folder that holds the dataset\n",
                run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "validate", "appraise", "demo"})
    void help_isChineseByDefault(String command) {
        Run run = command.isEmpty() ? Run.of("--help") : Run.of(command, "--help");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("用法：fic-examples"), run.out());
        assertTrue(run.out().contains("退出状态："), run.out());
        assertTrue(run.out().contains("显示本帮助并退出。"), run.out());
        assertFalse(run.out().contains("Show this help message"), run.out());
        assertFalse(run.out().contains("Exit status"), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "report", "validate", "appraise", "demo"})
    void help_isEnglishWithLangEn(String command) {
        Run run = command.isEmpty() ? Run.of("--lang", "en", "--help") : Run.of("--lang", "en", command, "--help");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("Usage: fic-examples"), run.out());
        assertTrue(run.out().contains("Exit status:"), run.out());
        assertFalse(run.out().contains("用法"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void reportHelp_describesItsOptionsInChinese() {
        Run run = Run.of("report", "--help");
        assertTrue(run.out().contains("统计其下级树的组织 id，例如 F330400。"), run.out());
        assertTrue(run.out().contains("消息与输出文本的语言"), run.out());
    }

    @Test
    void picocliErrors_comeInTheChosenLanguage() {
        Run zh = Run.of("demo", "--bogus");
        assertEquals(2, zh.status());
        assertTrue(zh.err().startsWith("参数错误：未知选项：'--bogus'"), zh.err());
        assertTrue(zh.err().endsWith("（用法见 fic-examples demo --help）\n"), zh.err());

        Run several = Run.of("report");
        assertEquals("参数错误：缺少必需的选项：'--period=P', '--scope=ID'"
                + "（用法见 fic-examples report --help）\n", several.err());

        Run en = Run.of("--lang", "en", "demo", "--bogus");
        assertEquals(2, en.status());
        assertTrue(en.err().startsWith("error: Unknown option: '--bogus'"), en.err());

        Run missing = Run.of("validate");
        assertTrue(missing.err().startsWith("参数错误：请给出 --data 或 --ledger 之一"), missing.err());

        Run noCommand = Run.of("--lang", "en");
        assertEquals(2, noCommand.status());
        assertTrue(noCommand.err().startsWith("error: missing command: report, validate, appraise, demo, import or template"),
                noCommand.err());
        Run keinBefehl = Run.of();
        assertTrue(keinBefehl.err().startsWith("参数错误：缺少命令：report、validate、appraise、demo、import 或 template"), keinBefehl.err());
    }

    @Test
    void invalidLang_isRefusedInChinese() {
        Run run = Run.of("validate", "--data", seed.toString(), "--lang", "fr");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("参数错误：选项 '--lang' 的取值无效："), run.err());
    }

    @Test
    void picocliMessages_ofAnUnknownForm_stayAsTheyAre() {
        assertEquals("something else", PicocliMessages.translate("something else", Lang.ZH));
        assertEquals("Unknown option: '--x'", PicocliMessages.translate("Unknown option: '--x'", Lang.EN));
        assertEquals("未知选项：'--x'", PicocliMessages.translate("Unknown option: '--x'", Lang.ZH));
    }

    @Test
    void oneWarning_isSingular(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("federations.jsonl"),
                "{\"id\":\"F1\",\"name\":\"某工商联\",\"level\":\"CITY\",\"division\":\"330400\"}\n");
        Files.writeString(folder.resolve("notes.jsonl"), "{}\n");
        Run run = Run.of("--lang", "en", "validate", "--data", folder.toString(), "--format", "text");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.out().contains("0 errors, 1 warning\n"), run.out());
    }
}
