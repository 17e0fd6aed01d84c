package dev.ateraharness.evidence;

import java.util.List;
import java.util.Objects;

/**
 * One entity of a sync summary: how many items the client saw against what the server said it had, and how it
 * paged. Fields a summary does not carry read as "unknown" (-1, null or empty), never as zero.
 *
 * @param entity         the endpoint's name, e.g. {@code tickets}
 * @param itemsSeen      items received over all pages (repeats counted)
 * @param totalItemCount the server's total from the last page, -1 when it gave none
 * @param pages          pages read (0 when the summary does not say)
 * @param requests       requests the pager issued (0 when the summary does not say)
 * @param durationMs     first request to last page in milliseconds, -1 when the summary does not say
 * @param paging         how the pages were read ({@code SEQUENTIAL}, {@code CONCURRENT},
 *                       {@code SEQUENTIAL_NO_TOTALS}), null when the summary does not say
 * @param duplicateIds   ids seen more than once, -1 when not counted (records without an id)
 * @param missingIds     items the server's total promised but no page delivered, -1 when not counted
 * @param replans        times the remaining pages were re-planned after the server clamped the page size
 * @param keys           per key, when the pages were sharded over several keys (empty otherwise)
 */
public record SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests,
                             long durationMs, String paging, long duplicateIds, long missingIds, long replans,
                             List<KeyShareRow> keys) {

    /**
     * One key's share of a sharded sync.
     *
     * @param key         the key redacted to its last four characters (never the key)
     * @param requests    page requests sent through this key
     * @param pages       pages it delivered
     * @param items       items in those pages
     * @param maxInFlight the most of its requests in flight at once
     * @param concurrency its in-flight bound when the sync ended
     */
    public record KeyShareRow(String key, long requests, long pages, long items, int maxInFlight, int concurrency) {
    }

    public SyncSummaryRow {
        Objects.requireNonNull(entity, "entity");
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** A row with the counts only (paging unknown). */
    public SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests,
                          long durationMs) {
        this(entity, itemsSeen, totalItemCount, pages, requests, durationMs, null, -1, -1, 0, List.of());
    }

    /** A row without a duration. */
    public SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests) {
        this(entity, itemsSeen, totalItemCount, pages, requests, -1);
    }

    /** {@code itemsSeen - totalItemCount}, 0 when the server gave no total. */
    public long difference() {
        return totalItemCount < 0 ? 0 : itemsSeen - totalItemCount;
    }
}
