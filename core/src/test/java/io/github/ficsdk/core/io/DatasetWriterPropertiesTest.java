package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ficsdk.core.org.Federation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever record a write fails at, and whichever file of the dataset it is, the folder (and the
 * single file) keeps its old content, and nothing else is left next to it.
 */
class DatasetWriterPropertiesTest {

    @Property(tries = 40)
    void aWriterFailingAnywhere_leavesTheOldFolder(@ForAll @IntRange(min = 0, max = 40) int failAfter,
            @ForAll @IntRange(min = 0, max = 2) int failingFile, @ForAll boolean folderExists) throws IOException {
        Path parent = Files.createTempDirectory("fic-writer-");
        try {
            Path folder = parent.resolve("dataset");
            if (folderExists) {
                Dataset.of(folder).write(DatasetFile.FEDERATIONS, DatasetWriterTest.federations(7));
                Dataset.of(folder).write(DatasetFile.CHAMBERS, List.of());
            }
            Map<String, String> before = DatasetWriterTest.contents(folder);
            List<Federation> records = DatasetWriterTest.federations(40);
            assertThrows(IllegalStateException.class, () -> {
                try (DatasetWriter writer = Dataset.writer(folder)) {
                    for (int f = 0; f < 3; f++) {
                        writer.write(DatasetFile.FEDERATIONS,
                                f == failingFile ? DatasetWriterTest.failingAfter(records, failAfter) : records);
                    }
                    writer.commit();
                }
            });
            assertEquals(before, DatasetWriterTest.contents(folder));
            assertEquals(folderExists ? List.of("dataset") : List.of(), DatasetWriterTest.names(parent));
            assertThrows(IllegalStateException.class, () -> Dataset.of(folder).write(DatasetFile.FEDERATIONS,
                    DatasetWriterTest.failingAfter(records, failAfter)));
            assertEquals(before, DatasetWriterTest.contents(folder));
        } finally {
            try (Stream<Path> paths = Files.walk(parent)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
