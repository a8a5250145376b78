package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.examples.seed.SeedDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output of {@code appraise} on the embedded seed dataset is byte for byte the golden one: the
 * SHA-256 of stdout for each set of arguments in {@code golden/appraise-seed.sha256}, recorded from
 * the app before appraisal's counting moved to fic-report (evidence, sources, points, explanations
 * and grades of every chamber and federation, JSON and text, Chinese and English). A deliberate
 * change of the output records the new digest printed by the failure.
 */
class AppraiseGoldenTest {

    @TempDir
    static Path seed;

    @BeforeAll
    static void setUp() {
        SeedDataset.generate().writeTo(seed);
    }

    @TestFactory
    Stream<DynamicTest> appraise_seedOutputIsTheGoldenOne() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/appraise-seed.sha256")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : golden.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String digest = line.substring(0, line.indexOf(' '));
            String[] options = line.substring(line.indexOf(' ') + 1).trim().split(" ");
            tests.add(DynamicTest.dynamicTest(String.join(" ", options), () -> {
                List<String> args = new ArrayList<>(List.of("appraise", "--data", seed.toString()));
                args.addAll(List.of(options));
                Run run = Run.of(args.toArray(new String[0]));
                assertEquals(0, run.status(), run.err());
                assertEquals("", run.err());
                assertTrue(run.out().length() > 1000, run.out());
                assertEquals(digest, sha256(run.out()), "appraise " + String.join(" ", options));
            }));
        }
        assertTrue(tests.size() >= 8, "golden lines: " + tests.size());
        return tests.stream();
    }

    static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
