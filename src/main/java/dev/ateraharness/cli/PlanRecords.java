package dev.ateraharness.cli;

import dev.ateraharness.compare.FigureData;
import dev.ateraharness.compare.RunRecord;
import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plan as a history record: per (keys, workers) combination, the simulated sync durations of its seeded runs
 * ({@code syncDurationMs[k=K,w=W]}) and its 429s and retries per request, so {@code compare} shows how a change
 * moved the plan. Passed unless some run did not see every item.
 */
final class PlanRecords {

    private PlanRecords() {
    }

    static RunRecord of(PlanResult result, Map<String, String> settings) {
        List<FigureData> figures = new ArrayList<>();
        boolean complete = true;
        for (CombinationResult c : result.combinations()) {
            String tag = "[k=" + c.keys() + ",w=" + c.workers() + "]";
            figures.add(FigureData.samples("syncDurationMs" + tag, "ms",
                    c.runs().stream().mapToDouble(r -> r.syncNanos() / 1e6).toArray()));
            long requests = c.runs().stream().mapToLong(RunResult::requests).sum();
            if (requests > 0) {
                figures.add(FigureData.count("status429" + tag, "per attempt",
                        c.runs().stream().mapToLong(RunResult::rejected).sum(), requests, true));
                figures.add(FigureData.count("retries" + tag, "per attempt",
                        c.runs().stream().mapToLong(RunResult::retries).sum(), requests, true));
            }
            complete &= c.incompleteRuns() == 0;
        }
        return RunRecord.of("plan", settings, complete, figures);
    }
}
