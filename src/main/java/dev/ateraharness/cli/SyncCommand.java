package dev.ateraharness.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the sync command lands. */
@Command(name = "sync", mixinStandardHelpOptions = true, description = "(not built yet)")
public final class SyncCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("error: 'sync' is not built yet");
        return ExitCodes.USAGE;
    }
}
