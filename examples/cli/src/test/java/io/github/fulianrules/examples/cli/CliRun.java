package io.github.fulianrules.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line in this JVM, as the tests see it.
 *
 * @param exitCode what {@link Main#execute} returned
 * @param out      what it wrote to standard output
 * @param err      what it wrote to standard error
 */
record CliRun(int exitCode, String out, String err) {
    /** Runs {@code fulian-rules ARGS} in this JVM. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
