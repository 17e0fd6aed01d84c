package dev.ateraharness.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a {@link PlanSpec}: every (keys, workers) combination R times, summarised with a median interval, the
 * recommendation for the target, and optionally an items sweep.
 *
 * <p>Guarantees: the result depends only on the spec and the driver, not on {@code threads} or timing: runs are
 * independent and collected in order. {@code progress} is called once per finished run, from worker threads.
 */
public final class CapacityPlanner {

    /** Fractions of the entity sizes the items sweep runs at. */
    static final double[] ITEM_SCALES = {0.1, 0.25, 0.5, 0.75, 1.0};

    private final ScenarioRunner runner;

    /** A planner on the real client ({@link ScenarioRunner#client()}). */
    public CapacityPlanner() {
        this(ScenarioRunner.client());
    }

    public CapacityPlanner(ScenarioRunner runner) {
        this.runner = runner;
    }

    /** Plans; {@code progress} may be null. */
    public PlanResult plan(PlanSpec spec, Runnable progress) {
        long wallStart = System.nanoTime();
        Runnable tick = progress == null ? () -> { } : progress;
        ExecutorService pool = spec.threads() == 1 ? null : Executors.newFixedThreadPool(spec.threads(), r -> {
            Thread t = new Thread(r, "plan-run");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CombinationResult> combos = new ArrayList<>();
            long events = 0;
            for (int k : spec.keyCounts()) {
                for (int w : spec.workerCounts()) {
                    Scenario s = spec.base().with(k, w);
                    List<RunResult> runs = runAll(s, spec, spec.runs(), pool, tick);
                    events += runs.stream().mapToLong(RunResult::events).sum();
                    combos.add(CombinationResult.of(k, w, s.totalItems(), runs, spec.level()));
                }
            }
            Optional<CombinationResult> best = spec.targetNanos() == 0 ? Optional.empty() : combos.stream()
                    .filter(c -> c.incompleteRuns() == 0 && c.syncNanos().high() <= spec.targetNanos())
                    .min(Comparator.comparingInt(CombinationResult::keys).thenComparingInt(CombinationResult::workers));
            CombinationResult curveAt = best.orElse(combos.get(combos.size() - 1));
            List<PlanResult.ItemsPoint> curve = new ArrayList<>();
            if (spec.itemsCurve()) {
                for (double f : ITEM_SCALES) {
                    Scenario s = spec.base().with(curveAt.keys(), curveAt.workers())
                            .withEntities(Entity.scale(spec.base().entities(), f));
                    List<RunResult> runs = runAll(s, spec, spec.curveRuns(), pool, tick);
                    events += runs.stream().mapToLong(RunResult::events).sum();
                    double[] sync = runs.stream().mapToDouble(RunResult::syncNanos).toArray();
                    curve.add(new PlanResult.ItemsPoint(s.totalItems(), s.floorNanos(),
                            MedianInterval.of(sync, spec.level())));
                }
            }
            return new PlanResult(spec, combos, best, spec.itemsCurve() ? curveAt.keys() : 0,
                    spec.itemsCurve() ? curveAt.workers() : 0, curve, System.nanoTime() - wallStart, events);
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    private List<RunResult> runAll(Scenario s, PlanSpec spec, int n, ExecutorService pool, Runnable tick) {
        List<RunResult> out = new ArrayList<>();
        if (pool == null) {
            for (int i = 0; i < n; i++) {
                out.add(runner.run(s, spec.runSeed(i)));
                tick.run();
            }
            return out;
        }
        List<Future<RunResult>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long seed = spec.runSeed(i);
            futures.add(pool.submit(() -> {
                RunResult r = runner.run(s, seed);
                tick.run();
                return r;
            }));
        }
        for (Future<RunResult> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("planning interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a simulated run failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }
}
