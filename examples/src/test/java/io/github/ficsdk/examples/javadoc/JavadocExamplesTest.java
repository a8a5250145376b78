package io.github.ficsdk.examples.javadoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code <pre>{@code …}</pre>} examples of the entry points' Javadoc compile and print what
 * their comments say: each block is taken from the source as it is, compiled with javax.tools in a
 * method after a context (the variables it names), and run; a statement line ending in a comment
 * that gives a value ({@code x.getName();   // "走访商会协会"}, {@code // 196}, {@code // true: …})
 * is checked against {@code String.valueOf} of the expression. An example that no longer compiles,
 * or whose value changed, fails here.
 */
public class JavadocExamplesTest {

    /** The repository root, from the examples module folder that Surefire runs in. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final String IMPORTS = String.join("\n",
            "import io.github.ficsdk.validation.*;", "import io.github.ficsdk.core.*;",
            "import io.github.ficsdk.core.activity.*;", "import io.github.ficsdk.core.appraisal.*;",
            "import io.github.ficsdk.core.appraisal.scheme.*;", "import io.github.ficsdk.core.appraisal.spi.*;",
            "import io.github.ficsdk.core.io.*;", "import io.github.ficsdk.core.member.*;",
            "import io.github.ficsdk.core.money.*;", "import io.github.ficsdk.core.org.*;",
            "import io.github.ficsdk.core.period.*;", "import io.github.ficsdk.core.proposal.*;",
            "import io.github.ficsdk.report.*;", "import io.github.ficsdk.examples.seed.SeedDataset;",
            "import java.util.*;", "import java.time.*;", "import java.math.BigDecimal;",
            "import java.nio.file.*;", "import java.util.concurrent.*;", "import java.util.concurrent.atomic.LongAdder;", "");

    private static final String SEED = "SeedDataset seed = SeedDataset.generate();\n";
    private static final String FOLDER = SEED + "Path folder = Files.createTempDirectory(\"fic-javadoc-\");\n"
            + "Dataset dataset = seed.writeTo(folder);\n";
    private static final String QUERY = "ReportQuery query = ReportQuery.builder().period(ReportingPeriod.parse(\"2017-H1\"))"
            + ".scope(\"F330400\").build();\n";
    private static final String MENTORING = "static final class MentoringHours implements CustomIndicator {\n"
            + "public String getCode() { return \"X_MENTORING.HOURS\"; }\n"
            + "public String getName() { return \"导师辅导时长\"; }\n"
            + "public String getEnglishName() { return \"mentoring hours\"; }\n"
            + "public String getUnit() { return \"小时\"; }\n"
            + "public boolean selects(Activity a) { return true; }\n"
            + "public BigDecimal measure(Activity a) { return BigDecimal.ZERO; } }\n";

    /** One example: the file, which block of it, what it needs declared before it, and members. */
    private record Example(String file, int block, String context, String members) {
        String name() {
            return file.substring(file.lastIndexOf('/') + 1) + " #" + block;
        }
    }

    private static final List<Example> EXAMPLES = List.of(
            new Example("report/src/main/java/io/github/ficsdk/report/IndicatorCatalog.java", 0, "", MENTORING),
            new Example("report/src/main/java/io/github/ficsdk/report/ReportEngine.java", 0, SEED
                    + "List<Federation> federations = seed.federations(); List<Chamber> chambers = seed.chambers();\n"
                    + "List<PartyOrganization> parties = seed.partyOrganizations(); List<AnnualTarget> targets = seed.targets();\n"
                    + "List<Activity> activities = seed.activities(); List<Proposal> proposals = seed.proposals();\n", ""),
            new Example("report/src/main/java/io/github/ficsdk/report/ReportEngine.java", 1,
                    FOLDER + QUERY + "ReportEngine engine = ReportEngine.standard();\n", ""),
            new Example("report/src/main/java/io/github/ficsdk/report/Report.java", 0, FOLDER + QUERY, ""),
            new Example("report/src/main/java/io/github/ficsdk/report/ReportQuery.java", 0, "", ""),
            new Example("report/src/main/java/io/github/ficsdk/report/IndicatorCode.java", 0, "", ""),
            new Example("report/src/main/java/io/github/ficsdk/report/CustomIndicator.java", 0, "", "MEMBER"),
            new Example("report/src/main/java/io/github/ficsdk/report/ExtensionSumIndicator.java", 0, "", "MEMBER"),
            new Example("core/src/main/java/io/github/ficsdk/core/appraisal/SchemeCatalog.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/member/Enterprise.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/member/package-info.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/org/Federation.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/activity/Activity.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/activity/ActivityKind.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/period/ReportingPeriod.java", 0, "", ""),
            new Example("core/src/main/java/io/github/ficsdk/core/money/Yuan.java", 0, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/CreditCode.java", 0, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/CreditCode.java", 1, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/CreditCode.java", 2, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/CreditCode.java", 3, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/OrganizationCode.java", 0, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/DivisionCode.java", 0, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/MobileNumber.java", 0, "", ""),
            new Example("validation/src/main/java/io/github/ficsdk/validation/SafeText.java", 0, "", ""));

    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code\\n(.*?)\\}</pre>", Pattern.DOTALL);
    /** A value comment: a quoted string, or one token ended by the line, ':' or ' ('. */
    private static final Pattern VALUE = Pattern.compile("^(\"(?:[^\"\\\\]|\\\\.)*\"|[^\\s:(\"]+)(?:$|:| \\().*");

    @TempDir
    static Path out;

    @TestFactory
    Stream<DynamicTest> examples() {
        return EXAMPLES.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> run(e)));
    }

    /** Returns the n-th {@code <pre>{@code …}</pre>} block of a source file, without the comment's stars. */
    static String block(Path file, int n) throws Exception {
        Matcher m = BLOCK.matcher(Files.readString(file));
        for (int i = 0; i <= n; i++) {
            if (!m.find()) {
                fail(file + " has no example #" + n);
            }
        }
        return m.group(1).replaceAll("(?m)^\\s*\\* ?", "").replace("&#64;", "@");
    }

    /** Turns the statement lines that end in a value comment into checks; returns the code and the number of checks. */
    static List<String> transform(String code, String where) {
        List<String> lines = new ArrayList<>(List.of(code.split("\n")));
        List<String> result = new ArrayList<>();
        int checks = 0;
        boolean statementStart = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf("//");
            String codePart = (comment >= 0 ? line.substring(0, comment) : line).strip();
            String commentPart = comment >= 0 ? line.substring(comment + 2).strip() : "";
            if (codePart.isEmpty() && !commentPart.isEmpty() && i > 0 && !result.isEmpty()
                    && result.get(result.size() - 1).startsWith("/*checkable*/")) {
                // a value comment on its own line under the expression
                String previous = result.remove(result.size() - 1).substring("/*checkable*/".length());
                String expected = expected(commentPart);
                if (expected != null) {
                    result.add(check(previous, expected, where + ":" + i));
                    checks++;
                } else {
                    result.add(previous);
                }
                continue;
            }
            boolean expression = statementStart && codePart.endsWith(";") && !codePart.contains(" = ")
                    && !codePart.startsWith("return ") && !codePart.matches("^[A-Z][\\w.<>, ]*\\s+\\w+\\s*=.*");
            String expected = expression && !commentPart.isEmpty() ? expected(commentPart) : null;
            if (expected != null) {
                result.add(check(codePart, expected, where + ":" + (i + 1)));
                checks++;
            } else if (expression && commentPart.isEmpty()) {
                result.add("/*checkable*/" + codePart);
            } else {
                result.add(line);
            }
            if (!codePart.isEmpty()) {
                statementStart = codePart.endsWith(";") || codePart.endsWith("{") || codePart.endsWith("}");
            }
        }
        List<String> done = new ArrayList<>();
        for (String r : result) {
            done.add(r.startsWith("/*checkable*/") ? r.substring("/*checkable*/".length()) : r);
        }
        return List.of(String.join("\n", done), Integer.toString(checks));
    }

    private static String expected(String comment) {
        if (comment.contains("…")) {
            return null;
        }
        Matcher m = VALUE.matcher(comment);
        if (!m.matches()) {
            return null;
        }
        String token = m.group(1);
        if (token.startsWith("\"")) {
            return token;
        }
        if (token.matches("[a-z]+") && !token.equals("true") && !token.equals("false")) {
            return null; // a word of explanation ("unchanged: …"), not a value
        }
        return "\"" + token.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String check(String statement, String expected, String where) {
        String expression = statement.substring(0, statement.length() - 1);
        return "check(" + expression + ", " + expected + ", \"" + where.replace("\\", "/") + "\");";
    }

    /** Compares the shown value: {@code String.valueOf}, an enum also as {@code Type.NAME}. */
    public static void check(Object actual, String expected, String where) {
        String shown = String.valueOf(actual);
        if (actual instanceof Enum<?> e && expected.equals(e.getDeclaringClass().getSimpleName() + "." + e.name())) {
            return;
        }
        assertEquals(expected, shown, where);
    }

    private static void run(Example e) throws Exception {
        String code = block(ROOT.resolve(e.file()), e.block());
        String className = "Example" + Math.abs((e.file() + e.block()).hashCode());
        String source;
        int checks = 0;
        if (e.members().equals("MEMBER")) {
            source = IMPORTS + "public class " + className + " {\n" + code.replace("public final class", "static final class")
                    + "\npublic static void run() {}\n}\n";
        } else {
            List<String> t = transform(code, e.name());
            checks = Integer.parseInt(t.get(1));
            source = IMPORTS + "import static " + JavadocExamplesTest.class.getName() + ".check;\n"
                    + "public class " + className + " {\n" + e.members()
                    + "public static void run() throws Exception {\n" + e.context() + t.get(0) + "\n}\n}\n";
        }
        Path dir = out.resolve(className);
        Files.createDirectories(dir);
        Path file = dir.resolve(className + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, null, null, List.of("-d", dir.toString(), "-classpath",
                System.getProperty("java.class.path"), "-proc:none", "-encoding", "UTF-8"), null,
                javac.getStandardFileManager(null, null, java.nio.charset.StandardCharsets.UTF_8)
                        .getJavaFileObjects(file)).call();
        assertTrue(ok, "the example " + e.name() + " does not compile:\n" + log + "\n" + source);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, JavadocExamplesTest.class.getClassLoader())) {
            loader.loadClass(className).getMethod("run").invoke(null);
        } catch (InvocationTargetException ex) {
            if (ex.getCause() instanceof AssertionError a) {
                throw new AssertionError("the example " + e.name() + " does not print what it says: " + a.getMessage(), a);
            }
            throw new AssertionError("the example " + e.name() + " fails: " + ex.getCause(), ex.getCause());
        }
        if (code.contains("//") && !e.members().equals("MEMBER")) {
            assertTrue(checks > 0 || !code.matches("(?s).*;\\s*//\\s*\".*"), e.name() + " has value comments none of which is checked");
        }
    }
}
