package dev.ateraharness.client;

import java.time.Duration;

/**
 * The outcome of reading every page of one list endpoint. Offset pagination over data that changes during the
 * sync can skip or repeat items, so the summary compares what was seen with what the server claimed.
 *
 * @param entity         the endpoint's name, e.g. {@code tickets}
 * @param itemsSeen      items received over all pages (repeats counted)
 * @param totalItemCount the server's {@code totalItemCount} (or {@code totalItems}) from the last page, -1 if none
 * @param difference     {@code itemsSeen - totalItemCount} (0 when none was given)
 * @param pages          pages read
 * @param requests       requests the pager issued (retries inside layers are not counted here)
 * @param duration       time from the first request to the last page, on the client's clock
 */
public record SyncSummary(String entity, long itemsSeen, long totalItemCount, long difference, int pages,
                          int requests, Duration duration) {

    /** Whether the item count matches the server's total (or the server gave none). */
    public boolean consistent() {
        return difference == 0;
    }
}
