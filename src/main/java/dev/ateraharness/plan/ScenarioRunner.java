package dev.ateraharness.plan;

import dev.ateraharness.stats.Figures;
import dev.ateraharness.time.VirtualTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs one scenario once, in its own {@link VirtualTime}: builds the simulated server, hands a {@link SyncContext}
 * to a fresh driver, and runs the event queue until the sync completes. No thread sleeps; the result depends only
 * on the scenario, the seed and the driver.
 *
 * <p>Seeds: the server's stream and the client's stream are split from the run seed, so changing the client's
 * jitter does not shift the server's latency draws.
 */
public final class ScenarioRunner {

    /** Safety net for a driver that never finishes: far above any sync the CLI accepts. */
    private static final long MAX_EVENTS = 2_000_000_000L;

    private final Supplier<? extends SyncDriver> drivers;

    /** @param drivers a fresh driver per run (drivers may keep per-run state) */
    public ScenarioRunner(Supplier<? extends SyncDriver> drivers) {
        this.drivers = drivers;
    }

    /** The planner's runner: the real client ({@link ClientSyncDriver}), items decoded as trees (fast). */
    public static ScenarioRunner client() {
        return client(Decoding.TREES);
    }

    /** The real client, items decoded as {@code decoding} says. */
    public static ScenarioRunner client(Decoding decoding) {
        return new ScenarioRunner(() -> new ClientSyncDriver(decoding));
    }

    /** Runs the scenario with the given seed. */
    public RunResult run(Scenario s, long seed) {
        VirtualTime time = new VirtualTime();
        SplittableRandom seeds = new SplittableRandom(seed);
        long serverSeed = seeds.nextLong();
        long clientSeed = seeds.nextLong();
        SimulatedAteraServer server = SimulatedAteraServer.builder(time)
                .algorithm(s.algorithm()).limit(s.limit()).window(java.time.Duration.ofNanos(s.windowNanos()))
                .rejectedCount(s.rejectedCount()).latency(s.latency()).faultRate(s.faultRate())
                .maxItemsInPage(s.maxItemsInPage()).entities(s.entities()).seed(serverSeed).build();
        WorkPlan plan = s.workPlan();
        SyncContext ctx = new SyncContext(server, time, SimulatedAteraServer.DEFAULT_BASE_URI, syntheticKeys(s.keys()),
                s.workers(), plan, s.itemsInPage(), s.limit(), s.windowNanos(), s.guardNanos(),
                s.requestTimeoutNanos(), clientSeed, s.distribution());
        CompletableFuture<SyncOutcome> f = drivers.get().sync(ctx);
        time.runUntilIdle(MAX_EVENTS);
        if (!f.isDone()) {
            throw new IllegalStateException("the sync driver never completed (no events left)");
        }
        SyncOutcome outcome = f.join();
        ServerStats st = server.stats();
        long floor = plan.floorNanos(s.limit(), s.windowNanos());
        long sync = outcome.durationNanos();
        // the stats definition; each key's span is taken as the sync's (the planner keeps no per-key arrival times)
        double utilisation = st.arrivals() == 0 ? 0
                : Figures.utilisation(st.arrivals(), s.keys(), Math.max(0, sync), s.limit(), s.windowNanos());
        return new RunResult(seed, sync, floor, outcome.complete(), st.requests(), st.rejected(), st.faults(),
                st.timeouts(), outcome.retries(), utilisation, st.meanInFlight(), st.throughputPerSecond(),
                st.meanLatencyNanos(), time.tasksRun());
    }

    /** Synthetic, obviously fake keys ("plan-key-1" ...): never real credentials. */
    static List<String> syntheticKeys(int n) {
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            keys.add("plan-key-" + i);
        }
        return keys;
    }
}
