package io.github.ficsdk.examples;

import java.io.StringWriter;

/** The result of one in-process run of the app: exit status, stdout and stderr. */
public record Run(int status, String out, String err) {

    /** Runs the app with stderr not a terminal. */
    public static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = FicApp.execute(out, err, false, args);
        return new Run(status, out.toString(), err.toString());
    }

    /** The lines of stderr. */
    public String[] errLines() {
        return err.isEmpty() ? new String[0] : err.split("\n");
    }
}
