package dev.ateraharness.cli;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.client.event.AttemptLogWriter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.compare.RunSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sync}'s normal end, run through {@link SyncShutdown#finishNormally} so a signal never cuts a file off:
 * closes the attempt log, writes the summary, and (with {@code --summary}) appends the run to the history. A log
 * that lost rows is not a success.
 *
 * @param attemptsLog the attempt log's file, null for none
 * @param attempts    its writer, null for none
 * @param summaryFile the summary's file, null for none
 * @param settings    the run's settings for the history record (its fingerprint)
 * @param limiter     the client-side limit, for the history's utilisation figures
 */
record SyncFinish(Path attemptsLog, AttemptLogWriter attempts, Path summaryFile, HistoryOptions history,
                  Map<String, String> settings, RateLimiterConfig limiter, PrintWriter err) {

    /** Closes the log and writes the summary and history; returns the exit code, worsened by a failed write. */
    int finish(SyncRun.Result r) {
        int code = r.code();
        if (attempts != null) {
            try {
                attempts.close();
            } catch (IOException ex) {
                // the checks would judge a partial log as if it were the whole run
                err.println("error: cannot write " + attemptsLog + ": " + ex.getMessage());
                code = code == ExitCodes.OK ? ExitCodes.TRANSPORT : code;
            }
        }
        err.flush();
        if (summaryFile != null) {
            try {
                SyncOutput.writeJson(summaryFile, r.done());
            } catch (IOException ex) {
                err.println("error: cannot write " + summaryFile + ": " + ex.getMessage());
                err.flush();
                return code == ExitCodes.OK ? ExitCodes.USAGE : code;
            }
            if (history.enabled()) {
                record(r.done(), code);
            }
        }
        return code;
    }

    /** The end when the run threw: the log is closed, and the run's own exception is what counts. */
    void closeQuietly() {
        if (attempts != null) {
            try {
                attempts.close();
            } catch (IOException ignored) {
                // the run already failed with its own exception
            }
        }
    }

    /** Appends this sync to the run history: settings, sync durations, the attempt log's figures. */
    private void record(List<SyncSummary> done, int code) {
        try {
            double[] durations = done.stream().mapToDouble(s -> s.duration().toNanos() / 1e6).toArray();
            var figures = RunSources.figures(Optional.ofNullable(attemptsLog), durations, limiter.limit(),
                    limiter.window());
            // stderr: stdout is one line per entity, for scripts
            history.append(RunRecord.of("sync", settings, code == ExitCodes.OK, figures), err, err);
        } catch (IOException e) {
            err.println("warning: no history record: cannot read " + attemptsLog + ": " + e.getMessage());
        }
    }
}
