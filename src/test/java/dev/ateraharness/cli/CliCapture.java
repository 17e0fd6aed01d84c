package dev.ateraharness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs {@code atera-harness} in-process the way the launcher does, capturing what it prints. For CLI tests. */
final class CliCapture {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** The exit code of {@code atera-harness args...}; output accumulates in {@link #out} and {@link #err}. */
    int run(String... args) {
        CommandLine cl = AteraHarness.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
