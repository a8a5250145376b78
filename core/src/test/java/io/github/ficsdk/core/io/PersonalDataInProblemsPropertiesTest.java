package io.github.ficsdk.core.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.core.member.Person;
import io.github.ficsdk.core.org.Federation;
import io.github.ficsdk.core.org.FederationLevel;
import io.github.ficsdk.core.org.OrganizationTree;
import io.github.ficsdk.core.org.OrganizationTreeException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * ID-card and mobile numbers fed through every problem that the readers and the cross-file checks
 * can report with a string from the data in it (an id, a reference, a property name, an extension
 * key, a code, a date, an amount, a count, a JSON token): no problem, and no exception of the
 * readers, shows one of them in full.
 */
class PersonalDataInProblemsPropertiesTest {

    /** A recognised number: 17 digits + digit/X, 15 digits, or 1[3-9] + 9 digits (after 86), delimited by non-digits. */
    static final Pattern RECOGNISED = Pattern.compile(
            "(?<![0-9])(?:[0-9]{17}(?:[0-9](?![0-9])|[Xx])|[0-9]{15}(?![0-9])|(?:86)?1[3-9][0-9]{9}(?![0-9]))");

    /** Four personal numbers: an ID number of 18 characters, one ending in X, one of 15 digits, a mobile number. */
    record Numbers(String id18, String id18x, String id15, String mobile) {
        List<String> all() {
            return List.of(id18, id18x, id15, mobile);
        }
    }

    @Provide
    Arbitrary<Numbers> numbers() {
        Arbitrary<String> region = Arbitraries.of("110105", "330402", "330481", "440305");
        Arbitrary<String> date = Arbitraries.integers().between(19300101, 20151231).map(String::valueOf);
        Arbitrary<String> three = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<String> id18 = Combinators.combine(region, date, three, Arbitraries.strings().numeric().ofLength(1))
                .as((r, d, s, c) -> r + d + s + c);
        Arbitrary<String> id18x = Combinators.combine(region, date, three).as((r, d, s) -> r + d + s + "X");
        Arbitrary<String> id15 = Combinators.combine(region, date.map(d -> d.substring(2)), three)
                .as((r, d, s) -> r + d + s);
        Arbitrary<String> mobile = Combinators.combine(Arbitraries.of("13", "15", "17", "18", "19"),
                Arbitraries.strings().numeric().ofLength(9)).as(String::concat);
        return Combinators.combine(id18, id18x, id15, mobile).as(Numbers::new);
    }

    /**
     * The dataset: per file its lines, each line with the code (a regular expression) it must
     * give, or null for a line that is fine; the numbers are quoted as ids, references, property
     * names, extension keys, codes, dates, amounts, counts and JSON tokens.
     */
    static Map<String, List<String[]>> dataset(Numbers n) {
        String person = n.id18x();
        String ref = n.id18();
        String cycle = n.id15();
        String m = n.mobile();
        Map<String, List<String[]>> files = new LinkedHashMap<>();
        files.put("federations.jsonl", List.<String[]>of(
                line(null, "{'id':'F1','name':'市工商联','level':'CITY','division':'330400'}"),
                line("UNKNOWN_PARENT", "{'id':'F2','name':'县','level':'COUNTY','division':'330402','parent':'" + ref + "'}"),
                line("~PARENT_CYCLE", "{'id':'" + cycle + "','name':'环一','level':'COUNTY','division':'330481','parent':'F3'}"),
                line(null, "{'id':'F3','name':'环二','level':'COUNTY','division':'330481','parent':'" + cycle + "'}"),
                line("DIVISION_CODE_.*", "{'id':'F4','name':'县','level':'COUNTY','division':'" + m + "','parent':'F1'}"),
                line("ID_FORMAT", "{'id':'" + m + " 号','name':'县','level':'COUNTY','division':'330402','parent':'F1'}")));
        files.put("chambers.jsonl", List.<String[]>of(
                line("UNKNOWN_PARENT", "{'id':'C1','name':'商会','kind':'INDUSTRY_CHAMBER','federation':'" + ref + "'}"),
                line("UNKNOWN_CODE", "{'id':'C2','name':'商会','kind':'" + m + "','federation':'F1'}")));
        files.put("party-organizations.jsonl", List.<String[]>of(
                line("UNKNOWN_PARENT", "{'id':'PO1','name':'支部','kind':'BRANCH','host':'" + ref + "'}")));
        files.put("enterprises.jsonl", List.<String[]>of(
                line("CREDIT_CODE_.*", "{'id':'E1','name':'公司','creditCode':'" + ref + "'}"),
                line("CREDIT_CODE_.*", "{'id':'E2','name':'公司','creditCode':'" + m + "'}")));
        files.put("persons.jsonl", List.<String[]>of(
                line(null, "{'id':'" + person + "','name':'张三','mobile':'" + m + "'}"),
                line("DUPLICATE_ID", "{'id':'" + person + "','name':'李四'}"),
                line("UNKNOWN_PROPERTY", "{'id':'P3','name':'王五','" + m + "':1}"),
                line("DUPLICATE_KEY", "{'id':'P4','name':'赵六','extensions':{'" + m + "':1,'" + m + "':2}}"),
                line("MOBILE_NUMBER_.*", "{'id':'P5','name':'钱七','mobile':'" + m + "0'}"),
                line("OUT_OF_RANGE|WRONG_TYPE", "{'id':'P6','name':'孙八','birthYear':" + ref + "}")));
        files.put("memberships.jsonl", List.<String[]>of(
                line("UNKNOWN_REFERENCE", "{'member':'" + ref + "','organization':'F1','role':'MEMBER'}"),
                line("UNKNOWN_REFERENCE", "{'member':'" + person + "','organization':'" + m + "','role':'MEMBER'}"),
                line("UNTIL_BEFORE_SINCE", "{'member':'" + m + "','organization':'F1','role':'MEMBER',"
                        + "'since':'2017-03-05','until':'2017-03-01'}")));
        String a = "'kind':'VISIT','start':'2017-01-05','organizers':['F1']";
        files.put("activities.jsonl", List.<String[]>of(
                line("UNKNOWN_REFERENCE", "{'id':'A1'," + a + ",'targets':[{'type':'PERSON','id':'" + ref + "'}]}"),
                line("UNKNOWN_ACTIVITY_KIND", "{'id':'A2','kind':'X" + m + "','start':'2017-01-05','organizers':['F1']}"),
                line("INVALID_DATE", "{'id':'A3','kind':'VISIT','start':'" + ref + "','organizers':['F1']}"),
                line("YUAN_AMOUNT_.*", "{'id':'A4'," + a + ",'amountYuan':'" + m + ".123'}"),
                line("YUAN_AMOUNT_.*", "{'id':'A5'," + a + ",'amountYuan':'" + person + "'}"),
                line("NEGATIVE|OUT_OF_RANGE", "{'id':'A6'," + a + ",'participants':-" + ref + "}"),
                line("WRONG_TYPE", "{'id':'A7'," + a + ",'participants':'" + m + "'}"),
                line("MALFORMED_JSON", "{'id':'A8'," + a + ",'copies':true" + m + "}"),
                line("TRAILING_CONTENT", "{'id':'" + ref + "'," + a + "} " + m),
                line("WRONG_TYPE", "{'id':'A10'," + a + ",'extensions':{'" + m + "':[1]}}"),
                line("UNKNOWN_CODE", "{'id':'A11'," + a + ",'targets':[{'type':'" + m + "','id':'E1'}]}"),
                line("MALFORMED_JSON", "{'id':'" + person + "'," + a + ",'title':'" + m),
                // codes that quote no value: the id of the rejected line is still the record's
                line("END_BEFORE_START", "{'id':'" + ref + "','kind':'VISIT','start':'2017-03-05','end':'2017-03-01',"
                        + "'organizers':['F1']}"),
                line("NO_ORGANIZER", "{'id':'" + person + "','kind':'VISIT','start':'2017-03-05','organizers':[]}"),
                line("NOT_POSITIVE", "{'id':'" + m + "'," + a + ",'sessions':0}"),
                line("REQUIRED", "{'id':'" + cycle + "','start':'2017-01-05','organizers':['F1']}"),
                line("BLANK", "{'id':'" + ref + "','kind':'VISIT','start':'2017-03-05','organizers':[' ']}"),
                line("LIMIT_EXCEEDED", "{'id':'" + person + "'," + a + ",'participants':1" + "0".repeat(120) + "}")));
        files.put("targets.jsonl", List.<String[]>of(
                line("UNKNOWN_REFERENCE", "{'organization':'" + ref + "','year':2017,'indicator':'VISIT.EVENTS','value':1}"),
                line("INDICATOR_FORMAT", "{'organization':'F1','year':2017,'indicator':'X" + m + "','value':1}")));
        return files;
    }

    private static String[] line(String code, String json) {
        return new String[] {code, json.replace('\'', '"')};
    }

    @Property(tries = 12)
    void validate_neverShowsAPersonalNumber(@ForAll("numbers") Numbers numbers) throws IOException {
        Path folder = Files.createTempDirectory("personal");
        try {
            Map<String, List<String[]>> files = dataset(numbers);
            for (Map.Entry<String, List<String[]>> e : files.entrySet()) {
                List<String> lines = e.getValue().stream().map(l -> l[1]).toList();
                Files.writeString(folder.resolve(e.getKey()), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            }
            DataQualityReport quality = Dataset.of(folder).validate();
            for (Map.Entry<String, List<String[]>> e : files.entrySet()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    String code = e.getValue().get(i)[0];
                    long line = i + 1;
                    if (code != null) {
                        // "~CODE": on any line of the file (a cycle is reported where it is found)
                        boolean anyLine = code.startsWith("~");
                        assertTrue(quality.getProblems().stream().anyMatch(p -> p.getFile().equals(e.getKey())
                                && (anyLine || p.getLine() == line) && p.getProblemCode().matches(code.replace("~", ""))),
                                e.getKey() + ":" + line + " should give " + code + ": " + quality.getProblems());
                    }
                }
            }
            List<String> texts = new ArrayList<>();
            for (DatasetProblem p : quality.getProblems()) {
                texts.add(p.toString());
                texts.add(String.valueOf(p.getId().orElse(null)));
                texts.add(ProblemMessages.localize(p, java.util.Locale.SIMPLIFIED_CHINESE).toString());
            }
            int thrown = 0;
            for (DatasetFile<?> kind : DatasetFile.all()) {
                try {
                    Dataset.of(folder).readAll(kind);
                } catch (DatasetReadException e) {
                    texts.add(e.getMessage());
                    texts.add(e.getProblem().toString());
                    thrown++;
                }
            }
            assertTrue(thrown >= 3, texts.toString());
            assertSafe(numbers, texts);
        } finally {
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Property(tries = 25)
    void mapperAndTree_neverShowAPersonalNumber(@ForAll("numbers") Numbers numbers) {
        List<String> texts = new ArrayList<>();
        Map<String, List<String[]>> files = dataset(numbers);
        Map<String, Class<?>> types = Map.of("persons.jsonl", Person.class,
                "activities.jsonl", io.github.ficsdk.core.activity.Activity.class);
        int rejected = 0;
        for (Map.Entry<String, Class<?>> type : types.entrySet()) {
            for (String[] line : files.get(type.getKey())) {
                try {
                    FicJson.mapper().readValue(line[1], type.getValue());
                } catch (InvalidRecordException e) {
                    texts.add(e.getMessage());
                    texts.add(e.toString());
                    rejected++;
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    // Jackson's own syntax errors: not a record problem
                }
            }
        }
        assertTrue(rejected >= 8, texts.toString());
        Federation a = Federation.builder().id(numbers.id15()).name("环一").level(FederationLevel.COUNTY)
                .division("330481").parent(numbers.id18x()).build();
        Federation b = Federation.builder().id(numbers.id18x()).name("环二").level(FederationLevel.COUNTY)
                .division("330481").parent(numbers.id15()).build();
        Federation c = Federation.builder().id("F9").name("县").level(FederationLevel.COUNTY)
                .division("330402").parent(numbers.mobile()).build();
        OrganizationTreeException e = assertThrows(OrganizationTreeException.class,
                () -> OrganizationTree.of(List.of(a, b, c), List.of(), List.of()));
        texts.add(e.getMessage());
        OrganizationTree.of(List.of(a, b, c, c), List.of(), List.of(), x -> texts.add(x.getMessage()));
        assertTrue(texts.size() > 4, texts.toString());
        assertSafe(numbers, texts);
    }

    static void assertSafe(Numbers numbers, List<String> texts) {
        for (String text : texts) {
            for (String number : numbers.all()) {
                assertFalse(text.contains(number), () -> "shows " + number + ": " + text);
            }
            assertFalse(RECOGNISED.matcher(text).find(), () -> "shows a personal number: " + text);
        }
    }
}
