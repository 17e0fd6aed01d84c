package dev.ateraharness.client;

import dev.ateraharness.client.internal.IdTally;
import dev.ateraharness.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * What one walk over an entity's pages has counted so far, and the {@link SyncSummary} it makes: requests sent,
 * pages and items delivered, the server's total, repeated and missing ids ({@link IdTally}), and the time from
 * {@link #started()} to the last answer on the client's clock. {@link PageCursor} and {@link PageFanOut} both count
 * here, so a summary's figures are computed one way however the pages were read; which server total to believe
 * stays with the walker. Not thread-safe: guarded by its owner.
 */
final class PageTally {

    private final Clock clock;
    private final IdTally ids = new IdTally();
    private long startNanos;
    private long lastNanos;
    private long itemsSeen;
    private long totalItemCount = -1;
    private int pages;
    private int requests;

    /** Reads no clock yet: the duration runs from {@link #started()} (0 until then). */
    PageTally(Clock clock) {
        this.clock = clock;
    }

    /** The walk starts now. */
    void started() {
        startNanos = clock.nanos();
        lastNanos = startNanos;
    }

    /** An answer (a page or a failure) came now. */
    void answered() {
        lastNanos = clock.nanos();
    }

    /** One more page request sent. */
    void requested() {
        requests++;
    }

    /** One more page delivered, with {@code items} (the part of it not delivered before). */
    void delivered(List<?> items) {
        pages++;
        itemsSeen += items.size();
        ids.addAll(items);
    }

    /** The server's total as the walker believes it; -1 until it sets one. */
    long totalItemCount() {
        return totalItemCount;
    }

    void totalItemCount(long total) {
        totalItemCount = total;
    }

    long itemsSeen() {
        return itemsSeen;
    }

    int pages() {
        return pages;
    }

    /** The summary so far; a total of 0 after items were seen is reported as no total (-1). */
    SyncSummary summary(String entity, SyncSummary.Paging paging, int replans, List<SyncSummary.KeyShare> keys) {
        long total = totalItemCount < 0 || totalItemCount == 0 && itemsSeen > 0 ? -1 : totalItemCount;
        long diff = total < 0 ? 0 : itemsSeen - total;
        return new SyncSummary(entity, itemsSeen, total, diff, pages, requests,
                Duration.ofNanos(Math.max(0, lastNanos - startNanos)), paging, ids.duplicates(), ids.missing(total),
                replans, keys);
    }
}
