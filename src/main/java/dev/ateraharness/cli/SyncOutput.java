package dev.ateraharness.cli;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.evidence.SyncSummaryFormat;
import dev.ateraharness.evidence.SyncSummaryRow;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** How {@code sync} prints and saves its summaries (the JSON follows the shared sync-summary contract). */
final class SyncOutput {

    private SyncOutput() {
    }

    /** {@code tickets: items=137 pages=3 requests=3 duration=0.214s totalItemCount=137 difference=0}. */
    static String line(SyncSummary s) {
        return String.format(Locale.ROOT, "%s: items=%d pages=%d requests=%d duration=%.3fs totalItemCount=%s "
                        + "difference=%d%s",
                s.entity(), s.itemsSeen(), s.pages(), s.requests(), s.duration().toNanos() / 1e9,
                s.totalItemCount() < 0 ? "n/a" : Long.toString(s.totalItemCount()), s.difference(),
                s.consistent() ? "" : " (offset paging over changing data skipped or repeated items)");
    }

    /** Writes the sync summary through {@link SyncSummaryFormat} (the file {@code check --sync-summary} reads). */
    static void writeJson(Path file, List<SyncSummary> summaries) throws IOException {
        SyncSummaryFormat.write(file, summaries.stream().map(SyncOutput::row).toList());
    }

    /** The evidence row of a client summary. */
    static SyncSummaryRow row(SyncSummary s) {
        return new SyncSummaryRow(s.entity(), s.itemsSeen(), s.totalItemCount(), s.pages(), s.requests(),
                s.duration().toMillis());
    }
}
