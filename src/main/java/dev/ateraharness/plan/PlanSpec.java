package dev.ateraharness.plan;

import java.util.List;

/**
 * A planning request: a base scenario, the grid of keys x workers to try, and how many seeded runs per point.
 *
 * @param base         the scenario (its own keys and workers are ignored)
 * @param keyCounts    K values to try, ascending
 * @param workerCounts workers-per-key values to try, ascending
 * @param runs         R seeded runs per combination
 * @param seed         base seed: run i of every combination uses the same derived seed (common random numbers,
 *                     so differences between combinations are not sampling noise)
 * @param targetNanos  the target time to full sync, 0 for none
 * @param level        confidence level of the median intervals (0.95)
 * @param threads      runs simulated in parallel (each run is single-threaded and independent)
 * @param itemsCurve   whether to also sweep item counts (10 %..100 %) for the chosen combination
 */
public record PlanSpec(Scenario base, List<Integer> keyCounts, List<Integer> workerCounts, int runs, long seed,
                       long targetNanos, double level, int threads, boolean itemsCurve) {

    public PlanSpec {
        keyCounts = keyCounts.stream().distinct().sorted().toList();
        workerCounts = workerCounts.stream().distinct().sorted().toList();
        if (keyCounts.isEmpty() || workerCounts.isEmpty() || keyCounts.get(0) < 1 || workerCounts.get(0) < 1) {
            throw new IllegalArgumentException("keys and workers must be >= 1");
        }
        if (runs < 1 || threads < 1 || targetNanos < 0 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("runs and threads must be >= 1, target >= 0, level in (0, 1)");
        }
    }

    /** The seed of run i (the same in every combination). */
    public long runSeed(int i) {
        long z = seed + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Number of simulated runs the grid (and the items sweep) needs: the progress bar's total. */
    public long totalRuns() {
        long grid = (long) keyCounts.size() * workerCounts.size() * runs;
        return grid + (itemsCurve ? (long) CapacityPlanner.ITEM_SCALES.length * curveRuns() : 0);
    }

    int curveRuns() {
        return Math.min(runs, 5);
    }
}
