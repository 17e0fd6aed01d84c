package dev.ateraharness.simulations.support;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.compare.CompareSettings;
import dev.ateraharness.compare.RunComparison;
import dev.ateraharness.compare.RunHistory;
import dev.ateraharness.compare.RunMeasures;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.compare.RunSources;
import dev.ateraharness.report.ComparisonReports;
import dev.ateraharness.report.ComparisonText;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.evidence.Attempt;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The main job's comparison with a baseline, after its verdict: records the run in the history
 * ({@code <atera.reportsDir>/history.jsonl}, or {@code -Datera.history}), compares it with {@code -Datera.baseline}
 * ({@code off}: record only, compare with nothing)
 * (a run id, run folder, attempt log or history file) or else the last {@code -Datera.baselineRuns} (3) passing
 * runs with the same settings fingerprint (their spread counted, as {@code compare} does), writes the comparison's
 * reports to {@code compliance/compare/}, and says whether it regressed.
 * No baseline: nothing is gated (the run becomes the next one's baseline if it passed). {@code -Datera.tolerance}
 * (default 10%) as {@code compare --tolerance}.
 */
public final class RunBaseline {

    /** One console line, and the failure to report when the run regressed. */
    public record BaselineGate(String console, Optional<String> failure) {
    }

    private RunBaseline() {
    }

    public static BaselineGate gate(SimulationSettings s, String simulation, List<Attempt> attempts, List<Arrival> arrivals,
                              List<SyncSummary> syncs, boolean verdictPassed, Path reportDir) throws IOException {
        String historyProperty = System.getProperty("atera.history");
        RunHistory history = new RunHistory(historyProperty != null && !historyProperty.isBlank()
                ? Path.of(historyProperty) : Path.of(s.reportsDir(), "history.jsonl"));
        double[] durations = syncs.stream().mapToDouble(x -> x.duration().toNanos() / 1e6).toArray();
        RunRecord run = RunRecord.of("simulation:" + simulation, settings(s, simulation), verdictPassed,
                RunMeasures.of(attempts, Optional.of(ArrivalLog.of(arrivals)), durations, s.limit(), s.window()));
        String named = System.getProperty("atera.baseline", "").strip();
        if (named.equalsIgnoreCase("off")) {
            // recorded, never compared: in-process test runs must not be judged against a previous build's runs
            history.append(run);
            return new BaselineGate("baseline: off (atera.baseline=off; this run is recorded as " + run.runId()
                    + ")", Optional.empty());
        }
        List<RunRecord> baselines;
        Optional<RunRecord> baseline;
        try {
            baselines = named.isEmpty() ? history.lastPassing(run.fingerprint(), run.runId(), baselineRuns())
                    : List.of(RunSources.load(named, history, s.limit(), s.window()));
            baseline = baselines.isEmpty() ? Optional.empty() : Optional.of(baselines.get(baselines.size() - 1));
        } catch (IllegalArgumentException e) {
            history.append(run.withPassed(false));
            return new BaselineGate("baseline: " + e.getMessage(), Optional.of("baseline: " + e.getMessage()));
        }
        if (baseline.isEmpty()) {
            history.append(run);
            return new BaselineGate("baseline: none with settings " + run.fingerprint() + " in " + history.file()
                    + " (this run is recorded as " + run.runId() + ")", Optional.empty());
        }
        String tolerance = System.getProperty("atera.tolerance", "10%").strip();
        CompareSettings cs;
        try {
            cs = CompareSettings.DEFAULTS.withTolerance(tolerance.endsWith("%")
                    ? Double.parseDouble(tolerance.substring(0, tolerance.length() - 1)) / 100
                    : Double.parseDouble(tolerance));
        } catch (IllegalArgumentException e) {
            String msg = "atera.tolerance must be like 10% or 0.10, not '" + tolerance + "'";
            return new BaselineGate("baseline: " + msg, Optional.of(msg));
        }
        RunComparison c = RunComparison.of(baselines, run, cs);
        List<RunRecord> trend = new ArrayList<>(history.trend(run.fingerprint(), 19));
        trend.add(run);
        ComparisonReports.writeAll(c, trend, reportDir);
        history.append(run.withPassed(verdictPassed && !c.regressed()));
        String line = "compared with " + baseline.get().runId() + " (" + reportDir.resolve("compare.md") + "): "
                + ComparisonText.resultLine(c);
        return new BaselineGate(line, c.firstRegression().map(r -> "performance regression against "
                + baseline.get().runId() + ": " + r.explanation()));
    }

    /** {@code -Datera.baselineRuns}: how many passing runs make the default baseline (3, as compare's). */
    static int baselineRuns() {
        String v = System.getProperty("atera.baselineRuns", "3").strip();
        try {
            int k = Integer.parseInt(v);
            if (k >= 1 && k <= 100) {
                return k;
            }
        } catch (NumberFormatException e) {
            // falls through to the one-line error below
        }
        throw new IllegalArgumentException("atera.baselineRuns must be in 1..100, not '" + v + "'");
    }

    /** What makes two runs of the main job comparable: the simulation and its workload, not timeouts or gates. */
    static Map<String, String> settings(SimulationSettings s, String simulation) {
        Map<String, String> m = new TreeMap<>();
        m.put("simulation", simulation);
        m.put("target", s.baseUrl().map(u -> u.getScheme() + "://" + u.getHost()).orElse("embedded:" + s.profile()));
        m.put("limit", Integer.toString(s.limit()));
        m.put("window", s.window().toString());
        m.put("guard", s.guard().toString());
        m.put("workers", Integer.toString(s.workers()));
        m.put("users", Integer.toString(s.users()));
        m.put("items", Integer.toString(s.items()));
        m.put("duration", s.duration().toString());
        m.put("algorithm", s.algorithm().cliName());
        return m;
    }

}
