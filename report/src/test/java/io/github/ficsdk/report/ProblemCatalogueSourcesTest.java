package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.activity.ActivityKind;
import io.github.ficsdk.core.io.ProblemCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code written in the sources of the library modules is in the problem catalogue:
 * each UPPER_SNAKE string literal with an underscore (such as {@code "END_BEFORE_START"}) and each
 * Bean Validation template {@code {fic.CODE}} that a validator reports, less the strings that are
 * no problem codes (activity kinds, reference scheme ids and the like, listed here).
 * One-word codes ({@code BOM}, {@code BLANK} …) are checked through the readers' output
 * ({@code ProblemCodeTest} in core) rather than here.
 */
class ProblemCatalogueSourcesTest {

    private static final List<Path> SOURCES = List.of(Path.of("../validation/src/main/java"),
            Path.of("../core/src/main/java"), Path.of("src/main/java"));

    /** UPPER_SNAKE strings of the sources that are no problem codes. */
    private static final Set<String> NOT_CODES = Set.of(
            "FOUR_GOOD_CHAMBER", "FIVE_EXCELLENCE_COUNTY", "CHAMBER_CLEANUP", "COUNTY_ANNUAL_ASSESSMENT", // reference scheme ids
            "NOT_ELIGIBLE", // the grade of a subject that fails an eligibility gate
            "POLITICAL_GUIDANCE", // a dimension code of a reference scheme, in examples
            "X_MENTORING"); // a team's activity kind, in examples

    @Test
    void everyCodeInTheSources_isCatalogued() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
        Pattern template = Pattern.compile("\\{fic\\.([A-Z][A-Z0-9_]*)}");
        Set<String> notCodes = new TreeSet<>(NOT_CODES);
        ActivityKind.standardKinds().forEach(k -> notCodes.add(k.getCode()));
        Set<String> found = new TreeSet<>();
        for (Path root : SOURCES) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : files) {
                for (String line : Files.readAllLines(file)) {
                    String code = line.strip();
                    if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                        continue; // documentation
                    }
                    Matcher m = literal.matcher(line);
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                    if (!line.contains("message() default")) { // a constraint's default message is no code
                        Matcher t = template.matcher(line);
                        while (t.find()) {
                            found.add(t.group(1));
                        }
                    }
                }
            }
        }
        found.removeAll(notCodes);
        assertTrue(found.size() > 60, found.toString());
        assertTrue(found.containsAll(List.of("END_BEFORE_START", "CREDIT_CODE_CHECK_CHARACTER", "DIVISION_CODE_FORMAT",
                "RULE_TIMEOUT", "UNKNOWN_EVIDENCE_KEY", "QUERY_TOO_LARGE")), found.toString());
        List<String> missing = found.stream().filter(c -> ProblemCode.find(c).isEmpty()).toList();
        assertEquals(List.of(), missing, "codes in the sources but not in problem-codes.tsv");
    }
}
