package io.github.ficsdk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.spark.internal.Problems;
import java.lang.reflect.Modifier;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One style across the public API (STYLE.md, issue #10), for the spark module, which the examples'
 * {@code ApiStyleTest} cannot see: no records in {@code io.github.ficsdk.spark}, JavaBean getters.
 */
class SparkApiStyleTest {

    /** The public types of the module's jar or classes folder, with or without its internal packages. */
    private static List<Class<?>> publicTypes(boolean withInternal) throws Exception {
        Path location = Path.of(FicSpark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return publicTypes(location, withInternal);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return publicTypes(jar.getPath("/"), withInternal);
        }
    }

    private static List<Class<?>> publicTypes(Path root, boolean withInternal) throws Exception {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = root.relativize(f).toString().replace('/', '.').replace(".class", "");
                if (!name.startsWith("io.github.ficsdk.spark.") || (!withInternal && name.contains(".internal."))
                        || name.endsWith("package-info") || name.endsWith("module-info")) {
                    continue;
                }
                Class<?> c = Class.forName(name, false, FicSpark.class.getClassLoader());
                if (Modifier.isPublic(c.getModifiers()) && (c.getEnclosingClass() == null
                        || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                    types.add(c);
                }
            }
        }
        return types;
    }

    @Test
    void noRecordsInThePublicApi() throws Exception {
        List<Class<?>> api = publicTypes(false);
        assertTrue(api.containsAll(List.of(FicSpark.class, SparkSource.class, ReportAggregator.class, PartialReport.class)),
                () -> "the API types were not all found: " + api);
        assertEquals(List.of(), api.stream().filter(Class::isRecord).map(Class::getName).toList());
    }

    @Test
    void theWalkSeesRecords_theInternalOnesAreLeftAlone() throws Exception {
        // the check above is not vacuous: the same walk finds the records of the internal package
        assertTrue(Problems.class.isRecord());
        assertTrue(publicTypes(true).contains(Problems.class));
    }
}
