package dev.ateraharness.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Signal dispositions a child process inherits. A shell without job control starts background commands with SIGINT
 * ignored, and a JVM started with SIGINT ignored keeps ignoring it (as {@code nohup java} keeps ignoring SIGHUP),
 * so a test run from such a job cannot deliver SIGINT to a child it starts: the test says so and is skipped instead
 * of failing for a reason that is not the code's.
 */
public final class InheritedSignals {

    private static final int SIGINT = 2;

    private InheritedSignals() {
    }

    /** Skips the calling test when this process (and so any child it starts) ignores SIGINT. */
    public static void assumeSigintDeliverable() {
        Assumptions.assumeFalse(ignored(SIGINT), "SIGINT is ignored by this test JVM (it was started from a "
                + "background job of a shell without job control), so no child it starts can receive SIGINT");
    }

    /** Whether signal {@code sig} is ignored by this process, read from /proc (false where there is no /proc). */
    static boolean ignored(int sig) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("SigIgn:")) {
                    long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                    return (mask & (1L << (sig - 1))) != 0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }
}
