package dev.ateraharness.cli;

import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.plan.report.PlanReportWriter;
import dev.ateraharness.plan.report.PlanTable;
import dev.ateraharness.stub.ArrivalRecorder;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Runs {@code plan}'s checked setup: the plan (with a progress bar on stderr unless {@code progress} is off), its
 * table and recommendation on {@code out}, the JSON/Markdown/HTML reports, the arrival log of the chosen run and the
 * history record. A report or log that cannot be written is a usage error (one line on {@code err}, exit 2).
 */
record PlanRun(PlanSetup setup, boolean progress, HistoryOptions history, PrintWriter out, PrintWriter err) {

    /** Plans, prints and writes; returns the exit code. */
    int run() {
        PlanResult result = plan();
        out.println(PlanTable.markdown(result));
        out.println(PlanTable.recommendation(result));
        try {
            PlanReportWriter.write(result, setup.runId(), setup.dir());
        } catch (IOException e) {
            return OneLineUsageErrors.usage(err, "cannot write the report to " + setup.dir() + ": " + e.getMessage());
        }
        PlanSetup.Arrivals arrivals = setup.arrivals();
        if (arrivals != null) {
            try {
                writeArrivals(arrivals);
            } catch (IOException e) {
                return OneLineUsageErrors.usage(err, "cannot write the arrival log to " + arrivals.file() + ": "
                        + e.getMessage());
            }
        }
        out.printf(Locale.ROOT, "Report: %s (planned in %.2f s)%n", setup.dir().resolve("plan.html"),
                result.wallNanos() / 1e9);
        if (history.enabled()) {
            history.append(PlanRecords.of(result, setup.settings()), out, err);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private PlanResult plan() {
        CapacityPlanner planner = new CapacityPlanner(ScenarioRunner.client(setup.decoding()));
        if (!progress) {
            return planner.plan(setup.spec(), null);
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("plan").setInitialMax(setup.spec().totalRuns())
                .setConsumer(ProgressOutput.to(System.err, 100, ProgressOutput.interactive()))
                .setUpdateIntervalMillis(250).build()) {
            return planner.plan(setup.spec(), bar::step);
        }
    }

    /** Re-runs the chosen combination and run (runs are deterministic) and writes the model's arrival log. */
    private void writeArrivals(PlanSetup.Arrivals a) throws IOException {
        ArrivalRecorder log = ScenarioRunner.client(setup.decoding())
                .arrivals(setup.spec().base().with(a.keys(), a.workers()), setup.spec().runSeed(a.run() - 1));
        if (a.file().getFileName().toString().endsWith(".jsonl")) {
            log.writeJsonLines(a.file());
        } else {
            log.writeCsv(a.file());
        }
        out.printf(Locale.ROOT, "Arrival log of %d key(s) x %d worker(s), run %d: %s (%d arrivals)%n", a.keys(),
                a.workers(), a.run(), a.file(), log.size());
    }
}
