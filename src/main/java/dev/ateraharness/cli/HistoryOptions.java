package dev.ateraharness.cli;

import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --history FILE} and {@code --no-history}, shared by the commands that record their runs: each run appends
 * one compact record (run id, commit, settings fingerprint, figures) that {@code compare} reads. A history that
 * cannot be written is reported on stderr and never changes the command's exit code.
 */
final class HistoryOptions {

    @Option(names = "--history", paramLabel = "FILE",
            description = "Append this run's record to FILE for `compare` (default: reports/history.jsonl).")
    Path history;

    @Option(names = "--no-history", description = "Do not append a record to the run history.")
    boolean noHistory;

    boolean enabled() {
        return !noHistory;
    }

    RunHistory file() {
        return new RunHistory(history != null ? history : RunHistory.defaultFile());
    }

    /** Appends and says so on {@code out}; a failure is one line on {@code err}. */
    void append(RunRecord r, PrintWriter out, PrintWriter err) {
        RunHistory h = file();
        try {
            h.append(r);
            out.println("history: " + r.runId() + " (settings " + r.fingerprint() + ") appended to " + h.file());
        } catch (IOException | RuntimeException e) {
            err.println("warning: cannot append to the history " + h.file() + ": " + e.getMessage());
        }
        out.flush();
        err.flush();
    }
}
