package dev.ateraharness.cli;

import dev.ateraharness.compare.CompareSettings;
import dev.ateraharness.compare.RunComparison;
import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.compare.RunSources;
import dev.ateraharness.report.ComparisonReports;
import dev.ateraharness.report.ComparisonText;
import dev.ateraharness.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code atera-harness compare}: compares a candidate run with a baseline figure by figure, each change with a
 * confidence interval, and fails only when an interval lies wholly beyond the tolerance. Exit 0 no evidence of
 * regression, 1 regression, 2 bad input (one line).
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare two runs: latency and sync-duration percentiles (bootstrap interval of the ratio, "
                + "Mann-Whitney for a shift), 429s and retries per request and utilisation (Poisson rate ratio), "
                + "max in any window (exact).",
            "A and B may be run folders (a Gatling run folder or one holding attempts/arrivals logs), attempt logs "
                + "(CSV or JSON lines as sync --attempts-log writes them), history files (their latest record) or "
                + "run ids in --history.",
            "A baseline of several runs (repeat --baseline, or --baseline-runs from the history) counts the spread "
                + "between its runs: a two-level bootstrap resamples runs, then samples within them.",
            "A figure regresses only when its whole interval lies beyond the tolerance; otherwise the output says "
                + "'no evidence of regression' with the interval. The bootstrap is seeded: the same inputs give the "
                + "same output.",
            "Exit codes: 0 no evidence of regression, 1 regression, 2 usage error or unreadable input."})
public final class CompareCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--baseline", paramLabel = "A",
            description = "Run folder, attempt log, history file or run id; repeat it for a baseline of several runs "
                    + "(default: the last --baseline-runs passing records in --history with the candidate's settings "
                    + "fingerprint).")
    List<String> baseline;

    @Option(names = "--baseline-runs", paramLabel = "K", defaultValue = "3",
            description = "Runs in the default baseline from the history; with 2 or more the spread between them "
                    + "widens the intervals (default: ${DEFAULT-VALUE}).")
    int baselineRuns;

    @Option(names = "--candidate", required = true, paramLabel = "B",
            description = "Run folder, attempt log, history file or run id.")
    String candidate;

    @Option(names = "--history", paramLabel = "FILE",
            description = "History file for run ids, the default baseline and the trend (default: reports/history.jsonl).")
    Path history;

    @Option(names = "--tolerance", paramLabel = "PERCENT", defaultValue = "10%",
            description = "How much worse a figure may get before it counts: 10% or 0.10 (default: ${DEFAULT-VALUE}).")
    String tolerance;

    @Option(names = "--confidence", paramLabel = "LEVEL", defaultValue = "0.95",
            description = "Two-sided confidence of every interval (default: ${DEFAULT-VALUE}).")
    double confidence;

    @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--resamples", defaultValue = "2000",
            description = "Bootstrap resamples per interval (default: ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "700",
            description = "N for utilisation and max in window when a log does not say (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--window", paramLabel = "W", defaultValue = "60s", converter = CheckCommand.DurationConverter.class,
            description = "W, likewise (default: ${DEFAULT-VALUE}).")
    Duration window;

    @Option(names = "--trend", paramLabel = "N", defaultValue = "20",
            description = "Runs with the candidate's fingerprint drawn in the HTML trend (default: ${DEFAULT-VALUE}).")
    int trend;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Report directory: compare.html, compare-junit.xml, compare.md "
                    + "(default: reports/compare-<yyyyMMdd-HHmmss>).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunComparison c;
        List<RunRecord> runs;
        try {
            CompareSettings s = new CompareSettings(parseTolerance(tolerance), confidence, resamples, seed,
                    CompareSettings.DEFAULTS.minSamples());
            if (trend < 0) {
                throw new IllegalArgumentException("--trend must be >= 0");
            }
            RunHistory h = new RunHistory(history != null ? history : RunHistory.defaultFile());
            RunRecord b = RunSources.load(candidate, h, limit, window);
            if (baselineRuns < 1 || baselineRuns > 100) {
                throw new IllegalArgumentException("--baseline-runs must be in 1..100, not " + baselineRuns);
            }
            List<RunRecord> a = new ArrayList<>();
            if (baseline != null && !baseline.isEmpty()) {
                for (String one : baseline) {
                    a.add(RunSources.load(one, h, limit, window));
                }
            } else {
                a.addAll(h.lastPassing(b.fingerprint(), b.runId(), baselineRuns));
            }
            if (a.isEmpty()) {
                throw new IllegalArgumentException("no --baseline given and " + h.file() + " has no passing run "
                        + "with the candidate's settings" + (b.fingerprint().isEmpty() ? " (a log carries no "
                        + "settings fingerprint: name the baseline)" : " fingerprint " + b.fingerprint()));
            }
            c = RunComparison.of(a, b, s);
            runs = new ArrayList<>(trend == 0 ? List.of() : h.trend(b.fingerprint(), trend));
            if (trend > 0 && runs.stream().noneMatch(r -> r.runId().equals(b.runId()))) {
                runs.add(b);
            }
        } catch (IllegalArgumentException e) {
            return OneLineUsageErrors.usage(err, e.getMessage());
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot read input: " + e.getMessage());
        }
        o.print(ComparisonText.text(c));
        Path dir = (out != null ? out : Reports.defaultDir("compare", Instant.now())).normalize();
        try {
            ComparisonReports.writeAll(c, runs, dir);
            o.println("reports: " + dir);
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot write reports to " + dir + ": " + e.getMessage());
        }
        o.flush();
        return c.regressed() ? ExitCodes.GATE_FAILED : ExitCodes.OK;
    }

    /** {@code 10%} or {@code 0.10}. */
    static double parseTolerance(String t) {
        String v = t.strip();
        try {
            return v.endsWith("%") ? Double.parseDouble(v.substring(0, v.length() - 1).strip()) / 100
                    : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--tolerance must be like 10% or 0.10, not '" + t + "'");
        }
    }
}
