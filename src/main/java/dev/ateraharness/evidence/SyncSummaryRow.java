package dev.ateraharness.evidence;

/**
 * One entity of a sync summary: how many items the client saw against what the server said it had.
 *
 * @param entity         the endpoint's name, e.g. {@code tickets}
 * @param itemsSeen      items received over all pages (repeats counted)
 * @param totalItemCount the server's total from the last page, -1 when it gave none
 * @param pages          pages read (0 when the summary does not say)
 * @param requests       requests the pager issued (0 when the summary does not say)
 * @param durationMs     first request to last page in milliseconds, -1 when the summary does not say
 */
public record SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests,
                             long durationMs) {

    /** A row without a duration. */
    public SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests) {
        this(entity, itemsSeen, totalItemCount, pages, requests, -1);
    }

    /** {@code itemsSeen - totalItemCount}, 0 when the server gave no total. */
    public long difference() {
        return totalItemCount < 0 ? 0 : itemsSeen - totalItemCount;
    }
}
