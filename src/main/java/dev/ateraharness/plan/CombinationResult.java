package dev.ateraharness.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The R runs of one (keys, workers) combination, summarised.
 *
 * @param keys             K
 * @param workers          workers per key
 * @param totalItems       items synced
 * @param floorNanos       the theoretical floor
 * @param syncNanos        time to full sync: median and 95 % interval over the runs
 * @param meanRequests     mean attempts per run
 * @param meanRejected     mean 429s per run
 * @param meanFaults       mean injected 5xx per run
 * @param meanUtilisation  mean utilisation (see {@link RunResult#utilisation()})
 * @param meanInFlight     mean of the runs' time-weighted in-flight counts
 * @param littleLambdaW    mean of the runs' throughput x mean latency (Little's law: equals meanInFlight)
 * @param incompleteRuns   runs that did not see every item
 * @param runs             every run, in seed order
 * @param stops            why the incomplete runs stopped: each distinct {@link SyncStop#describe()} with its
 *                         count, most frequent first (ties in order of first run); empty when all are complete
 */
public record CombinationResult(int keys, int workers, long totalItems, long floorNanos, MedianInterval syncNanos,
                                double meanRequests, double meanRejected, double meanFaults, double meanUtilisation,
                                double meanInFlight, double littleLambdaW, int incompleteRuns, List<RunResult> runs,
                                List<StopCount> stops) {

    public CombinationResult {
        runs = List.copyOf(runs);
        stops = List.copyOf(stops);
    }

    /**
     * One reason runs of a combination stopped early.
     *
     * @param reason {@link SyncStop#describe()}
     * @param runs   how many runs stopped so
     */
    public record StopCount(String reason, int runs) {
    }

    /** Median sync time minus the floor. */
    public double gapNanos() {
        return syncNanos.median() - floorNanos;
    }

    /** Summarises runs of one combination. */
    public static CombinationResult of(int keys, int workers, long totalItems, List<RunResult> runs, double level) {
        double[] sync = runs.stream().mapToDouble(RunResult::syncNanos).toArray();
        return new CombinationResult(keys, workers, totalItems, runs.get(0).floorNanos(), MedianInterval.of(sync, level),
                runs.stream().mapToLong(RunResult::requests).average().orElse(0),
                runs.stream().mapToLong(RunResult::rejected).average().orElse(0),
                runs.stream().mapToLong(RunResult::faults).average().orElse(0),
                runs.stream().mapToDouble(RunResult::utilisation).average().orElse(0),
                runs.stream().mapToDouble(RunResult::meanInFlight).average().orElse(0),
                runs.stream().mapToDouble(r -> r.throughputPerSecond() * r.meanLatencyNanos() / 1e9).average().orElse(0),
                (int) runs.stream().filter(r -> !r.complete()).count(), runs, stops(runs));
    }

    private static List<StopCount> stops(List<RunResult> runs) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        runs.stream().filter(r -> !r.complete()).forEach(r -> counts.merge(r.stop().describe(), 1, Integer::sum));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()) // stable: ties keep run order
                .map(e -> new StopCount(e.getKey(), e.getValue())).toList();
    }
}
