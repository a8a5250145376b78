package io.github.ficsdk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.InvalidValueException;
import io.github.ficsdk.core.appraisal.AppraisalException;
import io.github.ficsdk.core.appraisal.Appraiser;
import io.github.ficsdk.core.appraisal.EvidenceRecord;
import io.github.ficsdk.core.appraisal.scheme.RuleSpec;
import io.github.ficsdk.core.appraisal.scheme.Scheme;
import io.github.ficsdk.core.appraisal.scheme.SchemeLoadException;
import io.github.ficsdk.core.appraisal.spi.EvidenceException;
import io.github.ficsdk.core.appraisal.spi.RuleInput;
import io.github.ficsdk.core.appraisal.spi.RuleParameterException;
import io.github.ficsdk.core.appraisal.spi.RuleRegistry;
import io.github.ficsdk.core.activity.Activity;
import io.github.ficsdk.core.io.Dataset;
import io.github.ficsdk.core.io.DatasetFile;
import io.github.ficsdk.core.io.DatasetProblem;
import io.github.ficsdk.core.io.DatasetReadException;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.io.InvalidRecordException;
import io.github.ficsdk.core.io.ProblemCode;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.OrganizationTreeException;
import io.github.ficsdk.core.period.ReportingPeriod;
import io.github.ficsdk.validation.CreditCode;
import io.github.ficsdk.validation.FicProblem;
import io.github.ficsdk.validation.FicValidator;
import io.github.ficsdk.validation.InvalidCodeException;
import io.github.ficsdk.validation.Problem;
import io.github.ficsdk.validation.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public exception of the library modules ({@code fic-validation}, {@code fic-core},
 * {@code fic-report}) is a {@link FicProblem} with a catalogued code and a path in the one syntax,
 * as are the Bean Validation {@link Problem} and the {@link DatasetProblem}.
 */
class FicProblemTest {

    /** The one path syntax: names joined by '.', list elements by [index]; empty for the whole. */
    private static final Pattern PATH =
            Pattern.compile("|[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*(\\.[A-Za-z_][A-Za-z0-9_]*(\\[\\d+])*)*");

    /**
     * Public exceptions not yet checked, by simple name; empty now that every one is a
     * {@link FicProblem}.
     */
    private static final Set<String> PENDING = Set.of();

    /** A scheme of one dimension with a flag and a linear rule. */
    private static final String SCHEME = """
            {"id": "T", "version": "1", "name": "测试", "subject": "CHAMBER", "totalPoints": 25,
             "dimensions": [
               {"code": "POLITICAL_GUIDANCE", "name": "政治引领好", "maxPoints": 25,
                "rules": [{"rule": "flag", "evidence": "party.established", "points": 10},
                          {"rule": "linear", "evidence": "party.activities", "pointsPerUnit": 1, "maxPoints": 15}]}],
             "grades": [{"grade": "PASS", "minPoints": 60}, {"grade": "FAIL", "minPoints": 0}]}
            """;

    private static final List<Path> SOURCES = List.of(Path.of("../validation/src/main/java"),
            Path.of("../core/src/main/java"), Path.of("src/main/java"));

    /**
     * Every public class of the library's API packages that is a Throwable and can be thrown (not
     * abstract, such as the base {@code FicArgumentException}), found in the sources.
     */
    static List<Class<?>> publicExceptions() throws IOException, ClassNotFoundException {
        Pattern type = Pattern.compile("(?m)^public (?:abstract |final )*class (\\w+)\\b[^{]*\\bextends\\b");
        List<Class<?>> out = new ArrayList<>();
        for (Path root : SOURCES) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            }
            for (Path file : files) {
                String pkg = root.relativize(file.getParent()).toString().replace(java.io.File.separatorChar, '.');
                if (pkg.contains(".internal")) {
                    continue;
                }
                Matcher m = type.matcher(Files.readString(file));
                while (m.find()) {
                    Class<?> c = Class.forName(pkg + "." + m.group(1));
                    if (Throwable.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyPublicException_isAFicProblem() throws Exception {
        List<Class<?>> exceptions = publicExceptions();
        assertTrue(exceptions.size() >= 6, exceptions.toString());
        List<String> notProblems = new ArrayList<>();
        for (Class<?> c : exceptions) {
            if (!FicProblem.class.isAssignableFrom(c) && !PENDING.contains(c.getSimpleName())) {
                notProblems.add(c.getName());
            }
        }
        assertEquals(List.of(), notProblems);
    }

    private static <T extends Throwable> T thrown(Class<T> type, org.junit.jupiter.api.function.Executable run) {
        return assertThrows(type, run);
    }

    /** One real way to get each public exception, from the public API. */
    private static Map<Class<?>, Supplier<Throwable>> triggers(Path folder) {
        Map<Class<?>, Supplier<Throwable>> t = new LinkedHashMap<>();
        t.put(InvalidCodeException.class, () -> thrown(InvalidCodeException.class,
                () -> CreditCode.parse("91330402MA200LR50X")));
        t.put(InvalidValueException.class, () -> thrown(InvalidValueException.class,
                () -> Fixtures.activity("A1", "FORUM", "2017-03-01", Fixtures.CITY).end(LocalDate.of(2017, 2, 1)).build()));
        t.put(InvalidRecordException.class, () -> thrown(InvalidRecordException.class,
                () -> FicJson.mapper().readValue("{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-14\","
                        + "\"organizers\":[\"F1\"],\"targets\":[{\"type\":\"ENTERPRISE\",\"id\":\"E1\"},"
                        + "{\"type\":\"ENTERPRISE\",\"id\":\" \"}]}", Activity.class)));
        t.put(DatasetReadException.class, () -> thrown(DatasetReadException.class, () -> {
            Files.writeString(folder.resolve("activities.jsonl"), "{\"id\":\"A1\",\"kind\":\"FORUM\",\"start\":\"2017-03-14\","
                    + "\"organizers\":[\"F1\"],\"participants\":-5}\n", StandardCharsets.UTF_8);
            Dataset.of(folder).readAll(DatasetFile.ACTIVITIES);
        }));
        t.put(OrganizationTreeException.class, () -> thrown(OrganizationTreeException.class,
                () -> OrganizationTree.of(List.of(Fixtures.federation("F1", "a", FederationLevel.CITY, "330400", "F9")),
                        List.of(), List.of())));
        t.put(QueryTooLargeException.class, () -> thrown(QueryTooLargeException.class,
                () -> ReportEngine.standard().accumulator(ReportQuery.builder()
                        .period(ReportingPeriod.parse("1000-01-01/9999-12-31")).scope(Fixtures.CITY)
                        .breakdown(Breakdown.MONTH).threads(1).build(), Fixtures.organizations())));
        t.put(FigureOutOfRangeException.class, () -> thrown(FigureOutOfRangeException.class,
                () -> ReportEngine.standard().run(ReportQuery.builder().period(ReportingPeriod.parse("2017"))
                        .scope(Fixtures.CITY).indicators(List.of("FORUM.PARTICIPANTS")).threads(1).build(),
                        Fixtures.organizations(), List.of(
                                Fixtures.activity("A1", "FORUM", "2017-03-01", Fixtures.CITY).participants(Long.MAX_VALUE).build(),
                                Fixtures.activity("A2", "FORUM", "2017-03-02", Fixtures.CITY).participants(Long.MAX_VALUE).build()),
                        List.of())));
        t.put(SchemeLoadException.class, () -> thrown(SchemeLoadException.class,
                () -> Scheme.parse(SCHEME.replace("\"pointsPerUnit\": 1", "\"pointsPerUnit\": \"x\""))));
        t.put(AppraisalException.class, () -> thrown(AppraisalException.class,
                () -> Appraiser.standard().appraise(Scheme.parse(SCHEME), ReportingPeriod.parse("2017"),
                        EvidenceRecord.of("C7", "2017", Map.of("party.established", true)))));
        t.put(EvidenceException.class, () -> thrown(EvidenceException.class,
                () -> RuleInput.of("C7", Map.of("party.activities", true)).getNumber("party.activities")));
        t.put(RuleParameterException.class, () -> thrown(RuleParameterException.class,
                () -> RuleRegistry.builtIns().find("linear").orElseThrow().prepare(RuleSpec.builder().rule("linear")
                        .putParameter("evidence", "party.activities").putParameter("pointsPerUnit", "x")
                        .putParameter("maxPoints", BigDecimal.TEN).build())));
        return t;
    }

    private static void assertFicProblem(FicProblem p, String code, String path) {
        assertEquals(code, p.getProblemCode(), p.toString());
        assertEquals(path, p.getProblemPath(), p.toString());
        assertTrue(PATH.matcher(p.getProblemPath()).matches(), p.getProblemPath());
        assertTrue(ProblemCode.find(p.getProblemCode()).isPresent(), p.getProblemCode());
        assertNotNull(p.getSeverity());
        assertFalse(p.getMessage().isBlank(), p.toString());
    }

    @Test
    void everyPublicException_hasACataloguedCodeAndAPathInTheOneSyntax(@TempDir Path folder) throws Exception {
        Map<Class<?>, Supplier<Throwable>> triggers = triggers(folder);
        Set<String> untriggered = new TreeSet<>();
        for (Class<?> c : publicExceptions()) {
            if (!triggers.containsKey(c) && !(PENDING.contains(c.getSimpleName()) && !FicProblem.class.isAssignableFrom(c))) {
                untriggered.add(c.getName());
            }
        }
        assertEquals(Set.of(), untriggered, "every public exception needs a trigger here");
        Map<Class<?>, FicProblem> problems = new LinkedHashMap<>();
        for (Map.Entry<Class<?>, Supplier<Throwable>> e : triggers.entrySet()) {
            Throwable thrown = e.getValue().get();
            assertEquals(e.getKey(), thrown.getClass());
            problems.put(e.getKey(), (FicProblem) thrown);
        }
        assertFicProblem(problems.get(InvalidCodeException.class), "CREDIT_CODE_CHECK_CHARACTER", "");
        assertFicProblem(problems.get(InvalidValueException.class), "END_BEFORE_START", "end");
        assertFicProblem(problems.get(InvalidRecordException.class), "BLANK", "targets[1].id");
        assertFicProblem(problems.get(DatasetReadException.class), "NEGATIVE", "participants");
        assertFicProblem(problems.get(OrganizationTreeException.class), "UNKNOWN_PARENT", "");
        assertFicProblem(problems.get(QueryTooLargeException.class), "QUERY_TOO_LARGE", "");
        assertFicProblem(problems.get(FigureOutOfRangeException.class), "FIGURE_OUT_OF_RANGE", "");
        assertFicProblem(problems.get(SchemeLoadException.class), "INVALID_PARAMETER", "dimensions[0].rules[1].pointsPerUnit");
        assertFicProblem(problems.get(AppraisalException.class), "MISSING_EVIDENCE", "dimensions[0].rules[1]");
        assertFicProblem(problems.get(EvidenceException.class), "EVIDENCE_TYPE", "values.party.activities");
        assertFicProblem(problems.get(RuleParameterException.class), "INVALID_PARAMETER", "pointsPerUnit");
        for (FicProblem p : problems.values()) {
            assertEquals(Severity.ERROR, p.getSeverity(), p.toString());
        }
        // the old getters say the same
        assertEquals("end", ((InvalidValueException) problems.get(InvalidValueException.class)).getField());
        assertEquals("targets[1].id", ((InvalidRecordException) problems.get(InvalidRecordException.class)).getProblemPath());
        DatasetProblem read = ((DatasetReadException) problems.get(DatasetReadException.class)).getProblem();
        assertEquals(read.getProblemCode(), problems.get(DatasetReadException.class).getProblemCode());
    }

    @Test
    void organizationTreeException_duplicateIdIsAtTheId() {
        OrganizationTreeException e = assertThrows(OrganizationTreeException.class, () -> OrganizationTree.of(
                List.of(Fixtures.federation("F1", "a", FederationLevel.CITY, "330400", null),
                        Fixtures.federation("F1", "b", FederationLevel.CITY, "330400", null)), List.of(), List.of()));
        assertFicProblem(e, "DUPLICATE_ID", "id");
    }

    @Test
    void problems_areFicProblemsWithTheirComponents() {
        List<Problem> problems = FicValidator.english().validate(
                io.github.ficsdk.core.member.Enterprise.builder().id("E1").name("x").creditCode("91330402MA200LR50X").build());
        assertEquals(1, problems.size(), problems.toString());
        FicProblem p = problems.get(0);
        assertFicProblem(p, "CREDIT_CODE_CHECK_CHARACTER", "creditCode");
        assertEquals(problems.get(0).getMessage(), p.getMessage());
        assertEquals(ProblemCode.of(p.getProblemCode()).getSeverity(), p.getSeverity());
        FicProblem d = DatasetProblem.of("enterprises.jsonl", 3, "E1", problems.get(0));
        assertFicProblem(d, "CREDIT_CODE_CHECK_CHARACTER", "creditCode");
        assertEquals(Severity.ERROR, d.getSeverity());
        FicProblem warning = DatasetProblem.of("activities.jsonl", 4, "A4", "targets[0].id", Severity.WARNING,
                "UNKNOWN_REFERENCE", "E404 is not an enterprise of the dataset");
        assertFicProblem(warning, "UNKNOWN_REFERENCE", "targets[0].id");
        assertEquals(Severity.WARNING, warning.getSeverity());
        assertEquals("E404 is not an enterprise of the dataset", warning.getMessage());
    }
}
