package dev.ateraharness.bench;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.validation.Validation;
import dev.ateraharness.plan.validation.ValidationScenario;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Figure: the planner's prediction error against real compressed runs (the HTTP stub at 70 per 2 s, sliding log,
 * the real client with the default 250 ms guard, in real time) for three scenarios, each measured {@code reps}
 * times (a fresh stub each time); prints measured vs predicted and the error of every repetition, then per scenario
 * the mean |error|, and the largest. A benchmark main, not a test:
 * <pre>
 * mvn -o -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.PlanValidation -Dbench= -Dbench.args=
 * </pre>
 * args: [simulated runs per prediction (default 30)] [seed (default 1)] [repetitions (default 3)]
 */
public final class PlanValidation {

    private PlanValidation() {
    }

    /** The three scenarios: the sync needs 2-3 windows in each. */
    public static List<ValidationScenario> scenarios() {
        Duration w = Duration.ofSeconds(2);
        Duration guard = RateLimiterConfig.DEFAULT_GUARD;
        return List.of(
                new ValidationScenario("1 key x 1 worker", Entity.parseList("tickets=9000"), 1, 1, 70, w, guard),
                new ValidationScenario("1 key x 4 workers", Entity.parseList("tickets=12000"), 1, 4, 70, w, guard),
                new ValidationScenario("2 keys x 2 workers", Entity.parseList("tickets=12000,agents=5000"), 2, 2, 70,
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
            for (int r = 0; r < reps; r++) {
                Validation.Comparison c = Validation.run(s, runs, seed + r);
                System.out.println(c.line() + (c.complete() ? "" : "  INCOMPLETE")
                        + String.format(Locale.ROOT, "  load %.1f", os.getSystemLoadAverage()));
                worst = Math.max(worst, Math.abs(c.error()));
                sum += Math.abs(c.error());
            }
            summary.append(String.format(Locale.ROOT, "%-28s mean |error| over %d runs: %.2f%%%n", s.name(), reps,
                    100 * sum / reps));
        }
        System.out.print(summary);
        System.out.printf(Locale.ROOT, "largest |error|: %.2f%% (load average %.1f)%n", 100 * worst,
                os.getSystemLoadAverage());
    }
}
