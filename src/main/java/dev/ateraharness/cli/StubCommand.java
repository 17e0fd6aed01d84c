package dev.ateraharness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the stub command lands. */
@Command(name = "stub", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class StubCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("error: 'stub' is not built yet");
        return ExitCodes.USAGE;
    }
}
