package io.github.ficsdk.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.JsonLinesReader;
import io.github.ficsdk.core.io.JsonLinesWriter;
import io.github.ficsdk.report.Report;
import io.github.ficsdk.tabular.Ledger;
import io.github.ficsdk.validation.CreditCode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One style across the public API of the library jars (STYLE.md). */
class ApiStyleTest {

    /**
     * The public types of the API packages (not internal) of the jar or folder holding a class: a
     * {@code target/classes} folder when run alone, the module's jar in a reactor run after
     * {@code package}. Fails when nothing is found, so that the checks cannot pass on an empty list.
     */
    static List<Class<?>> publicTypes(Class<?> of) throws Exception {
        Path location = Path.of(of.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return publicTypes(of, location);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return publicTypes(of, jar.getPath("/"));
        }
    }

    private static List<Class<?>> publicTypes(Class<?> of, Path root) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                if (name.startsWith("META-INF.") || name.contains(".internal.") || name.endsWith("package-info")
                        || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, of.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null
                        || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                    types.add(c);
                }
            }
        }
        assertTrue(types.contains(of), "no public type found beside " + of.getName() + " in " + root.toUri());
        return types;
    }

    static List<Class<?>> api() throws Exception {
        List<Class<?>> all = new ArrayList<>();
        all.addAll(publicTypes(CreditCode.class));
        all.addAll(publicTypes(Dataset.class));
        all.addAll(publicTypes(Report.class));
        all.addAll(publicTypes(Ledger.class));
        return all;
    }

    @Test
    void noRecordsInThePublicApi_gettersEverywhere() throws Exception {
        List<String> records = api().stream().filter(Class::isRecord).map(Class::getName).toList();
        assertEquals(List.of(), records);
    }

    @Test
    void noThirdPartyTypeIsReturned() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> c : api()) {
            if (c == io.github.ficsdk.core.io.FicJson.class) {
                continue; // the Jackson integration itself: its mapper is what it is for
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && mentionsJackson(m.getGenericReturnType())) {
                    found.add(c.getName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static boolean mentionsJackson(Type t) {
        if (t instanceof Class<?> c) {
            return c.getName().startsWith("com.fasterxml.");
        }
        if (t instanceof ParameterizedType p) {
            if (mentionsJackson(p.getRawType())) {
                return true;
            }
            for (Type a : p.getActualTypeArguments()) {
                if (mentionsJackson(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every public method an API type is read through (getters, {@code equals}, {@code hashCode},
     * {@code toString} and the methods of its own) is a method of a public type: inherited from a
     * package-private base (such as a shared abstract getter) it could not be called by reflection,
     * so java.beans, template engines and JSON libraries would fail on it. Left out: the builders'
     * setters and the records' {@code with…} copies, which come from package-private generated
     * supertypes by design (their names must not show); code calls them, reflection does not.
     */
    @Test
    void everyPublicMethod_isDeclaredByAPublicType() throws Exception {
        List<String> found = new ArrayList<>();
        for (Class<?> c : api()) {
            if (c.getSimpleName().equals("Builder")) {
                continue;
            }
            for (Method m : c.getMethods()) {
                boolean copy = m.getName().startsWith("with") && m.getDeclaringClass().isInterface()
                        && m.getDeclaringClass().getSimpleName().equals("With" + c.getSimpleName());
                if (!copy && !reachable(m.getDeclaringClass())) {
                    found.add(c.getName() + "." + m.getName() + " (declared in " + m.getDeclaringClass().getName() + ")");
                }
            }
        }
        assertEquals(List.of(), found);
    }

    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    @Test
    void io_oneRule_uncheckedEverywhere() throws Exception {
        for (Class<?> c : List.of(JsonLinesWriter.class, JsonLinesReader.class)) {
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == c) {
                    assertEquals(0, m.getExceptionTypes().length, c.getSimpleName() + "." + m.getName()
                            + " throws a checked exception");
                }
            }
        }
        assertTrue(JsonLinesWriter.class.getMethod("close").getExceptionTypes().length == 0);
    }

    @Test
    void evidenceTable_takesATypedPeriod() throws Exception {
        org.junit.jupiter.api.Assertions.assertThrows(NoSuchMethodException.class,
                () -> io.github.ficsdk.core.appraisal.EvidenceTable.class.getMethod("builder", String.class));
        org.junit.jupiter.api.Assertions.assertThrows(NoSuchMethodException.class,
                () -> io.github.ficsdk.core.appraisal.EvidenceTable.class.getMethod("empty", String.class));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> io.github.ficsdk.core.period.ReportingPeriod.parse("17"));
        assertEquals("2017", io.github.ficsdk.core.appraisal.EvidenceTable.builder(
                io.github.ficsdk.core.period.ReportingPeriod.parse("2017")).build().getPeriod());
    }
}
