package dev.ateraharness.stats;

import dev.ateraharness.stats.internal.MaxWindow;
import dev.ateraharness.time.Durations;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Max arrivals in any half-open window [t, t+W) per key, exact (two pointers, O(n)). Every arrival counts,
 * whatever its status: a request the server rejected was still sent.
 *
 * <p>Passes when every key's maximum is at most N; the figure is the worst key's maximum. Details list each key
 * with its maximum, where that window starts, the number of <em>violating arrivals</em> (arrivals i whose window
 * [t_i, t_i+W) holds more than N) and the largest excess over N. Inconclusive on an empty log.
 */
public final class WindowCheck implements Check {

    public static final String ID = "window";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        ArrivalLog log = evidence.arrivals();
        long w = s.window().toNanos();
        List<Map<String, Object>> perKey = new ArrayList<>();
        int worst = 0;
        String worstKey = null;
        long violating = 0;
        for (int k = 0; k < log.keys().size(); k++) {
            String key = log.keys().get(k);
            MaxWindow.Result r = MaxWindow.of(log.timesOf(k), w, s.limit());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("label", s.labelOf(key));
            m.put("arrivals", log.timesOf(k).length);
            m.put("maxInWindow", r.max());
            m.put("maxWindowStart", instant(r.maxStartNanos()));
            m.put("violatingArrivals", r.violatingArrivals());
            m.put("maxExcess", r.maxExcess());
            m.put("verdict", (r.max() <= s.limit() ? CheckOutcome.PASS : CheckOutcome.FAIL).json());
            perKey.add(m);
            violating += r.violatingArrivals();
            if (worstKey == null || r.max() > worst) {
                worst = r.max();
                worstKey = key;
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("windowSemantics", "half-open [t, t+W); all statuses counted");
        details.put("violatingArrivals", violating);
        details.put("keys", perKey);
        String title = "Max arrivals in any " + Durations.describe(s.window()) + " window, per key";
        String threshold = "<= " + s.limit();
        if (worstKey == null) {
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "requests",
                    "The arrival log is empty, so there is nothing to judge.", details);
        }
        boolean pass = worst <= s.limit();
        String who = s.labelOf(worstKey);
        String expl = pass
                ? "The busiest key (" + who + ") had at most " + worst + " arrivals in any "
                    + Durations.describe(s.window()) + " window, within the limit of " + s.limit() + "."
                : "Key " + who + " had " + worst + " arrivals in one " + Durations.describe(s.window())
                    + " window, " + (worst - s.limit()) + " over the limit of " + s.limit() + " (" + violating
                    + " violating arrivals over all keys).";
        return new CheckResult(ID, title, pass ? CheckOutcome.PASS : CheckOutcome.FAIL, false, worst, threshold, "requests",
                expl, details);
    }

    static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
                .toString();
    }
}
