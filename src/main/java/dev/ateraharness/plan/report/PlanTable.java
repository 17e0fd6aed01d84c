package dev.ateraharness.plan.report;

import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.time.Durations;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.Processes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plan as a Markdown table (also what the CLI prints): one row per (keys, workers). */
public final class PlanTable {

    private PlanTable() {
    }

    /** The table, with a marker on the recommended row. */
    public static String markdown(PlanResult plan) {
        StringBuilder sb = new StringBuilder();
        processesLine(plan).ifPresent(l -> sb.append(l).append("\n\n"));
        int pct = (int) Math.round(plan.spec().level() * 100);
        Processes processes = plan.spec().base().processes();
        // a processes column only with several: one process prints the table it always printed
        String pHead = processes.shared() ? " processes |" : "";
        String pCell = processes.shared() ? " " + processes.count() + " |" : "";
        sb.append("| keys |").append(pHead).append(" workers | sync (median) | ").append(pct).append(" % interval | floor | gap | requests | 429s | 5xx | utilisation | in flight |\n");
        sb.append("|---:|").append(processes.shared() ? "---:|" : "").append("---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CombinationResult c : plan.combinations()) {
            boolean best = plan.recommendation().map(r -> r.keys() == c.keys() && r.workers() == c.workers()).orElse(false);
            sb.append(String.format(Locale.ROOT, "| %d%s |%s %d | %s | %s .. %s | %s | %s | %.0f | %.1f | %.1f | %.1f %% | %.2f |%s%n",
                    c.keys(), best ? " **(best)**" : "", pCell, c.workers(),
                    Durations.tableForm(c.syncNanos().median()), Durations.tableForm(c.syncNanos().low()),
                    Durations.tableForm(c.syncNanos().high()), Durations.tableForm(c.floorNanos()),
                    Durations.tableForm(c.gapNanos()), c.meanRequests(), c.meanRejected(), c.meanFaults(),
                    100 * c.meanUtilisation(), c.meanInFlight(),
                    c.incompleteRuns() > 0 ? " " + c.incompleteRuns() + " incomplete runs" : ""));
        }
        List<String> why = incomplete(plan);
        if (!why.isEmpty()) {
            sb.append('\n');
            why.forEach(l -> sb.append(l).append('\n'));
        }
        return sb.toString();
    }

    /**
     * Under the table: one line per combination with incomplete runs, saying why (each run's first failure, or
     * items missing; identical reasons grouped with counts), then what the row's figures then mean. Empty when
     * every run is complete.
     */
    public static List<String> incomplete(PlanResult plan) {
        List<String> lines = new ArrayList<>();
        String procs = processes(plan);
        for (CombinationResult c : plan.combinations()) {
            if (c.incompleteRuns() == 0) {
                continue;
            }
            StringBuilder l = new StringBuilder(String.format(Locale.ROOT, "%d key%s%s x %d worker%s: %d of %d runs "
                    + "incomplete: ", c.keys(), c.keys() == 1 ? "" : "s", procs, c.workers(),
                    c.workers() == 1 ? "" : "s", c.incompleteRuns(), c.runs().size()));
            List<CombinationResult.StopCount> stops = c.stops();
            for (int i = 0; i < stops.size(); i++) {
                l.append(i == 0 ? "" : "; ").append(stops.size() == 1 ? "" : stops.get(i).runs() + " x ")
                        .append(stops.get(i).reason());
            }
            l.append(stops.size() == 1 && c.incompleteRuns() > 1
                    ? " (first failure of each run; " + c.incompleteRuns() + " x the same)"
                    : " (first failure of each run)");
            lines.add(l.toString());
        }
        if (!lines.isEmpty()) {
            lines.add(INCOMPLETE_NOTE);
        }
        return lines;
    }

    /** What a row's figures mean when some of its runs stopped early. */
    static final String INCOMPLETE_NOTE = "An incomplete run stopped early: in its row the median, interval and gap "
            + "are times to failure, not to a full sync, and requests and utilisation count what was sent before it "
            + "stopped; the floor is the full sync's. A combination with incomplete runs is never recommended.";

    /** With several processes, what a combination means: K processes on each key, sharing its limit. */
    private static java.util.Optional<String> processesLine(PlanResult plan) {
        Processes p = plan.spec().base().processes();
        if (!p.shared()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(String.format(Locale.ROOT, "Every combination runs as %d processes on the same "
                + "keys, each key's limit shared by all of them through Redis (acquire round trip %s); workers: each "
                + "process's page requests in flight per key; entities split over the processes, largest first.",
                p.count(), p.acquireRoundTrip().describe()));
    }

    private static String processes(PlanResult plan) {
        Processes p = plan.spec().base().processes();
        return p.shared() ? " x " + p.count() + " processes" : "";
    }

    /** One line on the target: the recommendation, or why there is none. */
    public static String recommendation(PlanResult plan) {
        if (plan.spec().targetNanos() == 0) {
            return "No target given (--target): no recommendation.";
        }
        String target = Durations.tableForm(plan.spec().targetNanos());
        return plan.recommendation()
                .map(c -> String.format(Locale.ROOT,
                        "Best for a %s target: %d key(s)%s x %d worker(s): median %s, upper bound %s (floor %s).%n"
                                + "Run it with: %s",
                        target, c.keys(), processes(plan), c.workers(), Durations.tableForm(c.syncNanos().median()),
                        Durations.tableForm(c.syncNanos().high()), Durations.tableForm(c.floorNanos()),
                        dev.ateraharness.plan.SyncCommandLine.of(plan.spec().base(), c.keys(), c.workers())))
                .orElse("No combination in the grid meets the " + target + " target at its interval's upper bound.");
    }
}
