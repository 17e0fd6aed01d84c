package dev.ateraharness.stats;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The read-only settings a run is judged against (built by {@link ComplianceCheck.Builder}); every report names
 * them.
 *
 * @param limit N: at most this many arrivals per key in any half-open window [t, t+W)
 * @param window W
 * @param gates ids of the checks whose failure fails the run
 * @param labels human labels per key fingerprint (reports show "label (fingerprint)")
 * @param backoffMultiplier the backoff growth factor the regression expects (ln of it is the slope)
 * @param confidence confidence level of intervals (regression slope, Garwood)
 * @param ksAlpha the jitter test fails when the Kolmogorov-Smirnov p-value is below this
 * @param minJitterSamples fewer jittered delays than this make the jitter check inconclusive
 * @param minRegressionPoints fewer backoff delays than this make the growth check inconclusive
 * @param retryAfterToleranceMs earliness forgiven by the Retry-After check (0: none)
 * @param latencyP99LimitMs when positive, the latency check fails above this p99; otherwise it only reports
 * @param retryAfterGrace how the server-side Retry-After rule treats arrivals possibly in flight
 */
public record ComplianceSettings(int limit, Duration window, Set<String> gates, Map<String, String> labels,
                                 double backoffMultiplier, double confidence, double ksAlpha, int minJitterSamples,
                                 int minRegressionPoints, double retryAfterToleranceMs, double latencyP99LimitMs,
                                 RetryAfterGrace retryAfterGrace) {

    public ComplianceSettings {
        gates = Set.copyOf(gates);
        labels = Map.copyOf(labels);
    }

    /** N/W in requests per second. */
    public double limitPerSecond() {
        return limit / (window.toNanos() / 1e9);
    }

    /** The label of a key, or the key itself. */
    public String labelOf(String key) {
        return labels.getOrDefault(key, key);
    }
}
