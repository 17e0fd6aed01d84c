package dev.ateraharness.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Usage errors print one line and exit with {@link ExitCodes#USAGE}: picocli's parse errors (with where to get
 * help), and through {@link #usage} and {@link #usageLine} every command's own (bad values, unreadable input,
 * unwritable output), so each command ends the same way.
 */
final class OneLineUsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("error: " + ex.getMessage() + " (try: " + cl.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.USAGE;
    }

    /** Prints {@code error: MESSAGE} on {@code err}, flushed; returns {@link ExitCodes#USAGE} for the command to return. */
    static int usage(PrintWriter err, String message) {
        return usageLine(err, "error: " + message);
    }

    /** Prints a line that already says {@code error: ...} (e.g. {@link OutputFiles}'s), likewise. */
    static int usageLine(PrintWriter err, String line) {
        err.println(line);
        err.flush();
        return ExitCodes.USAGE;
    }
}
