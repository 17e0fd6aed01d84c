package dev.ateraharness.stats;

/** One entity of a sync summary: how many items the client saw against what the server said it had. */
public record SyncSummaryRow(String entity, long itemsSeen, long totalItemCount, long pages, long requests) {
}
