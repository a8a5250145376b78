package io.github.ficsdk.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ficsdk.examples.cli.Lang;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A command line that names its command first builds picocli's model of that command only; what it
 * prints and returns must be what the app with every command built prints and returns.
 */
class FicAppDispatchTest {

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>();
        for (String command : List.of("report", "validate", "appraise", "demo", "import", "template")) {
            lines.add(List.of(command, "--help"));
            lines.add(List.of("--lang", "en", command, "--help"));
            lines.add(List.of("--lang=en", command, "--no-such-option"));
            lines.add(List.of(command, "--no-such-option"));
            lines.add(List.of(command, "-h"));
            lines.add(List.of(command, "-V"));
            lines.add(List.of(command));
            lines.add(List.of("--lang", "en", command, "--data"));
        }
        lines.add(List.of("report", "--data", "/no/such/folder", "--period", "2017-H1", "--scope", "F1", "--by", "nope"));
        lines.add(List.of("report", "--period", "nope", "--data", "x", "--scope", "F1"));
        lines.add(List.of("validate", "--data", "a", "--ledger", "b"));
        lines.add(List.of("report", "--data", "/no/such/folder", "--period", "2017-H1"));
        lines.add(List.of("--lang", "en", "validate", "--data", "/no/such/folder"));
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("commandLines")
    void oneCommandBuiltActsAsTheWholeApp(List<String> args) {
        String[] a = args.toArray(String[]::new);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FicApp.execute(out, err, false, a);

        StringWriter wholeOut = new StringWriter();
        StringWriter wholeErr = new StringWriter();
        Lang lang = args.contains("en") || args.contains("--lang=en") ? Lang.EN : Lang.ZH;
        int wholeStatus = FicApp.commandLine(new PrintWriter(wholeOut, true), new PrintWriter(wholeErr, true), false,
                lang).execute(a);

        assertEquals(wholeStatus, status, args.toString());
        assertEquals(wholeOut.toString(), out.toString(), args.toString());
        assertEquals(wholeErr.toString(), err.toString(), args.toString());
        assertTrue(!out.toString().isEmpty() || !err.toString().isEmpty(), args.toString());
    }
}
