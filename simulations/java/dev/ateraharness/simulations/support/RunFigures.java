package dev.ateraharness.simulations.support;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stats.WindowCheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a run reports for one key, on one console line: syncs and items synced, requests the stub saw, the
 * maximum in any window, utilisation of the limit and the p95 of a full sync.
 *
 * <p>Utilisation is the planner's: arrivals / (N * (floor(span / W) + 1)), the share of what a sliding log could
 * admit between the key's first and last arrival (100 % = every window full). The p95 is of the clients' own sync
 * durations (first request to last page); Gatling's p95 in its report is from each operation's intended start.
 */
public record RunFigures(long syncs, long items, long requests, long maxInWindow, double utilisation, double p95Ms) {

    public static RunFigures of(SimulationSettings s, Verdict verdict, String fingerprint, List<Arrival> arrivals,
                                List<SyncSummary> syncs) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long n = 0;
        for (Arrival a : arrivals) {
            if (a.key().equals(fingerprint)) {
                first = Math.min(first, a.timeNanos());
                last = Math.max(last, a.timeNanos());
                n++;
            }
        }
        double windows = n == 0 ? 1 : Math.floor((last - first) / (double) s.window().toNanos()) + 1;
        long[] durations = syncs.stream().mapToLong(x -> x.duration().toMillis()).sorted().toArray();
        double p95 = durations.length == 0 ? Double.NaN
                : durations[Math.max(0, (int) Math.ceil(0.95 * durations.length) - 1)];
        return new RunFigures(syncs.size(), syncs.stream().mapToLong(SyncSummary::itemsSeen).sum(), n,
                maxInWindow(verdict, fingerprint), n / (s.limit() * windows), p95);
    }

    @SuppressWarnings("unchecked")
    private static long maxInWindow(Verdict verdict, String fingerprint) {
        CheckResult window = verdict.check(WindowCheck.ID).orElse(null);
        if (window == null || !(window.details().get("keys") instanceof List<?> keys)) {
            return -1;
        }
        for (Object k : keys) {
            Map<String, Object> m = (Map<String, Object>) k;
            if (fingerprint.equals(m.get("key")) && m.get("maxInWindow") instanceof Number max) {
                return max.longValue();
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "syncs=%d items=%d requests=%d maxInWindow=%d utilisation=%.1f%% "
                + "p95FullSync=%.0fms", syncs, items, requests, maxInWindow, 100 * utilisation, p95Ms);
    }
}
