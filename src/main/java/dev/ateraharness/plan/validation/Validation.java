package dev.ateraharness.plan.validation;

import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.plan.MedianInterval;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.stub.Latency;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures how far the planner is from reality: runs a {@link ValidationScenario} for real ({@link RealRun}), then
 * plans the same scenario in virtual time and compares each median with the measured sync time. Three predictions:
 * <ul>
 * <li><em>configured</em> (what counts): the settings the stub ran (its configured latency) plus the cost of the
 * HTTP exchange on this machine, calibrated on the warm-up sync that precedes the measured one (never on the
 * measured run): the mean round trip of the second warm-up minus the configured latency's mean (what
 * loopback HTTP, Jetty, WireMock, the JDK client and thread wake-ups add to the model's latency; the HTTP door
 * already delivers at arrival + latency, stub.md) plus the warm-up's client overhead per request (decoding,
 * hand-offs). Every simulated round trip gets that constant added.</li>
 * <li><em>settings only</em> (diagnostic): the stub's settings alone, what {@code plan} gives without
 * calibration: low by the HTTP exchange's cost.</li>
 * <li><em>empirical</em> (diagnostic): the latency the measured run saw (its attempts' {@code received - sent}
 * resampled, plus its client overhead per request).</li>
 * </ul>
 *
 * <p>Guarantees: no prediction uses the measured duration; the configured one sees nothing of the measured run.
 * Does not hide load: on a busy machine the real run's threads wake late, which the calibration absorbs only as far
 * as the warm-up saw the same load.
 */
public final class Validation {

    /** Draws of the configured latency behind the calibrated model (enough that its quantiles are smooth). */
    private static final int CALIBRATION_DRAWS = 20_000;

    private Validation() {
    }

    /**
     * One comparison.
     *
     * @param measuredNanos the real sync's duration
     * @param configured    the planner's median (and interval) for the stub's settings plus the calibrated overhead
     * @param settingsOnly  the same for the stub's settings alone
     * @param empirical     the same for the measured run's own round trips
     * @param overheadNanos the calibrated per-request overhead added to the configured latency
     * @param latency       the latency models used, as the CLI would print them
     * @param attempts      attempts in the real run
     * @param rejected      429s in the real run
     * @param complete      the real sync saw every item
     */
    public record Comparison(ValidationScenario scenario, long measuredNanos, MedianInterval configured,
                             MedianInterval settingsOnly, MedianInterval empirical, long overheadNanos,
                             String latency, int attempts, long rejected, boolean complete) {

        /** (configured median - measured) / measured: the figure the validation is judged by. */
        public double configuredError() {
            return error(configured);
        }

        /** (settings-only median - measured) / measured: what the uncalibrated planner misses. */
        public double settingsOnlyError() {
            return error(settingsOnly);
        }

        /** (empirical median - measured) / measured. */
        public double empiricalError() {
            return error(empirical);
        }

        private double error(MedianInterval predicted) {
            return (predicted.median() - measuredNanos) / measuredNanos;
        }

        public String line() {
            return String.format(Locale.ROOT, "%-38s measured %7.3f s  configured %7.3f s [%.3f, %.3f] (error %+6.2f%%)"
                            + "  settings only %7.3f s (%+6.2f%%)  empirical %7.3f s (%+6.2f%%)  (%d attempts, %d 429s, %s)",
                    scenario.name(), measuredNanos / 1e9, configured.median() / 1e9, configured.low() / 1e9,
                    configured.high() / 1e9, 100 * configuredError(), settingsOnly.median() / 1e9,
                    100 * settingsOnlyError(), empirical.median() / 1e9, 100 * empiricalError(), attempts, rejected,
                    latency);
        }
    }

    /** Measures {@code s} for real, then predicts it from {@code runs} seeded simulated runs. */
    public static Comparison run(ValidationScenario s, int runs, long seed) throws InterruptedException {
        RealRun.Measurement m = RealRun.measure(s, seed);
        return compare(s, m, runs, seed);
    }

    /**
     * The per-request cost of the HTTP exchange and the client on top of the model's latency, from the warm-up
     * only: the mean round trip of the second warm-up minus the configured latency's mean, plus its client overhead
     * per request; at least 0. Means, not medians: a latency-bound sync pays the sum of its round trips, slow
     * ones included.
     */
    public static long calibratedOverheadNanos(Latency configured, RealRun.Measurement m, long seed) {
        long[] warm = m.warmUpLatenciesNanos();
        if (warm.length == 0) {
            return 0;
        }
        double exchange = Arrays.stream(warm).average().orElse(0)
                - Arrays.stream(draws(configured, 0, seed)).average().orElse(0);
        return Math.max(0, Math.round(exchange) + m.warmUpClientOverheadNanos());
    }

    /** The planner's predictions for a measured run (see the class comment). */
    public static Comparison compare(ValidationScenario s, RealRun.Measurement m, int runs, long seed) {
        long overhead = calibratedOverheadNanos(s.latency(), m, seed);
        Latency calibrated = Latency.empirical(draws(s.latency(), overhead, seed), s.latency().describe()
                + String.format(Locale.ROOT, " + %.1f ms calibrated", overhead / 1e6));
        long clientOverhead = m.clientOverheadNanos();
        long[] samples = m.latenciesNanos();
        for (int i = 0; i < samples.length; i++) {
            samples[i] += clientOverhead;
        }
        Latency empirical = Latency.empirical(samples, "the measured run");
        return new Comparison(s, m.syncNanos(), predict(s, calibrated, runs, seed), predict(s, s.latency(), runs, seed),
                predict(s, empirical, runs, seed), overhead, String.format(Locale.ROOT,
                "stub latency %s, calibrated +%.1f ms; empirical n=%d, mean %.1f ms incl. %.1f ms client overhead",
                s.latency().describe(), overhead / 1e6, samples.length, empirical.meanNanos() / 1e6,
                clientOverhead / 1e6), m.attempts().size(), m.rejected(), m.outcome().complete());
    }

    private static MedianInterval predict(ValidationScenario s, Latency latency, int runs, long seed) {
        PlanSpec spec = new PlanSpec(s.toScenario(latency), List.of(s.keys()), List.of(s.workers()), runs, seed, 0,
                0.95, 1, false);
        CombinationResult c = new CapacityPlanner(ScenarioRunner.client()).plan(spec, null).combinations().get(0);
        return c.syncNanos();
    }

    /** Seeded draws of {@code latency}, each plus {@code plusNanos}. */
    private static long[] draws(Latency latency, long plusNanos, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] out = new long[CALIBRATION_DRAWS];
        for (int i = 0; i < out.length; i++) {
            out[i] = latency.sampleNanos(random) + plusNanos;
        }
        return out;
    }
}
