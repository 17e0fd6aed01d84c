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
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: items=%d pages=%d requests=%d "
                        + "duration=%.3fs totalItemCount=%s difference=%d paging=%s",
                s.entity(), s.itemsSeen(), s.pages(), s.requests(), s.duration().toNanos() / 1e9,
                s.totalItemCount() < 0 ? "n/a" : Long.toString(s.totalItemCount()), s.difference(),
                s.paging().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (s.duplicateIds() >= 0) {
            b.append(" duplicateIds=").append(s.duplicateIds()).append(" missingIds=").append(s.missingIds());
        }
        if (s.replans() > 0) {
            b.append(" replans=").append(s.replans());
        }
        if (!s.consistent()) {
            b.append(" (offset paging over changing data skipped or repeated items)");
        }
        if (s.paging() == SyncSummary.Paging.SEQUENTIAL_NO_TOTALS) {
            b.append(" (page 1 gave no totals: pages read one at a time)");
        }
        if (s.keys().size() > 1) {
            for (SyncSummary.KeyShare k : s.keys()) {
                b.append(System.lineSeparator()).append(String.format(Locale.ROOT,
                        "  key %s: requests=%d pages=%d items=%d maxInFlight=%d", k.key(), k.requests(), k.pages(),
                        k.items(), k.maxInFlight()));
            }
        }
        return b.toString();
    }

    /** Writes the sync summary through {@link SyncSummaryFormat} (the file {@code check --sync-summary} reads). */
    static void writeJson(Path file, List<SyncSummary> summaries) throws IOException {
        SyncSummaryFormat.write(file, summaries.stream().map(SyncOutput::row).toList());
    }

    /** The evidence row of a client summary. */
    static SyncSummaryRow row(SyncSummary s) {
        return new SyncSummaryRow(s.entity(), s.itemsSeen(), s.totalItemCount(), s.pages(), s.requests(),
                s.duration().toMillis(), s.paging().name(), s.duplicateIds(), s.missingIds(), s.replans(),
                s.keys().stream().map(k -> new SyncSummaryRow.KeyShareRow(k.key(), k.requests(), k.pages(), k.items(),
                        k.maxInFlight(), k.concurrency())).toList());
    }
}
