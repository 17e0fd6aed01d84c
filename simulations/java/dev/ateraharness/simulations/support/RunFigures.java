package dev.ateraharness.simulations.support;

import dev.ateraharness.client.SyncSummary;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.plan.Floor;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.stats.ThroughputCheck;
import dev.ateraharness.stats.Verdict;
import dev.ateraharness.stats.WindowCheck;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures a run reports for one key, on one console line: syncs and items synced, requests the stub saw, the
 * maximum in any window, utilisation of the limit, near-limit windows and the p95 of a full sync.
 *
 * <p>The stub-side figures are read from the verdict's per-key details, which {@link Figures} computed: so the
 * console prints exactly what verdict.json, summary.md, the HTML and {@code check} print for the same arrivals.
 * The p95 is of the clients' own sync durations (first request to last page); Gatling's p95 in its report is from
 * each operation's intended start.
 */
public record RunFigures(long syncs, long items, long requests, long maxInWindow, double utilisation, double p95Ms,
                         int nearLimitWindows, double p50Ms, double floorMs) {

    public static RunFigures of(Verdict verdict, String fingerprint, List<SyncSummary> syncs) {
        long[] durations = syncs.stream().mapToLong(x -> x.duration().toMillis()).sorted().toArray();
        double p95 = durations.length == 0 ? Double.NaN
                : durations[Math.max(0, (int) Math.ceil(0.95 * durations.length) - 1)];
        double p50 = durations.length == 0 ? Double.NaN
                : durations[Math.max(0, (int) Math.ceil(0.5 * durations.length) - 1)];
        // the floor of one sync alone on the key: floor((R - 1) / N) x W for its R page requests (the most any
        // sync of the run made); syncs side by side on one key share the limit, so each takes longer than this
        long pages = syncs.stream().mapToLong(SyncSummary::requests).max().orElse(0);
        double floor = pages == 0 ? Double.NaN : Floor.perKeyNanos(pages, verdict.settings().limit(),
                verdict.settings().window().toNanos()) / 1e6;
        Map<String, Object> window = keyDetails(verdict, WindowCheck.ID, fingerprint);
        Map<String, Object> throughput = keyDetails(verdict, ThroughputCheck.ID, fingerprint);
        return new RunFigures(syncs.size(), syncs.stream().mapToLong(SyncSummary::itemsSeen).sum(),
                number(throughput, "arrivals", 0).longValue(), number(window, "maxInWindow", -1).longValue(),
                number(throughput, "utilisation", Double.NaN).doubleValue(), p95,
                number(throughput, "nearLimitWindows", 0).intValue(), p50, floor);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> keyDetails(Verdict verdict, String check, String fingerprint) {
        CheckResult c = verdict.check(check).orElse(null);
        if (c == null || !(c.details().get("keys") instanceof List<?> keys)) {
            return Map.of();
        }
        for (Object k : keys) {
            Map<String, Object> m = (Map<String, Object>) k;
            if (fingerprint.equals(m.get("key"))) {
                return m;
            }
        }
        return Map.of();
    }

    private static Number number(Map<String, Object> m, String name, Number absent) {
        return m.get(name) instanceof Number n ? n : absent;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "syncs=%d items=%d requests=%d maxInWindow=%d utilisation=%s "
                + "nearLimitWindows=%d p95FullSync=%.0fms p50FullSync=%.0fms floorOfOneSync=%.0fms", syncs, items,
                requests, maxInWindow, Figures.percent(utilisation), nearLimitWindows, p95Ms, p50Ms, floorMs);
    }
}
