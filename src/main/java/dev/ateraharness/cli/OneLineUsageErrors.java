package dev.ateraharness.cli;

import picocli.CommandLine;

/** Usage errors print one line (and where to get help) and exit with {@link ExitCodes#USAGE}. */
final class OneLineUsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("error: " + ex.getMessage() + " (try: " + cl.getCommandSpec().qualifiedName() + " --help)");
        return ExitCodes.USAGE;
    }
}
