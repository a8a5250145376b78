package io.github.ficsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.Veto;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import java.io.File;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DocumentationTool;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builders a user can read: every method documented, no generated name shown, no odd names. */
class BuilderJavadocTest {

    private static final List<String> PACKAGES = List.of("io.github.ficsdk.core.org", "io.github.ficsdk.core.member",
            "io.github.ficsdk.core.activity", "io.github.ficsdk.core.proposal", "io.github.ficsdk.core.appraisal.scheme");

    /** The public builders of the value types: every nested class named Builder of the packages. */
    private static List<Class<?>> builders() throws Exception {
        List<Class<?>> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = Path.of("src/main/java", pkg.replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".java") && Files.readString(f).contains("public static final class Builder extends")) {
                        found.add(Class.forName(pkg + "." + name.replace(".java", "") + "$Builder"));
                    }
                }
            }
        }
        return found;
    }

    /** The anchor javadoc gives a method: name(erased, parameter, types). */
    private static String anchor(Method m) {
        Class<?>[] types = m.getParameterTypes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < types.length; i++) {
            boolean varargs = m.isVarArgs() && i == types.length - 1;
            Class<?> t = varargs ? types[i].getComponentType() : types[i];
            names.add(t.getCanonicalName() + (varargs ? "..." : ""));
        }
        return "id=\"" + m.getName() + "(" + String.join(",", names) + ")\"";
    }

    @Test
    void javadoc_documentsEveryBuilderMethodWithoutGeneratedNames(@TempDir Path out) throws Exception {
        List<Class<?>> builders = builders();
        assertTrue(builders.size() >= 18, builders.toString());
        DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
        // the sources without module-info.java: javadoc then documents the packages on the class path
        Path sources = out.resolve("src");
        Path main = Path.of("src/main/java");
        try (java.util.stream.Stream<Path> files = Files.walk(main)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("module-info.java"))::iterator) {
                Path to = sources.resolve(main.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        Path docs = out.resolve("docs");
        List<String> args = new ArrayList<>(List.of("-quiet", "-public", "-Xdoclint:none", "-d", docs.toString(),
                "-sourcepath", sources + File.pathSeparator + "target/generated-sources/annotations",
                "-classpath", System.getProperty("java.class.path"), "--release", "17", "-encoding", "UTF-8"));
        args.addAll(PACKAGES);
        StringWriter log = new StringWriter();
        int status = javadoc.getTask(log, null, null, null, args, null).call() ? 0 : 1;
        assertEquals(0, status, log.toString());
        for (Class<?> builder : builders) {
            String page = Files.readString(docs.resolve(builder.getName().replace('.', '/').replace('$', '.') + ".html"));
            for (Method m : builder.getMethods()) {
                if (m.getDeclaringClass() == Object.class || !Modifier.isPublic(m.getModifiers()) || m.isBridge()
                        || m.isSynthetic()) {
                    continue;
                }
                String anchor = anchor(m);
                int at = page.indexOf("<section class=\"detail\" " + anchor);
                assertTrue(at >= 0, builder.getName() + " does not document " + m);
                String detail = page.substring(at, page.indexOf("</section>", at));
                assertTrue(detail.contains("class=\"block\""), builder.getName() + "." + m.getName() + " has no description");
            }
            assertFalse(java.util.regex.Pattern.compile("Immutable[A-Z]").matcher(page).find(),
                    builder.getName() + " shows a generated name");
            // the value type documents its withX copies
            Class<?> value = builder.getEnclosingClass();
            String valuePage = Files.readString(docs.resolve(value.getName().replace('.', '/') + ".html"));
            for (Method m : value.getMethods()) {
                if (m.getName().startsWith("with") && !m.isBridge() && !m.isSynthetic()) {
                    assertTrue(valuePage.contains("<section class=\"detail\" " + anchor(m)), value.getName()
                            + " does not document " + m);
                }
            }
            java.util.regex.Matcher hidden = java.util.regex.Pattern.compile("With" + value.getSimpleName() + "|Immutable[A-Z]")
                    .matcher(valuePage);
            int generated = hidden.find() ? hidden.start() : -1;
            assertTrue(generated < 0, value.getName() + " shows a generated name: "
                    + valuePage.substring(Math.max(0, generated - 200), Math.min(valuePage.length(), generated + 100)));
        }
    }

    @Test
    void scheme_addsOneVeto() throws Exception {
        assertEquals(Scheme.Builder.class, Scheme.Builder.class.getMethod("addVeto", Veto.class).getReturnType());
        assertEquals(Scheme.Builder.class, Scheme.Builder.class.getMethod("addVetoes", Veto[].class).getReturnType());
        assertFalse(Arrays.stream(Scheme.Builder.class.getMethods()).anyMatch(m -> m.getName().equals("addVetoe")),
                Arrays.stream(Scheme.Builder.class.getMethods()).map(Method::getName).collect(Collectors.joining(", ")));
    }

    @Test
    void build_aMissingRequiredPropertyIsAnIllegalStateExceptionNamingIt() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Federation.builder().id("F1").name("嘉兴市工商联").division("330400").build());
        assertTrue(e.getMessage().contains("level") && !e.getMessage().contains("Immutable"), e.getMessage());
    }

    @Test
    void parent_optionalEmptyIsTheDocumentedNoParent() {
        Federation f = Federation.builder().id("F1").name("嘉兴市工商联").level(FederationLevel.CITY).division("330400")
                .parent(Optional.empty()).build();
        assertEquals(Optional.empty(), f.getParent());
    }

    @Test
    void jackson_anyMapperUsesThePublicTypeNotTheGeneratedOne() throws Exception {
        Activity a = Activity.builder().id("A1").kind(ActivityKind.parse("VISIT")).start(LocalDate.of(2017, 3, 1))
                .addOrganizer("F330400").build();
        ObjectMapper plain = new ObjectMapper();
        assertEquals(FicJson.mapper().writeValueAsString(a), plain.writeValueAsString(a));
        assertEquals(a, plain.readValue(plain.writeValueAsString(a), Activity.class));
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> plain.readValue(
                "{\"a\":{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-13-01\",\"organizers\":[\"F1\"]}}",
                Holder.class));
        assertTrue(e.getMessage().contains("start") && !e.getMessage().contains("Immutable"), e.getMessage());
    }

    @Test
    void withX_copiesWithOnePropertyChangedAndChecksTheCopy() {
        Activity a = Activity.builder().id("A1").kind(ActivityKind.parse("VISIT")).start(LocalDate.of(2017, 3, 1))
                .addOrganizer("F330400").build();
        Activity titled = a.withTitle("走访");
        assertEquals(Optional.of("走访"), titled.getTitle());
        assertEquals(a, titled.withTitle(Optional.empty()));
        assertEquals(Optional.empty(), a.getTitle());
        org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> a.withEnd(LocalDate.of(2017, 2, 1)));
        Federation f = Federation.builder().id("F1").name("嘉兴市工商联").level(FederationLevel.CITY).division("330400")
                .build();
        assertEquals(Optional.of("F0"), f.withParent("F0").getParent());
    }

    /** A user's type holding an activity. */
    static final class Holder {
        public Activity a;
    }
}
