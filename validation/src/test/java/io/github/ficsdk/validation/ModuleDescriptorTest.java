package io.github.ficsdk.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor of this jar exports exactly its API: every package with classes except
 * the {@code internal} ones, so a new API package cannot be forgotten (a user on the module path
 * could not reach it) and no internal package leaks.
 */
class ModuleDescriptorTest {

    static final Path CLASSES = Path.of("target", "classes");

    @Test
    void exportsEveryApiPackage_andNoInternalOne() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        assertEquals("io.github.ficsdk.validation", descriptor.name());
        Set<String> packages;
        try (Stream<Path> files = Files.walk(CLASSES)) {
            packages = files.filter(f -> f.toString().endsWith(".class") && !f.endsWith("module-info.class"))
                    .map(f -> CLASSES.relativize(f.getParent()).toString().replace(java.io.File.separatorChar, '.'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> api = packages.stream().filter(p -> !p.contains(".internal"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> exported = descriptor.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(api, exported);
        assertTrue(descriptor.exports().stream().noneMatch(ModuleDescriptor.Exports::isQualified),
                "no qualified exports: " + descriptor.exports());
    }

    /**
     * The services of the jar are the same on the module path ({@code provides}) as on the class
     * path ({@code META-INF/services}): the same service types, the same providers in the same order.
     */
    @Test
    void providesWhatMetaInfServicesLists() throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(CLASSES.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        java.util.Map<String, java.util.List<String>> provided = new java.util.TreeMap<>();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            provided.put(p.service(), p.providers());
        }
        java.util.Map<String, java.util.List<String>> listed = new java.util.TreeMap<>();
        Path services = CLASSES.resolve("META-INF").resolve("services");
        if (Files.isDirectory(services)) {
            try (Stream<Path> files = Files.list(services)) {
                for (Path f : files.toList()) {
                    listed.put(f.getFileName().toString(), Files.readAllLines(f).stream().map(String::trim)
                            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
                }
            }
        }
        assertEquals(listed, provided);
    }
}
