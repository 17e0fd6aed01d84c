package dev.ateraharness.bench;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.validation.Validation;
import dev.ateraharness.plan.validation.ValidationScenario;
import dev.ateraharness.stub.Latency;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Figure: the planner's prediction error against real compressed runs (the HTTP stub at 70 per 2 s, sliding log,
 * a latency configured in the stub, the real client's page fan-out with the default guard, as {@code sync} runs it,
 * in real time) for four scenarios, each measured {@code reps} times (a fresh stub each time); prints measured vs
 * the configured (settings + the HTTP exchange's cost calibrated on the warm-up), settings-only and empirical
 * predictions of every repetition with the load average, then per scenario the mean |error| of each, and the
 * largest configured one. A benchmark main, not a test:
 * <pre>
 * mvn -o -q -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.PlanValidation -Dbench= -Dbench.args="15 1 3"
 * </pre>
 * args: [simulated runs per prediction (default 30)] [seed (default 1)] [repetitions (default 3)]
 */
public final class PlanValidation {

    private PlanValidation() {
    }

    /**
     * The scenarios, latency configured in the stub, "workers" being requests in flight per key
     * ({@code sync --concurrency}): fixed 200 ms with 1 and 4 in flight (latency-bound), lognormal median 20 ms /
     * p99 80 ms with 2 keys x 2 and none with 1 key x 4 (limit-bound, 2-3 windows).
     */
    public static List<ValidationScenario> scenarios() {
        Duration w = Duration.ofSeconds(2);
        Duration guard = RateLimiterConfig.DEFAULT_GUARD;
        return List.of(
                new ValidationScenario("1 key x 1 worker, fixed 200 ms", Entity.parseList("tickets=2500"), 1, 1, 70,
                        w, guard, Latency.fixed(200)),
                new ValidationScenario("1 key x 4 workers, fixed 200 ms", Entity.parseList("tickets=6000"), 1, 4, 70,
                        w, guard, Latency.fixed(200)),
                new ValidationScenario("2 keys x 2 workers, lognormal 20/80 ms",
                        Entity.parseList("tickets=12000,agents=5000"), 2, 2, 70, w, guard, Latency.lognormalP99(20, 80)),
                new ValidationScenario("1 key x 4 workers, no latency", Entity.parseList("tickets=12000"), 1, 4, 70,
                        w, guard));
    }

    public static void main(String[] args) throws InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        double worst = 0;
        StringBuilder summary = new StringBuilder();
        for (ValidationScenario s : scenarios()) {
            double sum = 0;
            double sumConfigured = 0;
            double sumSettings = 0;
            for (int r = 0; r < reps; r++) {
                Validation.Comparison c = Validation.run(s, runs, seed + r);
                System.out.println(c.line() + (c.complete() ? "" : "  INCOMPLETE")
                        + String.format(Locale.ROOT, "  load %.1f", os.getSystemLoadAverage()));
                worst = Math.max(worst, Math.abs(c.configuredError()));
                sum += Math.abs(c.empiricalError());
                sumConfigured += Math.abs(c.configuredError());
                sumSettings += Math.abs(c.settingsOnlyError());
            }
            summary.append(String.format(Locale.ROOT, "%-40s mean |error| over %d runs: configured %.2f%%, "
                    + "settings only %.2f%%, empirical %.2f%%%n", s.name(), reps, 100 * sumConfigured / reps,
                    100 * sumSettings / reps, 100 * sum / reps));
        }
        System.out.print(summary);
        System.out.printf(Locale.ROOT, "largest configured |error|: %.2f%% (load average %.1f)%n", 100 * worst,
                os.getSystemLoadAverage());
    }
}
