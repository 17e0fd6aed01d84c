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
 * Near-limit windows: disjoint windows of W holding at least 90 % of N (the soak's gate).
 */
public record RunFigures(long syncs, long items, long requests, long maxInWindow, double utilisation, double p95Ms,
                         int nearLimitWindows, double p50Ms, double floorMs) {

    /** A window is "near the limit" when it holds at least this share of N. */
    public static final double NEAR = 0.9;

    public static RunFigures of(SimulationSettings s, Verdict verdict, String fingerprint, List<Arrival> arrivals,
                                List<SyncSummary> syncs) {
        long[] times = arrivals.stream().filter(a -> a.key().equals(fingerprint)).mapToLong(Arrival::timeNanos)
                .sorted().toArray();
        long n = times.length;
        long first = n == 0 ? 0 : times[0];
        long last = n == 0 ? 0 : times[times.length - 1];
        double windows = n == 0 ? 1 : Math.floor((last - first) / (double) s.window().toNanos()) + 1;
        long[] durations = syncs.stream().mapToLong(x -> x.duration().toMillis()).sorted().toArray();
        double p95 = durations.length == 0 ? Double.NaN
                : durations[Math.max(0, (int) Math.ceil(0.95 * durations.length) - 1)];
        double p50 = durations.length == 0 ? Double.NaN
                : durations[Math.max(0, (int) Math.ceil(0.5 * durations.length) - 1)];
        // the floor of one sync alone on the key: floor((R - 1) / N) x W for its R page requests (the most any
        // sync of the run made); syncs side by side on one key share the limit, so each takes longer than this
        long pages = syncs.stream().mapToLong(SyncSummary::requests).max().orElse(0);
        double floor = pages == 0 ? Double.NaN : (double) ((pages - 1) / s.limit()) * s.window().toMillis();
        return new RunFigures(syncs.size(), syncs.stream().mapToLong(SyncSummary::itemsSeen).sum(), n,
                maxInWindow(verdict, fingerprint), n / (s.limit() * windows), p95,
                nearLimitWindows(times, s.window().toNanos(), (int) Math.ceil(NEAR * s.limit())), p50, floor);
    }

    /**
     * Disjoint windows [t, t + W) holding at least {@code near} arrivals, found greedily from the first arrival
     * (each found window is skipped whole): how many windows the key ran near the limit, whatever the tail.
     */
    static int nearLimitWindows(long[] t, long w, int near) {
        int found = 0;
        int j = 0;
        int i = 0;
        while (i < t.length) {
            j = Math.max(j, i);
            while (j < t.length && t[j] < t[i] + w) {
                j++;
            }
            if (j - i >= near) {
                found++;
                i = j;
            } else {
                i++;
            }
        }
        return found;
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
                + "nearLimitWindows=%d p95FullSync=%.0fms p50FullSync=%.0fms floorOfOneSync=%.0fms", syncs, items,
                requests, maxInWindow, 100 * utilisation, nearLimitWindows, p95Ms, p50Ms, floorMs);
    }
}
