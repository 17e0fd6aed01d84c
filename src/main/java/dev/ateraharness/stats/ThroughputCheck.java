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
 * {@link Figures#utilisation(long[], int, java.time.Duration)}, x / (N (floor(T/W) + 1)), the share of what an exact
 * sliding log could admit over the span (a compliant key never exceeds 100 %), and near-limit windows are
 * {@link Figures#nearLimitWindows}. The interval assumes independent arrivals; strongly bursty traffic observed over
 * only a few periods makes the span, and hence the rate, depend on where the log cuts.
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
        for (int k = 0; k < log.keys().size(); k++) {
            long[] t = log.timesOf(k);
            String key = log.keys().get(k);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("key", key);
            m.put("label", s.labelOf(key));
            m.put("arrivals", t.length);
            double span = t.length < 2 ? 0 : (t[t.length - 1] - t[0]) / 1e9;
            m.put("spanSeconds", span);
            double util = Figures.utilisation(t, s.limit(), s.window());
            m.put("utilisation", util);
            m.put("nearLimitWindows", Figures.nearLimitWindows(t, s.limit(), s.window()));
            if (span > 0) {
                // the first arrival opens the span, so x - 1 arrivals fall in it (the Poisson count over T)
                long events = t.length - 1L;
                double[] ci = Garwood.interval(events, s.confidence());
                double rate = events / span;
                double lo = ci[0] / span;
                double hi = ci[1] / span;
                m.put("ratePerSecond", rate);
                m.put("rateLow", lo);
                m.put("rateHigh", hi);
                double allowed = (Figures.capacity(t[t.length - 1] - t[0], s.limit(), s.window().toNanos()) - 1)
                        / span;
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
        String title = "Throughput and utilisation of the limit";
        String threshold = String.format(Locale.ROOT, "lower bound <= N(floor(T/W)+1)-1 per span T (-> %.4g/s)",
                limitRate);
        if (worstKey == null) {
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "utilisation",
                    "No key has two arrivals over a positive time span, so no rate can be estimated.", details);
        }
        String expl = String.format(Locale.ROOT,
                "The busiest key (%s) used %.1f%% of what the limit admits over its %.1f s span (%d arrivals); it "
                    + "sent %.3f requests/s (%.0f%% interval %.3f to %.3f) where the limit allows at most %.3f/s "
                    + "over that span (N/W = %.3f/s)%s.",
                s.labelOf(worstKey), worstUtil * 100, (double) w.get("spanSeconds"), (int) w.get("arrivals"),
                (double) w.get("ratePerSecond"), s.confidence() * 100, (double) w.get("rateLow"),
                (double) w.get("rateHigh"), (double) w.get("allowedRatePerSecond"), limitRate,
                provenOver ? ", and some key's rate is provably above what it allows" : "");
        return new CheckResult(ID, title, provenOver ? CheckOutcome.FAIL : CheckOutcome.PASS, false, worstUtil, threshold,
                "utilisation", expl, details);
    }
}
