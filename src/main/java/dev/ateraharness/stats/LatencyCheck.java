package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import dev.ateraharness.stats.internal.LogicalRequests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Latency percentiles measured from the <em>intended</em> send time: per logical request, received of the final
 * attempt minus intended of the first attempt. Time queued in the limiter and spent in retries is therefore
 * included (no coordinated omission). Requests whose final attempt got no response are counted but not timed.
 *
 * <p>Reports p50, p90, p99, p99.9 and max (nearest-rank, Commons Math's R_1 estimator). Passes unless a p99 limit
 * is configured and exceeded; inconclusive without an attempt log or with no timed requests.
 */
public final class LatencyCheck implements Check {

    public static final String ID = "latency";

    @Override
    public String id() {
        return ID;
    }

    /** Latencies in ms of the timed logical requests, in log order. */
    public static double[] latenciesMs(List<Attempt> attempts) {
        List<List<Attempt>> reqs = LogicalRequests.group(attempts);
        double[] out = new double[reqs.size()];
        int n = 0;
        for (List<Attempt> r : reqs) {
            Attempt first = r.get(0);
            Attempt last = r.get(r.size() - 1);
            if (last.wasReceived() && first.intendedNanos() != Attempt.NONE) {
                out[n++] = (last.receivedNanos() - first.intendedNanos()) / 1e6;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public CheckResult run(Evidence evidence, ComplianceSettings s) {
        String title = "Latency from intended send time";
        boolean judged = s.latencyP99LimitMs() > 0;
        String threshold = judged ? "p99 <= " + s.latencyP99LimitMs() + " ms" : "reported only";
        Map<String, Object> details = new LinkedHashMap<>();
        if (evidence.attempts().isEmpty()) {
            details.put("absent", "no attempt log given");
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "ms",
                    "No attempt log was given, so latency cannot be measured.", details);
        }
        List<Attempt> attempts = evidence.attempts().get();
        double[] lat = latenciesMs(attempts);
        long requests = LogicalRequests.group(attempts).size();
        details.put("logicalRequests", requests);
        details.put("timed", lat.length);
        if (lat.length == 0) {
            return new CheckResult(ID, title, CheckOutcome.INCONCLUSIVE, false, Double.NaN, threshold, "ms",
                    "No logical request got a final response, so none could be timed.", details);
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        p.setData(lat);
        double p50 = p.evaluate(50);
        double p90 = p.evaluate(90);
        double p99 = p.evaluate(99);
        double p999 = p.evaluate(99.9);
        double max = java.util.Arrays.stream(lat).max().getAsDouble();
        details.put("p50Ms", p50);
        details.put("p90Ms", p90);
        details.put("p99Ms", p99);
        details.put("p999Ms", p999);
        details.put("maxMs", max);
        boolean pass = !judged || p99 <= s.latencyP99LimitMs();
        String expl = String.format(Locale.ROOT,
                "Over %d requests, measured from when each was meant to go out: p50 %.1f ms, p99 %.1f ms, max %.1f ms%s.",
                lat.length, p50, p99, max, judged && !pass ? ", above the p99 limit" : "");
        return new CheckResult(ID, title, pass ? CheckOutcome.PASS : CheckOutcome.FAIL, false, p99, threshold, "ms", expl,
                details);
    }
}
