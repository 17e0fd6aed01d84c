package dev.ateraharness.bench;

import dev.ateraharness.stub.Latency;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.plan.CapacityPlanner;
import dev.ateraharness.plan.Distribution;
import dev.ateraharness.time.Durations;
import dev.ateraharness.plan.Entity;
import dev.ateraharness.plan.PlanResult;
import dev.ateraharness.plan.PlanSpec;
import dev.ateraharness.plan.Scenario;
import dev.ateraharness.plan.ScenarioRunner;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Figure: wall time to plan a 1M-item sync (1 key, 4 in flight through the client's fan-out, lognormal 180 ms / 900 ms,
 * 700 per 60 s).
 * Prints the wall time of one simulated run (after {@code warmup} unmeasured runs) and of a full plan of
 * {@code runs} runs. A benchmark main, not a test:
 * <pre>
 * mvn -q -Pbench test-compile exec:exec -Dbench.main=dev.ateraharness.bench.PlanMillionItems -Dbench= -Dbench.args="30 3"
 * </pre>
 * args: [runs (default 30)] [warmup runs (default 3)] [threads (default available processors)] [trees|records]
 */
public final class PlanMillionItems {

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Scenario s = new Scenario(List.of(new Entity("tickets", 1_000_000)), 1, 4, 50, 50,
                Latency.lognormalP99(180, 900), 0, 700, Duration.ofSeconds(60).toNanos(),
                Algorithm.SLIDING_LOG, false, RateLimiterConfig.DEFAULT_GUARD.toNanos(), Duration.ofSeconds(30).toNanos(),
                Distribution.CLIENT);
        // 4th arg: records = decode items as Ticket records (what a real sync does) instead of trees
        ScenarioRunner runner = args.length > 3 && args[3].equals("records")
                ? ScenarioRunner.client(dev.ateraharness.plan.Decoding.RECORDS) : ScenarioRunner.client();
        for (int i = 0; i < warmup; i++) {
            runner.run(s, 1000 + i);
        }
        var threadBean = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = threadBean.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        var one = runner.run(s, 1);
        long single = System.nanoTime() - t0;
        long cpu = threadBean.getCurrentThreadCpuTime() - c0;
        System.out.printf(Locale.ROOT, "one run: %.3f s wall, %.3f s CPU, %d requests, %d events, simulated sync %s (floor %s)%n",
                single / 1e9, cpu / 1e9, one.requests(), one.events(), Durations.tableForm(one.syncNanos()),
                Durations.tableForm(one.floorNanos()));
        PlanSpec spec = new PlanSpec(s, List.of(1), List.of(4), runs, 1, 0, 0.95, threads, false);
        PlanResult plan = new CapacityPlanner(runner).plan(spec, null);
        System.out.printf(Locale.ROOT, "plan of %d runs on %d threads: %.3f s wall (%.3f s per run), %d events; "
                        + "median sync %s%n", runs, threads, plan.wallNanos() / 1e9, plan.wallNanos() / 1e9 / runs,
                plan.events(), Durations.tableForm(plan.combinations().get(0).syncNanos().median()));
    }
}
