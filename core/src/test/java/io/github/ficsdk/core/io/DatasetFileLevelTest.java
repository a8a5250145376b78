package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems of whole files and of the folder: byte order mark, encoding, names, links, changes, the listing limit. */
class DatasetFileLevelTest {

    static final String FEDERATIONS = String.join("\n",
            "{\"id\":\"F330400\",\"name\":\"嘉兴市工商联\",\"level\":\"CITY\",\"division\":\"330400\"}",
            "{\"id\":\"F330421\",\"name\":\"嘉善县工商联\",\"level\":\"COUNTY\",\"division\":\"330421\",\"parent\":\"F330400\"}",
            "");

    static String activities(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            out.append("{\"id\":\"A").append(i).append("\",\"kind\":\"VISIT\",\"title\":\"走访\",\"start\":\"2017-03-14\","
                    + "\"organizers\":[\"F330400\"]}\n");
        }
        return out.toString();
    }

    private static List<String> codes(List<DatasetProblem> problems) {
        return problems.stream().map(p -> p.getFile() + ":" + p.getLine() + " " + p.getProblemCode()).collect(Collectors.toList());
    }

    @Test
    void validate_byteOrderMarkAtTheStartOfEveryFileIsAccepted(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"), "\uFEFF" + FEDERATIONS, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("activities.jsonl"), "\uFEFF" + activities(3), StandardCharsets.UTF_8);
        DataQualityReport report = Dataset.of(folder).validate();
        assertTrue(report.isClean(), report.getProblems().toString());
        assertEquals(2, report.getFile("federations.jsonl").getValid());
        List<Federation> federations = Dataset.of(folder).readAll(DatasetFile.FEDERATIONS);
        assertEquals("F330400", federations.get(0).getId());
    }

    @Test
    void validate_aFileNotUtf8IsOneErrorOfTheFile(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"), FEDERATIONS, StandardCharsets.UTF_8);
        Files.write(folder.resolve("activities.jsonl"), activities(2000).getBytes(Charset.forName("GBK")));
        Files.write(folder.resolve("chambers.jsonl"), ("\uFEFF" + "{\"id\":\"C1\",\"name\":\"温州商会\",\"kind\":\"OUT_OF_TOWN\","
                + "\"federation\":\"F330400\"}\n").getBytes(StandardCharsets.UTF_16LE));
        DataQualityReport report = Dataset.of(folder).validate();
        assertEquals(List.of("chambers.jsonl:0 ENCODING", "activities.jsonl:0 ENCODING"), codes(report.getProblems()));
        assertTrue(report.getFile("chambers.jsonl").getProblems().get(0).getMessage().contains("UTF-16LE"));
        assertTrue(report.getFile("activities.jsonl").getProblems().get(0).getMessage().contains("GB18030/GBK"));
        assertEquals(0, report.getFile("activities.jsonl").getRead());
        List<DatasetProblem> problems = new ArrayList<>();
        try (Stream<Activity> s = Dataset.of(folder).activities(problems::add)) {
            assertEquals(0, s.count());
        }
        assertEquals(List.of("activities.jsonl:0 ENCODING"), codes(problems));
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> Dataset.of(folder).readAll(DatasetFile.ACTIVITIES));
        assertEquals("ENCODING", e.getProblem().getProblemCode());
    }

    @Test
    void checkFolder_misnamedFilesAreWarningsNamingTheExpectedOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"), FEDERATIONS, StandardCharsets.UTF_8);
        for (String name : List.of("Activities.jsonl", "chambers.json", "persons.jsonl.txt", "PROPOSALS.JSONL",
                "party-organisations.jsonl", "enterprise.jsonl", "membership_s.jsonl", "targets (1).jsonl",
                "notes.md", "activities.csv", ".hidden")) {
            Files.writeString(folder.resolve(name), "x");
        }
        Files.createDirectory(folder.resolve("backup"));
        Files.writeString(folder.resolve("evidence.jsonl"), "");
        Files.writeString(folder.resolve("waivers.jsonl"), "");
        Map<String, String> expected = Map.of("Activities.jsonl", "activities.jsonl", "chambers.json", "chambers.jsonl",
                "persons.jsonl.txt", "persons.jsonl", "PROPOSALS.JSONL", "proposals.jsonl",
                "party-organisations.jsonl", "party-organizations.jsonl", "enterprise.jsonl", "enterprises.jsonl",
                "membership_s.jsonl", "memberships.jsonl", "targets (1).jsonl", "targets.jsonl");
        List<DatasetProblem> problems = Dataset.of(folder).checkFolder();
        assertEquals(expected.size() + 2, problems.size(), problems.toString());
        for (DatasetProblem p : problems) {
            assertEquals("UNKNOWN_FILE", p.getProblemCode());
            assertEquals(Severity.WARNING, p.getSeverity());
            assertEquals(0, p.getLine());
            assertFalse(p.isFileError());
            String name = expected.get(p.getFile());
            if (name != null) {
                assertTrue(p.getMessage().contains("did you mean " + name + "?"), p.getMessage());
            } else {
                assertTrue(p.getFile().equals("notes.md") || p.getFile().equals("activities.csv"), p.toString());
                assertFalse(p.getMessage().contains("did you mean"), p.getMessage());
            }
        }
        // validate lists them, so a misnamed file is never a clean dataset
        DataQualityReport report = Dataset.of(folder).validate();
        assertFalse(report.isClean());
        assertEquals(expected.size() + 2, report.getFile(".").getProblems().size());
    }

    @Test
    void checkFolder_noDatasetFileAndNoFolderAreErrors(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("Activities.jsonl"), activities(1));
        List<DatasetProblem> problems = Dataset.of(folder).checkFolder();
        assertEquals(List.of(".:0 NO_DATASET_FILES", "Activities.jsonl:0 UNKNOWN_FILE"), codes(problems));
        assertTrue(problems.get(0).isFileError());
        assertTrue(problems.get(0).getMessage().contains(io.github.ficsdk.validation.SafeText.forDisplay(folder.toString())), problems.get(0).getMessage());
        Path empty = Files.createDirectory(folder.resolve("empty"));
        assertEquals(List.of(".:0 NO_DATASET_FILES"), codes(Dataset.of(empty).validate().getProblems()));
        assertEquals(1, Dataset.of(empty).validate().getErrorCount());
        assertEquals(List.of(".:0 FOLDER_NOT_FOUND"), codes(Dataset.of(folder.resolve("nowhere")).validate().getProblems()));
    }

    @Test
    void open_danglingLinkOrFolderByADatasetFileNameIsAnError(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("federations.jsonl"), FEDERATIONS, StandardCharsets.UTF_8);
        Files.createSymbolicLink(folder.resolve("activities.jsonl"), folder.resolve("gone.jsonl"));
        Files.createDirectory(folder.resolve("proposals.jsonl"));
        Files.createSymbolicLink(folder.resolve("evidence.jsonl"), folder.resolve("gone-too.jsonl"));
        DataQualityReport report = Dataset.of(folder).validate();
        assertEquals(List.of("evidence.jsonl:0 UNREADABLE_FILE", "activities.jsonl:0 UNREADABLE_FILE",
                "proposals.jsonl:0 UNREADABLE_FILE"), codes(report.getProblems()));
        assertTrue(report.getProblems().get(1).getMessage().contains("symbolic link"), report.getProblems().get(1).getMessage());
        assertTrue(report.getProblems().get(2).getMessage().contains("folder"), report.getProblems().get(2).getMessage());
        DatasetReadException e = assertThrows(DatasetReadException.class,
                () -> Dataset.of(folder).readAll(DatasetFile.ACTIVITIES));
        assertEquals("activities.jsonl", e.getProblem().getFile());
        assertEquals("UNREADABLE_FILE", e.getProblem().getProblemCode());
        // a link to a file is read as the file
        Files.delete(folder.resolve("activities.jsonl"));
        Files.writeString(folder.resolve("real.jsonl"), activities(2));
        Files.createSymbolicLink(folder.resolve("activities.jsonl"), folder.resolve("real.jsonl"));
        assertEquals(2, Dataset.of(folder).readAll(DatasetFile.ACTIVITIES).size());
    }

    @Test
    void stream_aFileAppendedWhileReadIsAnError_andWhatWasAppendedIsNotRead(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("activities.jsonl");
        Files.writeString(file, activities(3));
        List<DatasetProblem> problems = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (Stream<Activity> s = Dataset.of(folder).activities(problems::add)) {
            Iterator<Activity> it = s.iterator();
            ids.add(it.next().getId());
            Files.writeString(file, activities(5).substring(activities(3).length()), StandardOpenOption.APPEND);
            it.forEachRemaining(a -> ids.add(a.getId()));
        }
        assertEquals(List.of("A1", "A2", "A3"), ids);
        assertEquals(List.of("activities.jsonl:0 FILE_CHANGED"), codes(problems));
        assertTrue(problems.get(0).isFileError());
        assertTrue(problems.get(0).getMessage().contains("size"), problems.get(0).getMessage());
    }

    @Test
    void stream_aFileTruncatedWhileReadIsAnError(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("activities.jsonl");
        // bigger than the first read, so that the truncation cuts what is still to be read
        Files.writeString(file, activities(3000));
        List<DatasetProblem> problems = new ArrayList<>();
        long n = 1;
        try (Stream<Activity> s = Dataset.of(folder).activities(problems::add)) {
            Iterator<Activity> it = s.iterator();
            it.next();
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(Files.size(file) / 2);
            }
            while (it.hasNext()) {
                it.next();
                n++;
            }
        }
        assertTrue(n < 3000, "read " + n);
        assertEquals("FILE_CHANGED", problems.get(problems.size() - 1).getProblemCode(), problems.toString());
        Files.writeString(file, activities(3000));
        DatasetReadException e = assertThrows(DatasetReadException.class, () -> {
            try (Stream<Activity> s = Dataset.of(folder).stream(DatasetFile.ACTIVITIES)) {
                Iterator<Activity> it = s.iterator();
                it.next();
                Files.writeString(file, activities(1), StandardOpenOption.APPEND);
                it.forEachRemaining(a -> { });
            }
        });
        assertEquals("FILE_CHANGED", e.getProblem().getProblemCode());
    }

    @Test
    void stream_aFileLeftAloneIsNotChanged(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("activities.jsonl"), activities(3000));
        List<DatasetProblem> problems = new ArrayList<>();
        try (Stream<Activity> s = Dataset.of(folder).activities(problems::add)) {
            assertEquals(3000, s.count());
        }
        assertEquals(List.of(), problems);
    }

    @Property(tries = 40)
    void validate_listsTheFirstProblemsOfEachFileAndCountsThemAll(@ForAll @IntRange(min = 0, max = 6) int max,
            @ForAll @IntRange(min = 0, max = 25) int bad, @ForAll @IntRange(min = 0, max = 5) int good) throws IOException {
        Path folder = Files.createTempDirectory("dataset");
        try {
            StringBuilder lines = new StringBuilder();
            for (int i = 0; i < Math.max(bad, good); i++) {
                if (i < bad) {
                    lines.append("{\"id\":\"B").append(i).append("\",\"kind\":\"VISIT\"\n");
                }
                if (i < good) {
                    lines.append("{\"id\":\"G").append(i).append("\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\","
                            + "\"organizers\":[\"F330400\"]}\n");
                }
            }
            Files.writeString(folder.resolve("activities.jsonl"), lines.toString());
            Files.writeString(folder.resolve("chambers.jsonl"), "{\"id\":\"C1\"}\n".repeat(bad));
            DataQualityReport report = Dataset.of(folder).withValidator(null).withMaxProblemsPerFile(max).validate();
            FileReport activities = report.getFile("activities.jsonl");
            assertEquals(Math.min(max, bad), activities.getProblems().size());
            assertEquals(bad == 0 ? Map.of() : Map.of("MALFORMED_JSON", (long) bad), activities.getProblemCounts());
            assertEquals(bad, activities.getRejected());
            assertEquals(bad + good, activities.getRead());
            assertEquals(good, activities.getValid());
            assertEquals(bad - Math.min(max, bad), activities.notListed());
            for (int i = 0; i < activities.getProblems().size(); i++) {
                assertEquals("B" + i, activities.getProblems().get(i).getId().orElse(null));
            }
            FileReport chambers = report.getFile("chambers.jsonl");
            assertEquals(Math.min(max, bad), chambers.getProblems().size());
            assertEquals(bad, chambers.getRejected());
            assertEquals(2L * bad, report.getErrorCount());
            assertEquals(2L * bad - 2L * Math.min(max, bad), report.getProblemsNotListed());
            assertEquals(bad == 0 ? Map.of() : Map.of("MALFORMED_JSON", (long) bad, "REQUIRED", (long) bad),
                    report.getProblemCounts());
            assertEquals(bad == 0, report.isClean());
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void expectedName_closeNamesOnly() {
        assertEquals("activities.jsonl", Dataset.expectedName("activites.jsonl"));
        assertEquals("activities.jsonl", Dataset.expectedName("activity.jsonl"));
        assertEquals("activities.jsonl", Dataset.expectedName("activities.jsonl.bak"));
        assertEquals("tasks.jsonl", Dataset.expectedName("Tasks.JSON"));
        assertNull(Dataset.expectedName("readme.md"));
        assertNull(Dataset.expectedName("activities.xlsx"));
        assertNull(Dataset.expectedName("members.jsonl"));
    }
}
