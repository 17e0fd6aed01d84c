package dev.ateraharness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code atera-harness} command: one subcommand per job. */
@Command(name = "atera-harness",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Load-testing and API-compliance harness for the Atera REST API v3.",
            "The API key is read from the ATERA_API_KEY environment variable (or a file where a command says so),",
            "never from an argument."
        },
        subcommands = {
            SyncCommand.class,
            StubCommand.class,
            CheckCommand.class,
            PlanCommand.class,
            CompareCommand.class,
            MergeGatlingCommand.class,
            CommandLine.HelpCommand.class
        })
public final class AteraHarness implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** A command line configured as {@code main} uses it (exit codes, one-line errors). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new AteraHarness());
        cl.setParameterExceptionHandler(new OneLineUsageErrors());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
