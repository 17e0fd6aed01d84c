package dev.ateraharness.client;

/**
 * Hears about a sync's progress: each page as it arrives, and the summary at the end. Called on whatever thread
 * completed the page's future (the scheduler's, the HTTP client's, or the caller's): implementations must be
 * quick and must not block. The defaults do nothing.
 */
public interface SyncListener {

    /** A listener that ignores everything. */
    SyncListener NONE = new SyncListener() {
    };

    /** One page arrived and was accepted. */
    default void onPage(String entity, Page<?> page) {
    }

    /** A sync finished (all pages read); also called when the count does not match {@code totalItemCount}. */
    default void onComplete(SyncSummary summary) {
    }
}
