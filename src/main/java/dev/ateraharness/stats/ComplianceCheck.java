package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;
import dev.ateraharness.evidence.SyncSummaryRow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs every check over a run's evidence and returns a {@link Verdict}.
 *
 * <pre>{@code
 * Verdict v = ComplianceCheck.builder().limit(700).window(Duration.ofSeconds(60))
 *         .label(fingerprint, "shared client").build()
 *         .run(ArrivalLog.read(arrivals), Optional.of(AttemptLogFormat.read(attempts).attempts()), Optional.empty());
 * Reports.writeAll(v, dir);
 * }</pre>
 *
 * <p>Guarantees: thread-safe and reusable (immutable settings, stateless checks); the checks run in a fixed order
 * (window, retry-after, backoff-growth, jitter, throughput, latency, pagination). Defaults: N=700, W=60 s, gates
 * {@code window} and {@code retry-after}. It does not read files (see the readers) or write reports (see
 * {@code dev.ateraharness.report.Reports}).
 */
public final class ComplianceCheck {

    /** The ids of all checks, in run order. */
    public static final List<String> CHECK_IDS = List.of(WindowCheck.ID, RetryAfterCheck.ID, BackoffGrowthCheck.ID,
            JitterCheck.ID, ThroughputCheck.ID, LatencyCheck.ID, PaginationCheck.ID);

    /** Gates unless configured otherwise. */
    public static final Set<String> DEFAULT_GATES = Set.of(WindowCheck.ID, RetryAfterCheck.ID);

    private final ComplianceSettings settings;
    private final List<Check> checks = List.of(new WindowCheck(), new RetryAfterCheck(), new BackoffGrowthCheck(),
            new JitterCheck(), new ThroughputCheck(), new LatencyCheck(), new PaginationCheck());

    private ComplianceCheck(ComplianceSettings settings) {
        this.settings = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    public ComplianceSettings settings() {
        return settings;
    }

    /** Judges an arrival log, with the attempt log and sync summary when present. */
    public Verdict run(ArrivalLog arrivals, Optional<List<Attempt>> attempts,
                       Optional<List<SyncSummaryRow>> syncSummary) {
        return run(new Evidence(arrivals, attempts, syncSummary));
    }

    /** Convenience for callers holding arrival records. */
    public Verdict run(List<Arrival> arrivals, Optional<List<Attempt>> attempts,
                       Optional<List<SyncSummaryRow>> syncSummary) {
        return run(ArrivalLog.of(arrivals), attempts, syncSummary);
    }

    public Verdict run(Evidence evidence) {
        List<CheckResult> results = new ArrayList<>();
        for (Check c : checks) {
            results.add(c.run(evidence, settings).withGate(settings.gates().contains(c.id())));
        }
        return new Verdict(settings, Verdict.overallOf(results), results, Instant.now(), evidence);
    }

    /** Immutable builder: every method returns a new builder. */
    public static final class Builder {
        private final int limit;
        private final Duration window;
        private final Set<String> gates;
        private final Map<String, String> labels;
        private final double multiplier;
        private final double confidence;
        private final double ksAlpha;
        private final int minJitter;
        private final int minRegression;
        private final double toleranceMs;
        private final double p99LimitMs;
        private final RetryAfterGrace grace;

        Builder() {
            this(700, Duration.ofSeconds(60), DEFAULT_GATES, Map.of(), 2.0, 0.95, 0.01, 20, 5, 0, 0, RetryAfterGrace.auto());
        }

        private Builder(int limit, Duration window, Set<String> gates, Map<String, String> labels, double multiplier,
                        double confidence, double ksAlpha, int minJitter, int minRegression, double toleranceMs,
                        double p99LimitMs, RetryAfterGrace grace) {
            this.limit = limit;
            this.window = window;
            this.gates = gates;
            this.labels = labels;
            this.multiplier = multiplier;
            this.confidence = confidence;
            this.ksAlpha = ksAlpha;
            this.minJitter = minJitter;
            this.minRegression = minRegression;
            this.toleranceMs = toleranceMs;
            this.p99LimitMs = p99LimitMs;
            this.grace = grace;
        }

        /** N, at least 1 (default 700). */
        public Builder limit(int n) {
            if (n < 1) {
                throw new IllegalArgumentException("limit must be >= 1, got " + n);
            }
            return new Builder(n, window, gates, labels, multiplier, confidence, ksAlpha, minJitter, minRegression,
                    toleranceMs, p99LimitMs, grace);
        }

        /** W, positive (default 60 s). */
        public Builder window(Duration w) {
            if (w.isNegative() || w.isZero()) {
                throw new IllegalArgumentException("window must be positive, got " + w);
            }
            return new Builder(limit, w, gates, labels, multiplier, confidence, ksAlpha, minJitter, minRegression,
                    toleranceMs, p99LimitMs, grace);
        }

        /** Replaces the set of gating checks (ids from {@link #CHECK_IDS}). */
        public Builder gates(Set<String> ids) {
            for (String id : ids) {
                if (!CHECK_IDS.contains(id)) {
                    throw new IllegalArgumentException("unknown check '" + id + "' (known: " + CHECK_IDS + ")");
                }
            }
            return new Builder(limit, window, new LinkedHashSet<>(ids), labels, multiplier, confidence, ksAlpha,
                    minJitter, minRegression, toleranceMs, p99LimitMs, grace);
        }

        /** Shows {@code label} for the key with this fingerprint in reports. */
        public Builder label(String fingerprint, String label) {
            Map<String, String> m = new LinkedHashMap<>(labels);
            m.put(fingerprint, label);
            return labels(m);
        }

        public Builder labels(Map<String, String> byFingerprint) {
            return new Builder(limit, window, gates, new LinkedHashMap<>(byFingerprint), multiplier, confidence,
                    ksAlpha, minJitter, minRegression, toleranceMs, p99LimitMs, grace);
        }

        /** Expected backoff growth factor, > 1 (default 2). */
        public Builder backoffMultiplier(double m) {
            if (!(m > 1)) {
                throw new IllegalArgumentException("backoff multiplier must be > 1");
            }
            return new Builder(limit, window, gates, labels, m, confidence, ksAlpha, minJitter, minRegression,
                    toleranceMs, p99LimitMs, grace);
        }

        /** Confidence level for intervals, in (0, 1) (default 0.95). */
        public Builder confidence(double c) {
            if (!(c > 0 && c < 1)) {
                throw new IllegalArgumentException("confidence must be in (0, 1)");
            }
            return new Builder(limit, window, gates, labels, multiplier, c, ksAlpha, minJitter, minRegression,
                    toleranceMs, p99LimitMs, grace);
        }

        /** KS significance level (default 0.01). */
        public Builder ksAlpha(double a) {
            if (!(a > 0 && a < 1)) {
                throw new IllegalArgumentException("alpha must be in (0, 1)");
            }
            return new Builder(limit, window, gates, labels, multiplier, confidence, a, minJitter, minRegression,
                    toleranceMs, p99LimitMs, grace);
        }

        /** Minimum jittered delays for the KS test (default 20). */
        public Builder minJitterSamples(int n) {
            return new Builder(limit, window, gates, labels, multiplier, confidence, ksAlpha, Math.max(2, n),
                    minRegression, toleranceMs, p99LimitMs, grace);
        }

        /** Minimum backoff delays for the regression (default 5, never below 3). */
        public Builder minRegressionPoints(int n) {
            return new Builder(limit, window, gates, labels, multiplier, confidence, ksAlpha, minJitter,
                    Math.max(3, n), toleranceMs, p99LimitMs, grace);
        }

        /** Earliness forgiven by the Retry-After check, in ms (default 0). */
        public Builder retryAfterToleranceMs(double ms) {
            return new Builder(limit, window, gates, labels, multiplier, confidence, ksAlpha, minJitter,
                    minRegression, Math.max(0, ms), p99LimitMs, grace);
        }

        /** A p99 latency limit in ms for the latency check (default none: reported only). */
        public Builder latencyP99LimitMs(double ms) {
            return new Builder(limit, window, gates, labels, multiplier, confidence, ksAlpha, minJitter,
                    minRegression, toleranceMs, ms, grace);
        }

        /**
         * How the server-side Retry-After rule treats arrivals possibly in flight when a 429/503 went out
         * (default {@link RetryAfterGrace#auto()}).
         */
        public Builder retryAfterGrace(RetryAfterGrace g) {
            return new Builder(limit, window, gates, labels, multiplier, confidence, ksAlpha, minJitter,
                    minRegression, toleranceMs, p99LimitMs, java.util.Objects.requireNonNull(g));
        }

        public ComplianceCheck build() {
            return new ComplianceCheck(new ComplianceSettings(limit, window, gates, labels, multiplier, confidence,
                    ksAlpha, minJitter, minRegression, toleranceMs, p99LimitMs, grace));
        }
    }
}
