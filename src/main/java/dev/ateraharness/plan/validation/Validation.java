package dev.ateraharness.plan.validation;

import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.CombinationResult;
import dev.ateraharness.plan.MedianInterval;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.ScenarioRunner;
import dev.ateraharness.stub.Latency;
import java.util.List;
import java.util.Locale;

/**
 * Measures how far the planner is from reality: runs a {@link ValidationScenario} for real ({@link RealRun}), then
 * plans the same scenario in virtual time twice and compares each median with the measured sync time:
 * <em>configured</em>, with the settings the stub ran (its configured latency; what a user planning against the
 * stub's settings gets), and <em>empirical</em>, with the latency the real run saw (an empirical model resampling
 * its attempts' {@code received - sent}, plus the real client's per-page overhead).
 *
 * <p>Guarantees: the prediction uses only the scenario and the measured latencies (not the measured duration).
 * Does not hide load: on a busy machine the real run's scheduler and HTTP threads run late, which the latency
 * sample partly absorbs and the window boundaries do not.
 */
public final class Validation {

    private Validation() {
    }

    /**
     * One comparison.
     *
     * @param measuredNanos  the real sync's duration
     * @param predicted      the planner's median (and interval) over the runs
     * @param latency        the latency model used, as the CLI would print it
     * @param attempts       attempts in the real run
     * @param rejected       429s in the real run
     * @param complete       the real sync saw every item
     */
    public record Comparison(ValidationScenario scenario, long measuredNanos, MedianInterval predicted,
                             String latency, int attempts, long rejected, boolean complete,
                             MedianInterval configured) {

        /** (predicted median - measured) / measured, the empirical prediction. */
        public double error() {
            return (predicted.median() - measuredNanos) / measuredNanos;
        }

        /** (configured median - measured) / measured: the planner given only the stub's settings. */
        public double configuredError() {
            return (configured.median() - measuredNanos) / measuredNanos;
        }

        public String line() {
            return String.format(Locale.ROOT, "%-36s measured %7.3f s  configured %7.3f s (error %+6.2f%%)"
                            + "  empirical %7.3f s [%.3f, %.3f] (error %+6.2f%%)  (%d attempts, %d 429s, %s)",
                    scenario.name(), measuredNanos / 1e9, configured.median() / 1e9, 100 * configuredError(),
                    predicted.median() / 1e9, predicted.low() / 1e9, predicted.high() / 1e9, 100 * error(),
                    attempts, rejected, latency);
        }
    }

    /** Measures {@code s} for real, then predicts it from {@code runs} seeded simulated runs. */
    public static Comparison run(ValidationScenario s, int runs, long seed) throws InterruptedException {
        RealRun.Measurement m = RealRun.measure(s, seed);
        return compare(s, m, runs, seed);
    }

    /**
     * The planner's prediction for a measured run. The simulated client spends no time between a response and its
     * next request, the real one does (decoding, thread hand-offs): so each resampled round trip gets the real
     * run's median client overhead per page added ({@link RealRun.Measurement#clientOverheadNanos()}).
     */
    public static Comparison compare(ValidationScenario s, RealRun.Measurement m, int runs, long seed) {
        long overhead = m.clientOverheadNanos();
        long[] samples = m.latenciesNanos();
        for (int i = 0; i < samples.length; i++) {
            samples[i] += overhead;
        }
        Latency latency = Latency.empirical(samples, "the measured run");
        PlanSpec spec = new PlanSpec(s.toScenario(latency), List.of(s.keys()), List.of(s.workers()), runs, seed, 0,
                0.95, 1, false);
        CombinationResult c = new CapacityPlanner(ScenarioRunner.client()).plan(spec, null).combinations().get(0);
        PlanSpec same = new PlanSpec(s.toScenario(), List.of(s.keys()), List.of(s.workers()), runs, seed, 0,
                0.95, 1, false);
        CombinationResult configured = new CapacityPlanner(ScenarioRunner.client()).plan(same, null).combinations()
                .get(0);
        return new Comparison(s, m.syncNanos(), c.syncNanos(), String.format(Locale.ROOT,
                "stub latency %s; empirical n=%d, mean %.1f ms incl. %.1f ms client overhead", s.latency().describe(),
                samples.length, latency.meanNanos() / 1e6, overhead / 1e6), m.attempts().size(), m.rejected(),
                m.outcome().complete(), configured.syncNanos());
    }
}
