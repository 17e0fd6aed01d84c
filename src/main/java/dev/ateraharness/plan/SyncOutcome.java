package dev.ateraharness.plan;

import java.util.List;

/**
 * How a driver's sync ended.
 *
 * @param startNanos  when the sync started (virtual epoch nanos)
 * @param endNanos    when its last page was received
 * @param entities    per entity, in the sync summary JSON shape of the BRIEF
 * @param retries     attempts beyond the first, all causes
 * @param failedPages pages given up on (0 for a complete sync)
 */
public record SyncOutcome(long startNanos, long endNanos, List<EntitySummary> entities, long retries, long failedPages) {

    public SyncOutcome {
        entities = List.copyOf(entities);
    }

    /** Time to full sync. */
    public long durationNanos() {
        return endNanos - startNanos;
    }

    /** Whether every entity was seen whole and nothing failed. */
    public boolean complete() {
        return failedPages == 0 && entities.stream().allMatch(e -> e.itemsSeen() == e.totalItemCount());
    }

    /**
     * One entity's line of the sync summary JSON ({@code {"entity","itemsSeen","totalItemCount","pages","requests"}}).
     */
    public record EntitySummary(String entity, long itemsSeen, long totalItemCount, long pages, long requests) {
    }
}
