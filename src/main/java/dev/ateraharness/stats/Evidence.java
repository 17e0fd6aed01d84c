package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.SyncSummaryRow;

import java.util.List;
import java.util.Optional;

/**
 * What a run is judged on: the arrival log (required) and optionally the client's attempt log and sync summary.
 * Reports also draw their charts from it.
 */
public record Evidence(ArrivalLog arrivals, Optional<List<Attempt>> attempts,
                       Optional<List<SyncSummaryRow>> syncSummary) {

    public Evidence {
        attempts = attempts.map(List::copyOf);
        syncSummary = syncSummary.map(List::copyOf);
    }
}
