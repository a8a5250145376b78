package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.validation.FicValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerImportTest {

    @TempDir
    Path dir;

    private Workbooks organisations() {
        return new Workbooks().sheet("工商联").row(1, "编号", "名称", "层级", "行政区划代码")
                .row(2, "F330481", "海宁市工商联", "县级", "330481")
                .sheet("商会").row(1, "编号", "名称", "类型", "所属工商联")
                .row(2, "C1", "海宁市纺织行业商会", "行业商会", "F330481");
    }

    @Test
    void cleanLedger_isWrittenAsADatasetFolder() throws IOException {
        Path xlsx = organisations().sheet("活动").row(1, "编号", "类型", "开始日期", "主办单位")
                .row(2, "A1", "走访", "2017-03-05", "F330481").write(dir.resolve("台账.xlsx"));
        LedgerImport.Result result = LedgerImport.of(Ledger.of(xlsx)).writeTo(dir.resolve("data"));
        assertEquals(List.of(), result.getProblems());
        assertTrue(result.isWritten());
        assertEquals(3, result.getRead());
        assertEquals(3, result.getValid());
        assertEquals("{\"id\":\"A1\",\"kind\":\"VISIT\",\"start\":\"2017-03-05\",\"organizers\":[\"F330481\"]}\n",
                Files.readString(dir.resolve("data/activities.jsonl")));
        assertEquals(List.of("activities.jsonl", "chambers.jsonl", "federations.jsonl"), list(dir.resolve("data")));
    }

    @Test
    void anError_writesNothing_andCrossRecordProblemsAreLocatedInTheSheet() throws IOException {
        Path out = dir.resolve("data");
        Path xlsx = organisations().sheet("活动").row(1, "编号", "类型", "开始日期", "主办单位")
                .row(2, "A1", "走访", "2017-03-05", "F330481")
                .row(5, "A1", "走访", "2017-03-06", "F330481").write(dir.resolve("台账.xlsx"));
        LedgerImport.Result result = LedgerImport.of(Ledger.of(xlsx)).withValidator(FicValidator.english())
                .writeTo(out);
        assertFalse(result.isWritten());
        assertFalse(Files.exists(out));
        assertEquals(List.of(), list(dir).stream().filter(n -> n.startsWith(".")).toList(), "no temporary folder left");
        LedgerProblem p = result.getProblems().get(0);
        assertEquals(List.of("DUPLICATE_ID", "活动", 5L, "A", "编号", "A1", "id"),
                List.of(p.getProblemCode(), p.getSheet().orElse(null), p.getRow(), p.getColumn().orElse(null), p.getHeader().orElse(null), p.getId().orElse(null), p.getProblemPath()));
        assertTrue(p.getMessage().contains("row 2 of 活动"), p.getMessage());
        assertEquals(1, result.getRejected());
    }

    @Test
    void beanValidation_isLocatedToo() throws IOException {
        Path xlsx = new Workbooks().sheet("工商联").row(1, "编号", "名称", "层级", "行政区划代码")
                .row(3, "F1", "某工商联", "县级", "999999").write(dir.resolve("台账.xlsx"));
        LedgerImport.Result result = LedgerImport.of(Ledger.of(xlsx)).writeTo(dir.resolve("data"));
        LedgerProblem p = result.getProblems().get(0);
        assertEquals(List.of("DIVISION_CODE_UNKNOWN", 3L, "D", "行政区划代码"),
                List.of(p.getProblemCode(), p.getRow(), p.getColumn().orElse(null), p.getHeader().orElse(null)));
        assertFalse(result.isWritten());
    }

    @Test
    void anExistingFolder_isReplacedAsAWhole() throws IOException {
        Path out = Files.createDirectories(dir.resolve("data"));
        Files.writeString(out.resolve("persons.jsonl"), "{\"id\":\"P1\",\"name\":\"x\"}\n");
        Path xlsx = organisations().write(dir.resolve("台账.xlsx"));
        assertTrue(LedgerImport.of(Ledger.of(xlsx)).writeTo(out).isWritten());
        assertEquals(List.of("chambers.jsonl", "federations.jsonl"), list(out));
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
