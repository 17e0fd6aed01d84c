package dev.ateraharness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the plan command lands. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class PlanCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("error: 'plan' is not built yet");
        return ExitCodes.USAGE;
    }
}
