package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A dataset folder whose files cannot be read as they are: the report is refused, never silently off. */
class ReportFileLevelTest {

    /** A visit of the chamber C1 by the city, with a Chinese title. */
    static String visit(int i) {
        return "{\"id\":\"A" + i + "\",\"kind\":\"VISIT\",\"title\":\"走访南湖区服装商会\",\"start\":\"2017-03-14\","
                + "\"organizers\":[\"F330400\"],\"targets\":[{\"type\":\"CHAMBER\",\"id\":\"C1\"}]}\n";
    }

    static String visits(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append(visit(i));
        }
        return out.toString();
    }

    static Dataset seed(Path folder, int visits) throws IOException {
        Dataset dataset = Dataset.of(folder);
        dataset.write(DatasetFile.FEDERATIONS, Fixtures.organizations().getFederations());
        dataset.write(DatasetFile.CHAMBERS, Fixtures.organizations().getChambers());
        dataset.write(DatasetFile.PARTY_ORGANIZATIONS, Fixtures.organizations().getPartyOrganizations());
        Files.writeString(folder.resolve("activities.jsonl"), visits(visits), StandardCharsets.UTF_8);
        return dataset;
    }

    static Report run(Dataset dataset, int threads) {
        return ReportEngine.standard().run(Fixtures.h1("VISIT.TARGETS.CHAMBER").threads(threads).build(), dataset);
    }

    static Report run(Dataset dataset, int threads, LongAdder lines) {
        return ReportEngine.standard().run(Fixtures.h1("VISIT.TARGETS.CHAMBER").threads(threads).build(), dataset,
                lines);
    }

    static long total(Report report) {
        return report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue().longValueExact();
    }

    static List<String> codes(Report report) {
        return report.getProblems().stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemCode())
                .collect(Collectors.toList());
    }

    @Test
    void run_aByteOrderMarkAtTheStartOfEveryFileIsSkipped(@TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 5);
        for (String name : List.of("federations.jsonl", "chambers.jsonl", "activities.jsonl")) {
            Path file = folder.resolve(name);
            Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Files.readAllBytes(file)));
        }
        Report report = run(dataset, 1);
        assertEquals(List.of(), report.getProblems());
        assertEquals(5, total(report));
        // the scope's children come from federations.jsonl, whose first line carries the mark
        assertEquals(List.of(Fixtures.CITY, Fixtures.NANHU, Fixtures.XIUZHOU), report.getRows());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-16LE", "UTF-16BE"})
    void run_activitiesNotInUtf8_isRefusedWithOneProblem(String charset, @TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 3000);
        Files.write(folder.resolve("activities.jsonl"), visits(3000).getBytes(Charset.forName(charset)));
        Report report = run(dataset, 2);
        assertEquals(List.of("activities.jsonl:0 ENCODING"), codes(report));
        assertTrue(report.isRefused());
        assertEquals(List.of(), report.getValues());
        assertTrue(report.getProblems().get(0).getMessage().contains(charset.equals("GBK") ? "GB18030/GBK" : charset));
        assertEquals(Map.of("ENCODING", 1L), report.getProblemCounts());
    }

    @Test
    void run_organisationsNotInUtf8_isRefused(@TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 3);
        Path federations = folder.resolve("federations.jsonl");
        Files.write(federations, Files.readString(federations).getBytes(Charset.forName("GB18030")));
        Report report = run(dataset, 1);
        assertTrue(report.isRefused());
        assertEquals("federations.jsonl:0 ENCODING", codes(report).get(0));
    }

    @Test
    void run_folderWithoutDatasetFiles_isRefused_aMisnamedFileIsAWarning(@TempDir Path folder) throws IOException {
        seed(folder, 3);
        Files.move(folder.resolve("activities.jsonl"), folder.resolve("Activities.jsonl"));
        Report misnamed = run(Dataset.of(folder), 1);
        assertFalse(misnamed.isRefused());
        assertEquals(List.of("Activities.jsonl:0 UNKNOWN_FILE"), codes(misnamed));
        assertTrue(misnamed.getProblems().get(0).getMessage().contains("activities.jsonl"));

        Path empty = Files.createDirectory(folder.resolve("empty"));
        Files.writeString(empty.resolve("activities.json"), visits(3));
        Report none = run(Dataset.of(empty), 1);
        assertTrue(none.isRefused());
        assertEquals(List.of(".:0 NO_DATASET_FILES", "activities.json:0 UNKNOWN_FILE"), codes(none));
        assertEquals(List.of(), none.getValues());
        assertEquals(List.of(".:0 FOLDER_NOT_FOUND"), codes(run(Dataset.of(folder.resolve("nowhere")), 1)));
    }

    @Test
    void run_danglingLinkByTheActivitiesName_isRefused(@TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 3);
        Files.delete(folder.resolve("activities.jsonl"));
        Files.createSymbolicLink(folder.resolve("activities.jsonl"), folder.resolve("moved-away.jsonl"));
        Report report = run(dataset, 1);
        assertEquals(List.of("activities.jsonl:0 UNREADABLE_FILE"), codes(report));
        assertTrue(report.isRefused());
        // a dangling evidence.jsonl does not change a report's figures
        Files.delete(folder.resolve("activities.jsonl"));
        Files.writeString(folder.resolve("activities.jsonl"), visits(2));
        Files.createSymbolicLink(folder.resolve("evidence.jsonl"), folder.resolve("moved-away.jsonl"));
        Report fine = run(dataset, 1);
        assertEquals(List.of(), fine.getProblems());
        assertEquals(2, total(fine));
    }

    /** A line counter that changes the file once, the first time the scan reports progress (after its first read). */
    static final class ChangingFile extends LongAdder {
        private final transient Path file;
        private final transient boolean truncate;
        private boolean done;

        ChangingFile(Path file, boolean truncate) {
            this.file = file;
            this.truncate = truncate;
        }

        @Override
        public void add(long x) {
            super.add(x);
            if (!done) {
                done = true;
                try {
                    if (truncate) {
                        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                            channel.truncate(channel.size() / 3);
                        }
                    } else {
                        Files.writeString(file, visits(50), StandardOpenOption.APPEND);
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void run_activitiesAppendedWhileScanned_isRefused_andNothingAppendedIsRead(int threads, @TempDir Path folder)
            throws IOException {
        // 40,000 lines (over 5 MB): more than one read, and three ranges with three threads
        Dataset dataset = seed(folder, 40_000);
        Report report = run(dataset, threads, new ChangingFile(folder.resolve("activities.jsonl"), false));
        assertEquals(List.of("activities.jsonl:0 FILE_CHANGED"), codes(report));
        assertTrue(report.isRefused());
        assertEquals(List.of(), report.getValues());
        assertEquals(40_000, report.getRecordsRead());
        assertTrue(report.getProblems().get(0).getMessage().contains("size"), report.getProblems().get(0).getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void run_activitiesTruncatedWhileScanned_isRefused(int threads, @TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 40_000);
        Report report = run(dataset, threads, new ChangingFile(folder.resolve("activities.jsonl"), true));
        assertTrue(report.isRefused(), codes(report).toString());
        List<DatasetProblem> errors = report.getFileErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("FILE_CHANGED", errors.get(0).getProblemCode());
        assertEquals("activities.jsonl", errors.get(0).getFile());
    }

    @Test
    void run_aFileLeftAlone_isNotChanged(@TempDir Path folder) throws IOException {
        Dataset dataset = seed(folder, 40_000);
        Report report = run(dataset, 3, new LongAdder());
        assertEquals(List.of(), report.getProblems());
        assertEquals(40_000, total(report));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3})
    void run_manyBadLines_listsTheFirstOfEachFile_andCountsThemAll(int threads, @TempDir Path folder)
            throws IOException {
        Dataset dataset = seed(folder, 0).withMaxProblemsPerFile(7);
        StringBuilder lines = new StringBuilder();
        // 8,000 lines of 300 bytes: over 2 MiB, so that three threads scan two ranges
        String padding = "x".repeat(250);
        for (int i = 1; i <= 8_000; i++) {
            lines.append(i % 4 == 0 ? visit(i) : "{\"id\":\"B" + i + "\",\"kind\":\"VISIT\",\"title\":\"" + padding
                    + "\",\"start\":\"2017-13-01\"}\n");
        }
        Files.writeString(folder.resolve("activities.jsonl"), lines);
        Files.writeString(folder.resolve("proposals.jsonl"), "{\"id\":\"P1\"}\n".repeat(20));
        Report report = run(dataset, threads);
        assertFalse(report.isRefused());
        assertEquals(2_000, total(report));
        List<DatasetProblem> activities = report.getProblems().stream()
                .filter(p -> p.getFile().equals("activities.jsonl")).toList();
        assertEquals(7, activities.size());
        assertEquals(List.of("B1", "B2", "B3", "B5", "B6", "B7", "B9"), activities.stream().map(p -> p.getId().orElse(null)).toList());
        assertEquals(List.of(1L, 2L, 3L, 5L, 6L, 7L, 9L), activities.stream().map(DatasetProblem::getLine).toList());
        assertEquals(7, report.getProblems().stream().filter(p -> p.getFile().equals("proposals.jsonl")).count());
        assertEquals(6_000L, report.getProblemCounts().get("INVALID_DATE"));
        assertEquals(20L, report.getProblemCounts().get("REQUIRED"));
        assertEquals(6_000 + 20 - 14, report.getProblemsNotListed());
        assertTrue(ReportRenderers.json(report).contains("\"problemsNotListed\":6006"));
        assertEquals(BigDecimal.valueOf(2_000), report.total("VISIT.TARGETS.CHAMBER").orElseThrow().getValue());
    }
}
