package io.github.ficsdk.examples.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ficsdk.examples.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reference app fed with personal data and hostile text: ID-card and mobile numbers used as
 * ids, references, property names, extension keys, codes, dates, amounts, counts and JSON tokens,
 * in names, titles, scheme documents, evidence and a plug-in's messages; names and ids with
 * terminal escapes, bidi overrides and line feeds; ids that start a spreadsheet formula. No
 * command in any format prints a personal number in full or a raw control character, and no CSV
 * text cell starts a formula.
 */
class PersonalDataAdversarialTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** A recognised number: 17 digits + digit/X, 15 digits, or 1[3-9] + 9 digits (after 86), delimited by non-digits. */
    static final Pattern PERSONAL = Pattern.compile(
            "(?<![0-9])(?:[0-9]{17}(?:[0-9](?![0-9])|[Xx])|[0-9]{15}(?![0-9])|(?:86)?1[3-9][0-9]{9}(?![0-9]))");

    static final String ID18 = "110105194912310021";
    static final String ID18X = "11010519491231002X";
    static final String ID15 = "330402491231002";
    static final String MOBILE = "13812345678";
    static final String MOBILE2 = "+8613912345678";
    /** Terminal escapes (clear screen, set title), a bidi override and a line feed. */
    static final String HOSTILE = "\u001B[2J\u001B]0;pwned\u0007\u202E\n";
    /** Child federation ids that a spreadsheet would take for formulas. */
    static final List<String> FORMULA_IDS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,2)", "-2+3", "@SUM(1)",
            "\tTAB", "\rCR");
    static final String CHAMBER = "51330400MJ00098N3Y";

    @TempDir
    static Path bad;
    @TempDir
    static Path clean;
    @TempDir
    static Path cycle;
    @TempDir
    static Path files;

    private static void write(Path folder, String file, String... lines) throws IOException {
        List<String> json = new ArrayList<>();
        for (String line : lines) {
            json.add(line.replace('\'', '"'));
        }
        Files.writeString(folder.resolve(file), String.join("\n", json) + "\n", StandardCharsets.UTF_8);
    }

    /** A JSON string literal of text, for hostile text inside a line. */
    private static String q(String text) throws IOException {
        return JSON.writeValueAsString(text).replace('"', '\'');
    }

    @BeforeAll
    static void datasets() throws IOException {
        String city = "{'id':'F1','name':" + q("嘉兴市工商联" + HOSTILE + MOBILE) + ",'level':'CITY','division':'330400'}";
        // a dataset with a bad line for every problem that quotes the data
        List<String> federations = new ArrayList<>(List.of(city,
                "{'id':'F2','name':'县','level':'COUNTY','division':'330402','parent':'" + ID18 + "'}",
                "{'id':'" + ID15 + "','name':'环一','level':'COUNTY','division':'330481','parent':'F3'}",
                "{'id':'F3','name':'环二','level':'COUNTY','division':'330481','parent':'" + ID15 + "'}",
                "{'id':'F4','name':'县','level':'COUNTY','division':'" + MOBILE + "','parent':'F1'}"));
        for (int i = 0; i < FORMULA_IDS.size(); i++) {
            federations.add("{'id':" + q(FORMULA_IDS.get(i)) + ",'name':" + q("=1+" + i + HOSTILE)
                    + ",'level':'COUNTY','division':'330402','parent':'F1'}");
        }
        write(bad, "federations.jsonl", federations.toArray(String[]::new));
        write(bad, "chambers.jsonl",
                "{'id':'C1','name':'商会','kind':'INDUSTRY_CHAMBER','federation':'" + ID18 + "'}",
                "{'id':'C2','name':'商会','kind':'" + MOBILE + "','federation':'F1'}");
        write(bad, "party-organizations.jsonl",
                "{'id':'PO1','name':'支部','kind':'BRANCH','host':'" + ID18 + "'}");
        write(bad, "enterprises.jsonl",
                "{'id':'E1','name':'公司','creditCode':'" + ID18 + "'}");
        write(bad, "persons.jsonl",
                "{'id':'" + ID18X + "','name':'张三','mobile':'" + MOBILE + "'}",
                "{'id':'" + ID18X + "','name':'李四'}",
                "{'id':'P3','name':'王五','" + MOBILE + "':1}",
                "{'id':'P4','name':'赵六','extensions':{'" + MOBILE + "':1,'" + MOBILE + "':2}}",
                "{'id':'P5','name':'钱七','mobile':'" + MOBILE + "0'}",
                "{'id':'P6','name':'孙八','birthYear':" + ID18 + "}",
                "{'id':" + q(ID15 + HOSTILE) + ",'name':'周九'}");
        write(bad, "memberships.jsonl",
                "{'member':'" + ID18 + "','organization':'F1','role':'MEMBER'}",
                "{'member':'" + ID18X + "','organization':'" + MOBILE + "','role':'MEMBER'}");
        String a = "'kind':'VISIT','start':'2017-01-05','organizers':['F1']";
        List<String> activities = new ArrayList<>(List.of(
                "{'id':'A1'," + a + ",'title':" + q("走访" + HOSTILE + ID18) + ",'targets':[{'type':'PERSON','id':'" + ID18 + "'}]}",
                "{'id':'A2','kind':'X" + MOBILE + "','start':'2017-01-05','organizers':['F1']}",
                "{'id':'A3','kind':'VISIT','start':'" + ID18 + "','organizers':['F1']}",
                "{'id':'A4'," + a + ",'amountYuan':'" + MOBILE + ".123'}",
                "{'id':'A5'," + a + ",'amountYuan':'" + ID18X + "'}",
                "{'id':'A6'," + a + ",'participants':-" + ID18 + "}",
                "{'id':'A7'," + a + ",'copies':true" + MOBILE + "}",
                "{'id':'" + ID18 + "'," + a + "} " + MOBILE,
                "{'id':'A9'," + a + ",'extensions':{'" + MOBILE + "':[1]}}",
                "{'id':'A10'," + a + ",'targets':[{'type':'" + MOBILE + "','id':'E1'}]}",
                "{'id':'A11','kind':" + q(MOBILE2 + HOSTILE) + ",'start':'2017-01-05','organizers':['F1']}",
                "{'id':'" + ID18X + "'," + a + ",'title':'" + MOBILE));
        for (int i = 0; i < FORMULA_IDS.size(); i++) {
            activities.add("{'id':'B" + i + "','kind':'VISIT','start':'2017-02-0" + (i + 1) + "','organizers':["
                    + q(FORMULA_IDS.get(i)) + "]}");
        }
        write(bad, "activities.jsonl", activities.toArray(String[]::new));
        write(bad, "targets.jsonl",
                "{'organization':'" + ID18 + "','year':2017,'indicator':'VISIT.EVENTS','value':1}");

        // a dataset that can be appraised: persons with ID-card numbers as ids are members of a chamber
        write(clean, "federations.jsonl", city);
        write(clean, "chambers.jsonl", "{'id':'" + CHAMBER + "','name':" + q("纺织商会" + HOSTILE + ID18X)
                + ",'kind':'INDUSTRY_CHAMBER','federation':'F1','registeredOn':'2006-02-02'}");
        write(clean, "persons.jsonl",
                "{'id':'" + ID18X + "','name':'张三','mobile':'" + MOBILE + "'}",
                "{'id':'" + ID15 + "','name':'李四'}");
        write(clean, "memberships.jsonl",
                "{'member':'" + ID18X + "','organization':'" + CHAMBER + "','role':'PRESIDENT'}",
                "{'member':'" + ID15 + "','organization':'" + CHAMBER + "','role':'MEMBER'}");
        write(clean, "activities.jsonl",
                "{'id':'A1','kind':'VISIT','start':'2017-03-01','organizers':['" + CHAMBER + "'],'title':"
                        + q("走访" + HOSTILE) + ",'targets':[{'type':'PERSON','id':'" + ID18X + "'}]}");

        // organisations that do not form a tree, the ids being ID-card numbers
        write(cycle, "federations.jsonl",
                "{'id':'" + ID18 + "','name':'环一','level':'COUNTY','division':'330481','parent':'" + ID15 + "'}",
                "{'id':'" + ID15 + "','name':'环二','level':'COUNTY','division':'330481','parent':'" + ID18 + "'}");

        // a scheme whose names, labels and reasons quote personal numbers and hostile text, with the quoting plug-in
        String hostileJson = JSON.writeValueAsString(HOSTILE + MOBILE);
        Files.writeString(files.resolve("scheme.json"), ("{'id':'X" + MOBILE + "','version':'" + ID18 + "','name':" + q("方案" + HOSTILE + MOBILE)
                + ",'subject':'CHAMBER','dimensions':[{'code':'D" + ID18X + "','name':" + q("维度" + HOSTILE + ID18)
                + ",'maxPoints':10,'rules':[{'rule':'flag','evidence':'party.established','points':5,'label':"
                + q("党组织 " + ID18 + HOSTILE) + "},{'rule':'threshold','evidence':'members.total','atLeast':1,"
                + "'points':3,'label':" + q("会员 " + ID15) + "},{'rule':'" + QuotingRule.ID + "','evidence':'x.phone'}]}],"
                + "'vetoes':[{'rule':'flag','evidence':'x.vetoed','ifMissing':true,'reason':" + hostileJson.replace('"', '\'')
                + "}],'grades':[{'grade':'PASS','minPoints':5},{'grade':'FAIL','minPoints':0}]}").replace('\'', '"'));
        Files.writeString(files.resolve("failing-scheme.json"), ("{'id':'X_FAIL','version':'1','name':'失败',"
                + "'subject':'CHAMBER','dimensions':[{'code':'D1','name':'维度','maxPoints':10,'rules':[{'rule':'"
                + QuotingRule.ID + "','evidence':'x.phone','fail':1}]}],'grades':[{'grade':'FAIL','minPoints':0}]}")
                .replace('\'', '"'));
        Files.writeString(files.resolve("rejected-scheme.json"), ("{'id':'X_BAD','version':'1','name':'坏',"
                + "'subject':'CHAMBER','dimensions':[{'code':'D1','name':'维度','maxPoints':10,'rules':[{'rule':"
                + "'x-member-growth','baseline':'members.before','atLeastPercent':5,'points':-" + MOBILE + "}]}],"
                + "'grades':[{'grade':'FAIL','minPoints':0}]}").replace('\'', '"'));
        write(files, "evidence.jsonl",
                "{'subject':'" + CHAMBER + "','period':'2017','values':{'x.phone':" + q(MOBILE2 + HOSTILE) + "}}");
        write(files, "unknown-subject.jsonl",
                "{'subject':'" + CHAMBER + "','period':'2017','values':{'x.phone':'" + MOBILE + "'}}",
                "{'subject':'" + MOBILE + "','period':'2017','values':{'x.phone':'" + MOBILE + "'}}");
        write(files, "wrong-type.jsonl",
                "{'subject':'" + CHAMBER + "','period':'2017','values':{'party.activities':'" + ID18 + "'}}");
        write(files, "bad-evidence.jsonl",
                "{'subject':'" + CHAMBER + "','period':'2017','values':{'x.phone':'" + MOBILE + "'},'" + ID18 + "':1}");
    }

    /** Every command, in every format and both languages, on the datasets above. */
    static Stream<List<String>> runs() {
        String scheme = files.resolve("scheme.json").toString();
        String evidence = files.resolve("evidence.jsonl").toString();
        List<List<String>> runs = new ArrayList<>();
        for (String lang : List.of("zh", "en")) {
            for (String format : List.of("json", "text")) {
                runs.add(List.of("validate", "--data", bad.toString(), "--format", format, "--lang", lang));
                runs.add(List.of("appraise", "--data", clean.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                        "--format", format, "--lang", lang));
                runs.add(List.of("appraise", "--data", clean.toString(), "--scheme", scheme, "--period", "2017",
                        "--evidence", evidence, "--format", format, "--lang", lang));
            }
            for (String format : List.of("json", "csv", "markdown", "text")) {
                runs.add(List.of("report", "--data", bad.toString(), "--period", "2017", "--scope", "F1", "--by", "child",
                        "--format", format, "--lang", lang));
            }
            for (String format : List.of("markdown", "text")) {
                runs.add(List.of("report", "--data", clean.toString(), "--period", "2017", "--scope", "F1",
                        "--format", format, "--lang", lang));
            }
            // the appraisal cannot finish or the arguments are rejected: the error lines, with stack traces
            runs.add(List.of("appraise", "--data", bad.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017",
                    "--lang", lang, "--verbose"));
            runs.add(List.of("appraise", "--data", cycle.toString(), "--scheme", "FIVE_EXCELLENCE_COUNTY", "--period",
                    "2017", "--lang", lang, "--verbose"));
            runs.add(List.of("appraise", "--data", clean.toString(), "--scheme", files.resolve("failing-scheme.json")
                    .toString(), "--period", "2017", "--evidence", evidence, "--lang", lang, "--verbose"));
            runs.add(List.of("appraise", "--data", clean.toString(), "--scheme", files.resolve("rejected-scheme.json")
                    .toString(), "--period", "2017", "--lang", lang, "--verbose"));
            for (String file : List.of("unknown-subject.jsonl", "wrong-type.jsonl", "bad-evidence.jsonl")) {
                runs.add(List.of("appraise", "--data", clean.toString(), "--scheme", scheme, "--period", "2017",
                        "--evidence", files.resolve(file).toString(), "--lang", lang, "--verbose"));
            }
            runs.add(List.of("report", "--data", bad.toString(), "--period", "2017", "--scope", "F1", "--indicators",
                    "X" + MOBILE + ".EVENTS", "--lang", lang, "--verbose"));
            runs.add(List.of("report", "--data", bad.toString(), "--period", ID18, "--scope", "F1", "--lang", lang));
            // indicator codes of team kinds that look like personal numbers, in JSON too
            for (String by : List.of("child", "kind")) {
                runs.add(List.of("report", "--data", clean.toString(), "--period", "2017", "--scope", "F1", "--by", by,
                        "--indicators", "X_" + ID18 + ".TARGETS.PERSON,X_" + MOBILE + ".DISTINCT.PERSON", "--format",
                        "json", "--lang", lang));
            }
        }
        return runs.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void command_neverPrintsAPersonalNumberNorARawControl(List<String> args) {
        Run run = Run.of(args.toArray(String[]::new));
        assertTrue(run.status() <= 2, run.err());
        assertSafe(run.out(), args + " stdout");
        assertSafe(run.err(), args + " stderr");
    }

    static void assertSafe(String output, String what) {
        Matcher m = PERSONAL.matcher(output);
        assertFalse(m.find(), () -> what + " shows " + m.group() + ":\n" + output);
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            // a line feed, CR LF (CSV) and the tab that starts a stack frame are the output's own
            boolean own = c == '\n' || c == '\r' && output.startsWith("\r\n", i) || c == '\t' && i > 0
                    && (output.charAt(i - 1) == '\n' || output.charAt(i - 1) == '\t');
            boolean control = (c < 0x20 && !own) || (c >= 0x7F && c <= 0x9F) || c == 0x061C
                    || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            assertFalse(control, () -> what + " has a raw U+" + Integer.toHexString(c) + ":\n" + output);
        }
    }

    @Test
    void validate_everyProblemIsFoundAndMasked() throws Exception {
        Run run = Run.of("validate", "--data", bad.toString());
        assertEquals(1, run.status(), run.err());
        List<JsonNode> problems = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            problems.add(JSON.readTree(line));
        }
        List<String> codes = problems.stream().map(p -> p.path("code").asText()).distinct().toList();
        for (String code : List.of("DUPLICATE_ID", "UNKNOWN_PROPERTY", "DUPLICATE_KEY", "UNKNOWN_REFERENCE",
                "UNKNOWN_PARENT", "PARENT_CYCLE", "UNKNOWN_ACTIVITY_KIND", "INVALID_DATE", "YUAN_AMOUNT_SCALE",
                "YUAN_AMOUNT_FORMAT", "NEGATIVE", "MALFORMED_JSON", "TRAILING_CONTENT", "WRONG_TYPE", "UNKNOWN_CODE",
                "OUT_OF_RANGE", "ID_FORMAT", "MOBILE_NUMBER_FORMAT", "DIVISION_CODE_FORMAT")) {
            assertTrue(codes.contains(code), code + " not among " + codes);
        }
        assertTrue(run.out().contains("\"id\":\"110105********002X\",\"path\":\"id\",\"severity\":\"ERROR\",\"code\":\"DUPLICATE_ID\""),
                run.out());
        assertTrue(run.out().contains("110105********0021 is not a person of the dataset"), run.out());
        assertTrue(run.out().contains("\"path\":\"138****5678\""), run.out());
        assertTrue(run.out().contains("\"id\":\"330402*****1002\\\\u001B[2J"), run.out());
    }

    @Test
    void validateText_escapesHostileIds() {
        Run run = Run.of("validate", "--data", bad.toString(), "--format", "text", "--lang", "en");
        assertTrue(run.out().contains("persons.jsonl:7 330402*****1002\\u001B[2J\\u001B]0;pwned\\u0007\\u202E\\n id ERROR ID_FORMAT"),
                run.out());
    }

    @Test
    void reportText_escapesTheScopeNameAndMasksIt() {
        Run run = Run.of("report", "--data", clean.toString(), "--period", "2017", "--scope", "F1", "--format", "text");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("嘉兴市工商联\\u001B[2J\\u001B]0;pwned\\u0007\\u202E\\n138****5678 2017年\n"),
                run.out());
        assertTrue(run.out().contains("填报单位：嘉兴市工商联\\u001B[2J"), run.out());
    }

    @Test
    void appraise_masksSourcesAndExplanationsButKeepsTheSubject() throws Exception {
        Run run = Run.of("appraise", "--data", clean.toString(), "--scheme", files.resolve("scheme.json").toString(),
                "--period", "2017", "--evidence", files.resolve("evidence.jsonl").toString());
        assertEquals(0, run.status(), run.err());
        JsonNode result = JSON.readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals(CHAMBER, result.get("subject").asText());
        assertEquals("[\"110105********002X\",\"330402*****1002\"]", result.at("/sources/members.total").toString());
        JsonNode rules = result.at("/dimensions/0/rules");
        assertTrue(rules.get(0).get("explanation").asText().startsWith("党组织 110105********0021\\u001B[2J"),
                rules.toString());
        assertTrue(rules.get(2).get("explanation").asText().startsWith("电话 +86139****5678\\u001B[2J"), rules.toString());
        assertEquals("\u001B[2J\u001B]0;pwned\u0007\u202E\n138****5678", result.at("/vetoes/0").asText());
        assertEquals("+86139****5678" + HOSTILE, result.at("/evidence/x.phone").asText());
    }

    @Test
    void appraiseText_escapesNamesReasonsAndExplanations() {
        Run run = Run.of("appraise", "--data", clean.toString(), "--scheme", files.resolve("scheme.json").toString(),
                "--period", "2017", "--evidence", files.resolve("evidence.jsonl").toString(), "--format", "text");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith(CHAMBER + " 纺织商会\\u001B[2J\\u001B]0;pwned\\u0007\\u202E\\n110105********002X  方案"),
                run.out());
        assertTrue(run.out().contains("一票否决：\\u001B[2J"), run.out());
        assertTrue(run.out().contains("电话 +86139****5678\\u001B[2J"), run.out());
    }

    @Test
    void appraise_pluginFailure_isMaskedWithItsStackTrace() {
        Run run = Run.of("appraise", "--data", clean.toString(), "--scheme", files.resolve("failing-scheme.json").toString(),
                "--period", "2017", "--evidence", files.resolve("evidence.jsonl").toString(), "--lang", "en", "--verbose");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().startsWith("error: the appraisal cannot finish: " + CHAMBER + ": rule x-test-quoting in "
                + "dimensions[D1] failed: java.lang.IllegalStateException: cannot score " + CHAMBER
                + " from +86139****5678\\u001B[2J"), run.err());
        assertTrue(run.err().contains("Caused by: java.lang.IllegalStateException: cannot score"), run.err());
        assertTrue(run.err().contains("\n\tat "), "stack frames keep their tab: " + run.err());
    }

    @Test
    void appraise_treeAndReadErrors_areMasked() {
        Run tree = Run.of("appraise", "--data", cycle.toString(), "--scheme", "FIVE_EXCELLENCE_COUNTY", "--period", "2017");
        assertEquals(1, tree.status(), tree.err());
        assertTrue(tree.err().contains("110105********0021"), tree.err());
        Run read = Run.of("appraise", "--data", bad.toString(), "--scheme", "FOUR_GOOD_CHAMBER", "--period", "2017");
        assertEquals(1, read.status(), read.err());
        assertTrue(read.err().startsWith("错误："), read.err());
    }

    /** The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks). */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        assertFalse(quoted, "unterminated quote");
        assertEquals(0, cell.length() + row.size(), "a last line without CRLF");
        return rows;
    }

    @Test
    void reportCsv_noTextCellStartsAFormula() {
        Run run = Run.of("report", "--data", bad.toString(), "--period", "2017", "--scope", "F1", "--by", "child",
                "--indicators", "VISIT.EVENTS", "--format", "csv");
        assertEquals(0, run.status(), run.err());
        List<List<String>> rows = parseCsv(run.out().substring(1));
        List<String> header = rows.get(0);
        assertEquals(List.of("indicator", "scope", "period", "kind", "value", "unit", "name"), header);
        List<String> scopes = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertEquals(header.size(), row.size(), row.toString());
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (i == header.indexOf("value")) {
                    assertTrue(cell.matches("-?[0-9]+(\\.[0-9]+)?"), "a number cell stays a number: " + cell);
                } else {
                    assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0, "formula trigger: " + row);
                }
            }
            scopes.add(row.get(1));
        }
        // the formula "ids" are not ids: validate rejects their federations (ID_FORMAT), and so does the
        // report, so none is a row (the neutralising of cells is ReportRenderersSafetyTest's)
        for (String id : FORMULA_IDS) {
            assertFalse(scopes.stream().anyMatch(s -> s.contains(id.strip()) || s.contains(id.substring(1))),
                    scopes.toString());
        }
        assertTrue(scopes.contains("F1"), scopes.toString());
    }
}
