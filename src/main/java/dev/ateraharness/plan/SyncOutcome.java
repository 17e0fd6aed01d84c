package dev.ateraharness.plan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a driver's sync ended.
 *
 * @param startNanos  when the sync started (virtual epoch nanos)
 * @param endNanos    when its last page was received
 * @param entities    per entity, in the sync summary JSON shape of the BRIEF
 * @param retries     attempts beyond the first, all causes
 * @param failedPages pages given up on (0 for a complete sync)
 * @param firstFailure the first page given up on, why; null when none was
 */
public record SyncOutcome(long startNanos, long endNanos, List<EntitySummary> entities, long retries, long failedPages,
                          SyncStop firstFailure) {

    public SyncOutcome {
        entities = List.copyOf(entities);
    }

    /** An outcome without a recorded failure (a driver that does not say why). */
    public SyncOutcome(long startNanos, long endNanos, List<EntitySummary> entities, long retries, long failedPages) {
        this(startNanos, endNanos, entities, retries, failedPages, null);
    }

    /**
     * Why the sync is incomplete: its first failure, else (nothing failed, yet items are missing) "items missing"
     * with the entities short; empty when complete.
     */
    public Optional<SyncStop> stop() {
        if (complete()) {
            return Optional.empty();
        }
        if (firstFailure != null) {
            return Optional.of(firstFailure);
        }
        String missing = entities.stream().filter(e -> e.itemsSeen() != e.totalItemCount())
                .map(e -> e.entity() + " " + e.itemsSeen() + " of " + e.totalItemCount())
                .collect(Collectors.joining(", "));
        return Optional.of(SyncStop.itemsMissing(missing, endNanos));
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
