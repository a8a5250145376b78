package io.github.ficsdk.tabular;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.ficsdk.core.io.FicJson;
import io.github.ficsdk.core.schema.RecordSchema;
import io.github.ficsdk.core.schema.RecordSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** JSONL → XLSX → JSONL is lossless, for every record type of the schema. */
class LedgerRoundTripPropertiesTest {

    @Provide
    Arbitrary<Map<RecordSchema<?>, List<?>>> datasets() {
        List<Arbitrary<List<?>>> parts = new ArrayList<>();
        for (RecordSchema<?> schema : RecordSchemas.all()) {
            parts.add(SchemaArbitraries.records(schema).list().ofMaxSize(3).map(l -> (List<?>) l));
        }
        return Combinators.combine(parts).as(lists -> {
            Map<RecordSchema<?>, List<?>> map = new LinkedHashMap<>();
            for (int i = 0; i < lists.size(); i++) {
                map.put(RecordSchemas.all().get(i), lists.get(i));
            }
            return map;
        });
    }

    @Property(tries = 40)
    void workbook_readsBackTheSameRecords(@ForAll("datasets") Map<RecordSchema<?>, List<?>> records) throws IOException {
        Path dir = Files.createTempDirectory("ledger-rt");
        try {
            Path xlsx = dir.resolve("台账.xlsx");
            LedgerWriter.write(records, xlsx);
            LedgerContent back = Ledger.of(xlsx).readAll();
            assertEquals(List.of(), back.getProblems());
            for (RecordSchema<?> schema : RecordSchemas.all()) {
                assertEquals(records.get(schema), back.records(schema), schema.getName());
            }
        } finally {
            TestFiles.deleteTree(dir);
        }
    }

    @Property(tries = 20)
    void jsonLines_toWorkbook_toJsonLines_isLossless(@ForAll("datasets") Map<RecordSchema<?>, List<?>> records)
            throws IOException {
        Path dir = Files.createTempDirectory("ledger-rt");
        try {
            Path data = dir.resolve("data");
            Files.createDirectories(data);
            ObjectWriter json = FicJson.mapper().writer();
            for (RecordSchema<?> schema : RecordSchemas.all()) {
                StringBuilder out = new StringBuilder();
                for (Object r : records.get(schema)) {
                    out.append(json.writeValueAsString(r)).append('\n');
                }
                if (!records.get(schema).isEmpty()) {
                    Files.writeString(data.resolve(schema.getFileName().get()), out, StandardCharsets.UTF_8);
                }
            }
            Path xlsx = dir.resolve("台账.xlsx");
            LedgerWriter.write(io.github.ficsdk.core.io.Dataset.of(data), xlsx);
            Path back = dir.resolve("back");
            LedgerImport.of(Ledger.of(xlsx)).writeReadableTo(back);
            for (RecordSchema<?> schema : RecordSchemas.all()) {
                Path a = data.resolve(schema.getFileName().get());
                Path b = back.resolve(schema.getFileName().get());
                // equal as JSON, line by line: one workbook column per extension name, so the order of a
                // record's extension keys comes back in column order (JSON objects are unordered)
                assertEquals(trees(a), trees(b), schema.getName());
            }
        } finally {
            TestFiles.deleteTree(dir);
        }
    }

    private static List<com.fasterxml.jackson.databind.JsonNode> trees(Path file) throws IOException {
        List<com.fasterxml.jackson.databind.JsonNode> out = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                out.add(FicJson.mapper().readTree(line));
            }
        }
        return out;
    }
}
