package dev.ateraharness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the check command lands. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class CheckCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("error: 'check' is not built yet");
        return ExitCodes.USAGE;
    }
}
