package dev.ateraharness.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading every page of one list endpoint. Offset pagination over data that changes during the
 * sync can skip or repeat items, so the summary compares what was seen with what the server claimed and, where
 * items carry an id, counts repeated and missing ids.
 *
 * @param entity         the endpoint's name, e.g. {@code tickets}
 * @param itemsSeen      items received over all pages (repeats counted)
 * @param totalItemCount the server's {@code totalItemCount} (or {@code totalItems}) from the last page, -1 if none
 * @param difference     {@code itemsSeen - totalItemCount} (0 when none was given)
 * @param pages          pages read
 * @param requests       requests the pager issued (retries inside layers are not counted here)
 * @param duration       time from the first request to the last page, on the client's clock
 * @param paging         how the pages were read (one at a time, concurrently, or one at a time because the server
 *                       gave no totals)
 * @param duplicateIds   items whose id had been seen before in this sync; -1 when items carry no id
 * @param missingIds     {@code totalItemCount} minus distinct ids seen, at least 0; -1 when unknown
 * @param replans        times the remaining pages were re-planned because the server clamped {@code itemsInPage}
 *                       below the size the plan used
 * @param keys           per key (in key order) what it carried; one entry for a single-key concurrent sync, empty
 *                       for a sequential one
 */
public record SyncSummary(String entity, long itemsSeen, long totalItemCount, long difference, int pages,
                          int requests, Duration duration, Paging paging, long duplicateIds, long missingIds,
                          int replans, List<KeyShare> keys) {

    public SyncSummary {
        Objects.requireNonNull(paging, "paging");
        keys = List.copyOf(keys);
    }

    /** A sequential summary with no id counts (the original shape). */
    public SyncSummary(String entity, long itemsSeen, long totalItemCount, long difference, int pages, int requests,
                       Duration duration) {
        this(entity, itemsSeen, totalItemCount, difference, pages, requests, duration, Paging.SEQUENTIAL, -1, -1, 0,
                List.of());
    }

    /** How a sync read its pages. */
    public enum Paging {
        /** One page at a time, following {@code nextLink} (concurrency 1). */
        SEQUENTIAL,
        /** Page 1 first, then the remaining pages by number, several in flight. */
        CONCURRENT,
        /** Concurrency above 1 was asked for, but page 1 gave neither {@code totalPages} nor
         *  {@code totalItemCount}, so the pages were read one at a time following the links. */
        SEQUENTIAL_NO_TOTALS
    }

    /**
     * What one key carried in a concurrent sync.
     *
     * @param key          the key, redacted to its last four characters
     * @param requests     page requests sent through this key's client
     * @param pages        pages it delivered
     * @param items        items in those pages
     * @param maxInFlight  the most of its requests in flight at once
     * @param concurrency  its in-flight bound when the sync ended ({@code auto}'s last choice)
     */
    public record KeyShare(String key, long requests, long pages, long items, int maxInFlight, int concurrency) {
    }

    /** Whether the item count matches the server's total (or the server gave none) and no id repeated or went
     *  missing. */
    public boolean consistent() {
        return difference == 0 && duplicateIds <= 0 && missingIds <= 0;
    }

    /** A copy with another paging mode. */
    SyncSummary withPaging(Paging p) {
        return new SyncSummary(entity, itemsSeen, totalItemCount, difference, pages, requests, duration, p,
                duplicateIds, missingIds, replans, keys);
    }
}
