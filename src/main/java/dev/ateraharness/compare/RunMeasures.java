package dev.ateraharness.compare;

import dev.ateraharness.stats.Arrival;
import dev.ateraharness.stats.ArrivalLog;
import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.stats.CheckResult;
import dev.ateraharness.stats.ComplianceCheck;
import dev.ateraharness.stats.Evidence;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.stats.LatencyCheck;
import dev.ateraharness.stats.WindowCheck;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The figures a comparison looks at, computed from a run's logs with the definitions the checks use:
 * <ul>
 *   <li>{@code latencyMs}: per logical request, from the intended send time ({@link LatencyCheck#latenciesMs});</li>
 *   <li>{@code syncDurationMs}: one sample per full sync (from the sync summaries), when given;</li>
 *   <li>{@code status429}, {@code retries}: attempts answered 429, and attempts after the first, per logical
 *       request (counts over requests);</li>
 *   <li>{@code utilisation}: arrivals over the limit's capacity, summed over keys, where a key's capacity over
 *       its span T is N (floor(T/W) + 1) (the planner's and the main job's definition); lower is worse;</li>
 *   <li>{@code maxInWindow}: the most arrivals of one key in any window of W ({@link WindowCheck}), against N.</li>
 * </ul>
 * Without an arrival log, the attempts' send times stand in for arrivals (the unit says so).
 */
public final class RunMeasures {

    private RunMeasures() {
    }

    /**
     * @param attempts the attempt log (may be empty)
     * @param arrivals the server's arrival log, if there is one
     * @param syncDurationsMs one duration per full sync, empty when unknown
     */
    public static List<FigureData> of(List<Attempt> attempts, Optional<ArrivalLog> arrivals, double[] syncDurationsMs,
                                      int limit, Duration window) {
        List<FigureData> out = new ArrayList<>();
        if (!attempts.isEmpty()) {
            out.add(FigureData.samples("latencyMs", "ms", LatencyCheck.latenciesMs(attempts)));
        }
        if (syncDurationsMs.length > 0) {
            out.add(FigureData.samples("syncDurationMs", "ms", syncDurationsMs));
        }
        long requests = attempts.stream().filter(a -> a.attempt() == 1).count();
        if (requests > 0) {
            long tooMany = attempts.stream().filter(a -> a.status() == 429).count();
            long retries = attempts.stream().filter(a -> a.attempt() > 1).count();
            out.add(FigureData.count("status429", "per request", tooMany, requests, true));
            out.add(FigureData.count("retries", "per request", retries, requests, true));
        }
        String basis = arrivals.isPresent() ? "arrivals" : "sent attempts";
        ArrivalLog log = arrivals.orElseGet(() -> ArrivalLog.of(attempts.stream().filter(Attempt::wasSent)
                .map(a -> new Arrival(a.sentNanos(), a.key(), a.method(), a.path(), a.status(), Double.NaN))
                .toList()));
        if (log.size() > 0) {
            long w = window.toNanos();
            double capacity = 0;
            for (int k = 0; k < log.keys().size(); k++) {
                long[] t = log.timesOf(k);
                capacity += Figures.capacity(t[t.length - 1] - t[0], limit, w); // the one definition, stats.Figures
            }
            out.add(FigureData.count("utilisation", basis + " per capacity N(floor(T/W)+1)", log.size(), capacity,
                    false));
            out.add(FigureData.exact("maxInWindow", basis + " in any window of W", maxInWindow(log, limit, window),
                    limit));
        }
        return out;
    }

    private static double maxInWindow(ArrivalLog log, int limit, Duration window) {
        CheckResult r = new WindowCheck().run(new Evidence(log, Optional.empty(), Optional.empty()),
                ComplianceCheck.builder().limit(limit).window(window).build().settings());
        double max = 0;
        if (r.details().get("keys") instanceof List<?> keys) {
            for (Object k : keys) {
                if (k instanceof Map<?, ?> m && m.get("maxInWindow") instanceof Number n) {
                    max = Math.max(max, n.doubleValue());
                }
            }
        }
        return max;
    }
}
