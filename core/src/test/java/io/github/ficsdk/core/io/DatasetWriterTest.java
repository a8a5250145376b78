package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing files and folders of a dataset: a write that fails midway leaves the old content, never a part. */
class DatasetWriterTest {

    static List<Federation> federations(int n) {
        List<Federation> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(Federation.builder().id("F" + (330400 + i)).name("工商联" + i).level(FederationLevel.COUNTY)
                    .division("330400").build());
        }
        return list;
    }

    /** The records, then a failure after {@code failAfter} of them (as a reader or a generator may fail). */
    static <T> Iterable<T> failingAfter(List<T> records, int failAfter) {
        return () -> new Iterator<T>() {
            int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                if (next == failAfter || next == records.size()) {
                    throw new IllegalStateException("the source failed after " + next + " records");
                }
                return records.get(next++);
            }
        };
    }

    /** Every file under a folder (hidden ones too) with its content. */
    static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> map = new TreeMap<>();
        if (!Files.exists(folder)) {
            return map;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                map.put(folder.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void write_failingMidway_leavesTheOldFileIntact(@TempDir Path folder) throws IOException {
        Dataset dataset = Dataset.of(folder);
        dataset.write(DatasetFile.FEDERATIONS, federations(3));
        Map<String, String> before = contents(folder);
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> dataset.write(DatasetFile.FEDERATIONS, failingAfter(federations(50), 20)));
        assertTrue(failed.getMessage().contains("after 20 records"), failed.getMessage());
        assertEquals(before, contents(folder), "the old file, and no temporary file left");
        assertEquals(List.of("federations.jsonl"), names(folder));
        assertEquals(3, dataset.readAll(DatasetFile.FEDERATIONS).size());
    }

    @Test
    void write_replacesTheFileWithTheNewRecords(@TempDir Path folder) throws IOException {
        Dataset dataset = Dataset.of(folder.resolve("new"));
        dataset.write(DatasetFile.FEDERATIONS, federations(3));
        dataset.write(DatasetFile.FEDERATIONS, federations(2));
        assertEquals(federations(2), dataset.readAll(DatasetFile.FEDERATIONS));
        assertEquals(List.of("federations.jsonl"), names(folder.resolve("new")));
    }

    @Test
    void writer_failingMidway_leavesNoFolder(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("dataset");
        try (DatasetWriter writer = Dataset.writer(folder)) {
            writer.write(DatasetFile.FEDERATIONS, federations(3));
            assertThrows(IllegalStateException.class,
                    () -> writer.write(DatasetFile.CHAMBERS, failingAfter(List.of(), 0)));
        }
        assertFalse(Files.exists(folder));
        assertEquals(List.of(), names(parent), "no temporary folder left");
    }

    @Test
    void writer_failingMidway_leavesTheOldFolderIntact(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("dataset");
        Dataset.of(folder).write(DatasetFile.FEDERATIONS, federations(4));
        Files.writeString(folder.resolve("evidence.jsonl"), "{}\n");
        Map<String, String> before = contents(folder);
        assertThrows(IllegalStateException.class, () -> {
            try (DatasetWriter writer = Dataset.writer(folder)) {
                writer.write(DatasetFile.FEDERATIONS, failingAfter(federations(10), 5));
                writer.commit();
            }
        });
        assertEquals(before, contents(folder));
        assertEquals(List.of("dataset"), names(parent));
    }

    @Test
    void writer_commitAfterAFailedWrite_isRefused(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("dataset");
        try (DatasetWriter writer = Dataset.writer(folder)) {
            assertThrows(IllegalStateException.class,
                    () -> writer.write(DatasetFile.FEDERATIONS, failingAfter(federations(10), 5)));
            IllegalStateException e = assertThrows(IllegalStateException.class, writer::commit);
            assertTrue(e.getMessage().contains("federations.jsonl"), e.getMessage());
        }
        assertFalse(Files.exists(folder));
    }

    @Test
    void writer_commit_replacesTheFolderAsAWhole(@TempDir Path parent) throws IOException {
        Path folder = parent.resolve("dataset");
        Dataset.of(folder).write(DatasetFile.FEDERATIONS, federations(4));
        Files.writeString(folder.resolve("stale.txt"), "old\n");
        Dataset dataset;
        try (DatasetWriter writer = Dataset.writer(folder)) {
            writer.write(DatasetFile.FEDERATIONS, federations(2)).write(DatasetFile.CHAMBERS, List.of());
            assertTrue(Files.exists(folder.resolve("stale.txt")), "nothing changes before commit");
            dataset = writer.commit();
        }
        assertEquals(List.of("chambers.jsonl", "federations.jsonl"), names(folder));
        assertEquals(federations(2), dataset.readAll(DatasetFile.FEDERATIONS));
        assertEquals(List.of("dataset"), names(parent), "the old folder is deleted, no temporary one is left");
    }

    @Test
    void writer_afterCommit_refusesToWrite(@TempDir Path parent) {
        DatasetWriter writer = Dataset.writer(parent.resolve("d"));
        writer.commit();
        assertThrows(IllegalStateException.class, () -> writer.write(DatasetFile.CHAMBERS, List.of()));
        assertThrows(IllegalStateException.class, writer::commit);
        writer.close();
        assertTrue(Files.isDirectory(parent.resolve("d")));
    }

    @Test
    void writer_intoAFile_isRefused(@TempDir Path parent) throws IOException {
        Path file = Files.writeString(parent.resolve("data"), "x");
        assertThrows(UncheckedIOException.class, () -> Dataset.writer(file));
        assertEquals("x", Files.readString(file));
    }

    /** A stream that fails once it has taken {@code limit} bytes, as a full disk does. */
    static final class FullAfter extends OutputStream {
        private final int limit;
        private int written;

        FullAfter(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                throw new IOException("No space left on device");
            }
            written += len;
        }
    }

    @Test
    void jsonLinesWriter_onAFullStream_throws() {
        Exception e = assertThrows(Exception.class, () -> {
            try (JsonLinesWriter<Federation> writer = JsonLinesWriter.open(DatasetFile.FEDERATIONS, new FullAfter(5000))) {
                writer.writeAll(federations(2000));
            }
        });
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        assertTrue(cause instanceof IOException && cause.getMessage().contains("No space"), String.valueOf(e));
    }

    @Test
    void jsonLinesWriter_onDevFull_throws() {
        Path full = Path.of("/dev/full");
        Assumptions.assumeTrue(Files.exists(full), "no /dev/full");
        Exception e = assertThrows(Exception.class, () -> {
            try (JsonLinesWriter<Federation> writer = JsonLinesWriter.open(DatasetFile.FEDERATIONS,
                    new FileOutputStream(full.toFile()))) {
                writer.writeAll(federations(10));
            }
        });
        assertTrue(e instanceof IOException || e instanceof UncheckedIOException, String.valueOf(e));
    }
}
