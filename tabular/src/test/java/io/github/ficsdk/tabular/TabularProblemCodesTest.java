package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Every problem code written in this module's sources is in the one catalogue, with zh and en descriptions. */
class TabularProblemCodesTest {

    @Test
    void everyCodeInTheSources_isCatalogued() throws IOException {
        Pattern literal = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
        Set<String> found = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String code = line.strip();
                if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                    continue;
                }
                Matcher m = literal.matcher(line);
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertTrue(found.containsAll(List.of("NOT_A_WORKBOOK", "NO_HEADER_ROW", "TOTAL_ROW", "MERGED_CELL",
                "INVALID_ENCODING")), found.toString());
        assertEquals(List.of(), found.stream().filter(c -> ProblemCode.find(c).isEmpty()).toList());
        for (String code : found) {
            ProblemCode entry = ProblemCode.of(code);
            assertTrue(entry.getDescription(java.util.Locale.SIMPLIFIED_CHINESE).codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), code);
        }
    }
}
