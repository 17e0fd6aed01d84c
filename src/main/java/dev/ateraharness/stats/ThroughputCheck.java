package dev.ateraharness.stats;

import dev.ateraharness.stats.internal.Garwood;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Throughput and utilisation per key: over the observed span T (first to last arrival of that key) the x - 1
 * arrivals after the first give a rate (x - 1)/T with the exact Poisson (Garwood) interval; utilisation is
 * rate / (N/W). The interval assumes independent arrivals; strongly bursty traffic observed over only a few
 * periods (e.g. a burst per fixed minute) makes the span, and hence the rate, depend on where the log cuts.
 *
 * <p>Fails only when some key's <em>lower</em> confidence bound exceeds the most the limit allows over that key's
 * span: a closed span T meets at most floor(T/W) + 1 windows, so at most N (floor(T/W) + 1) arrivals, i.e. a rate
 * of (N (floor(T/W) + 1) - 1)/T after the first; this tends to N/W for long spans, but over a few periods a
 * compliant burst per window reads above N/W (the window check judges bursts exactly). The figure is the highest
 * utilisation. Inconclusive when no key has two arrivals over a positive span.
 * It does not judge bursts (that is the window check's job).
 */
public final class ThroughputCheck implements Check {

    public static final String ID = "throughput";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        ArrivalLog log = evidence.arrivals();
        double limitRate = s.limitPerSecond();
        List<Map<String, Object>> perKey = new ArrayList<>();
        double worstUtil = Double.NaN;
        String worstKey = null;
        Map<String, Object> w = null;
        boolean provenOver = false;
        long n = s.limit();
        double windowSeconds = s.window().toNanos() / 1e9;
        for (int k = 0; k < log.keys().size(); k++) {
            long[] t = log.timesOf(k);
            String key = log.keys().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("label", s.labelOf(key));
            m.put("arrivals", t.length);
            double span = t.length < 2 ? 0 : (t[t.length - 1] - t[0]) / 1e9;
            m.put("spanSeconds", span);
            if (span > 0) {
                // the first arrival opens the span, so x - 1 arrivals fall in it (the Poisson count over T)
                long events = t.length - 1L;
                double[] ci = Garwood.interval(events, s.confidence());
                double rate = events / span;
                double lo = ci[0] / span;
                double hi = ci[1] / span;
                double util = rate / limitRate;
                m.put("ratePerSecond", rate);
                m.put("rateLow", lo);
                m.put("rateHigh", hi);
                m.put("utilisation", util);
                m.put("utilisationLow", lo / limitRate);
                m.put("utilisationHigh", hi / limitRate);
                double allowed = (n * (Math.floor(span / windowSeconds) + 1) - 1) / span;
                m.put("allowedRatePerSecond", allowed);
                if (lo > allowed) {
                    provenOver = true;
                }
                if (Double.isNaN(worstUtil) || util > worstUtil) {
                    worstUtil = util;
                    worstKey = key;
                    w = m;
                }
            }
            perKey.add(m);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limitPerSecond", limitRate);
        details.put("confidence", s.confidence());
        details.put("keys", perKey);
        String title = "Throughput and utilisation of N/W";
        String threshold = String.format(Locale.ROOT, "lower bound <= N(floor(T/W)+1)-1 per span T (-> %.4g/s)",
                limitRate);
        if (worstKey == null) {
            return new CheckResult(ID, title, Outcome.INCONCLUSIVE, false, Double.NaN, threshold, "utilisation",
                    "No key has two arrivals over a positive time span, so no rate can be estimated.", details);
        }
        String expl = String.format(Locale.ROOT,
                "The busiest key (%s) sent %.3f requests/s (%.0f%% interval %.3f to %.3f), %.1f%% of the limit's "
                    + "%.3f/s; over its %.1f s span the limit allows at most %.3f/s%s.",
                s.labelOf(worstKey), (double) w.get("ratePerSecond"), s.confidence() * 100,
                (double) w.get("rateLow"), (double) w.get("rateHigh"), worstUtil * 100, limitRate,
                (double) w.get("spanSeconds"), (double) w.get("allowedRatePerSecond"),
                provenOver ? ", and some key's rate is provably above what it allows" : "");
        return new CheckResult(ID, title, provenOver ? Outcome.FAIL : Outcome.PASS, false, worstUtil, threshold,
                "utilisation", expl, details);
    }
}
