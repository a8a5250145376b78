package io.github.ficsdk.examples.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ficsdk.examples.Run;
import io.github.ficsdk.examples.seed.SeedDataset;
import io.github.ficsdk.validation.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The app's whole output — exit status, stdout and stderr — for {@code demo}, {@code report},
 * {@code validate} and {@code appraise} on the seed dataset, byte for byte against the copies in
 * {@code src/test/resources/golden}: a refactoring that changes a single byte of what users see
 * fails here. The seed folder's path is written {@code $DATA} in the copies.
 *
 * <p>To accept a deliberate change of output, run the test with {@code -Dgolden.update=true} and
 * review the diff of the copies.
 */
class GoldenOutputTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    static Path dir;

    private static Path data;
    private static Path evidence;

    @BeforeAll
    static void writeSeed() throws IOException {
        data = dir.resolve("seed");
        SeedDataset.generate().writeTo(data);
        evidence = dir.resolve("evidence.jsonl");
        try (InputStream in = io.github.ficsdk.examples.samples.AppraiseChambersSample.class
                .getResourceAsStream(io.github.ficsdk.examples.samples.AppraiseChambersSample.EVIDENCE)) {
            Files.write(evidence, in.readAllBytes());
        }
    }

    static Stream<Arguments> runs() {
        List<Arguments> runs = new ArrayList<>();
        runs.add(Arguments.of("demo", List.of("demo")));
        for (String format : List.of("json", "csv", "markdown", "text")) {
            runs.add(Arguments.of("report-city-h1-child." + format, List.of("report", "--data", "$DATA", "--period",
                    "2017-H1", "--scope", "F330400", "--by", "child", "--format", format)));
        }
        runs.add(Arguments.of("report-county-2017.text", List.of("report", "--data", "$DATA", "--period", "2017",
                "--scope", "F330481", "--format", "text")));
        runs.add(Arguments.of("report-city-2017-kind.json", List.of("report", "--data", "$DATA", "--period", "2017",
                "--scope", "F330400", "--by", "kind", "--format", "json")));
        runs.add(Arguments.of("report-city-h1-month-en.markdown", List.of("report", "--data", "$DATA", "--period",
                "2017-H1", "--scope", "F330400", "--by", "month", "--format", "markdown", "--lang", "en")));
        for (String format : List.of("json", "text")) {
            runs.add(Arguments.of("validate." + format, List.of("validate", "--data", "$DATA", "--format", format)));
            runs.add(Arguments.of("appraise-four-good." + format, List.of("appraise", "--data", "$DATA", "--scheme",
                    "FOUR_GOOD_CHAMBER", "--period", "2017", "--evidence", "$EVIDENCE", "--format", format)));
        }
        runs.add(Arguments.of("appraise-cleanup.json", List.of("appraise", "--data", "$DATA", "--scheme",
                "CHAMBER_CLEANUP", "--period", "2017", "--format", "json")));
        runs.add(Arguments.of("appraise-county.text", List.of("appraise", "--data", "$DATA", "--scheme",
                "FIVE_EXCELLENCE_COUNTY", "--period", "2017", "--format", "text", "--lang", "en")));
        runs.add(Arguments.of("appraise-cleanup.text", List.of("appraise", "--data", "$DATA", "--scheme",
                "CHAMBER_CLEANUP", "--period", "2017", "--format", "text")));
        runs.add(Arguments.of("appraise-annual-assessment.text", List.of("appraise", "--data", "$DATA", "--scheme",
                "COUNTY_ANNUAL_ASSESSMENT", "--period", "2017", "--format", "text")));
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void output_isByteIdenticalToTheGoldenCopy(String name, List<String> args) throws IOException {
        String[] argv = args.stream().map(a -> a.replace("$DATA", data.toString())
                .replace("$EVIDENCE", evidence.toString())).toArray(String[]::new);
        Run run = Run.of(argv);
        String actual = "exit " + run.status() + "\n--- stdout\n" + normalize(run.out()) + "--- stderr\n"
                + normalize(run.err());
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, name);
    }

    private static String normalize(String text) {
        return text.replace(data.toString(), "$DATA").replace(SafeText.forDisplay(data.toString()), "$DATA")
                .replace(evidence.toString(), "$EVIDENCE").replace(SafeText.forDisplay(evidence.toString()), "$EVIDENCE");
    }
}
