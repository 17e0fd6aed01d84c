package dev.ateraharness.plan;

import java.util.List;
import java.util.Optional;

/**
 * What the planner found.
 *
 * @param spec           the request
 * @param combinations   one entry per (keys, workers), keys-major
 * @param recommendation the fewest keys, then fewest workers, whose interval's upper bound meets the target
 *                       (empty without a target, or when none meets it)
 * @param curveKeys      keys of the items sweep's combination (0 if none)
 * @param curveWorkers   workers of the items sweep's combination
 * @param itemsCurve     the items sweep, ascending (empty if not asked for)
 * @param wallNanos      real time the planning took
 * @param events         virtual-time events processed over all runs
 */
public record PlanResult(PlanSpec spec, List<CombinationResult> combinations, Optional<CombinationResult> recommendation,
                         int curveKeys, int curveWorkers, List<ItemsPoint> itemsCurve, long wallNanos, long events) {

    public PlanResult {
        combinations = List.copyOf(combinations);
        itemsCurve = List.copyOf(itemsCurve);
    }

    /**
     * One point of the items sweep.
     *
     * @param totalItems items synced
     * @param floorNanos the floor at that size
     * @param syncNanos  median and interval of the runs
     */
    public record ItemsPoint(long totalItems, long floorNanos, MedianInterval syncNanos) {
    }
}
