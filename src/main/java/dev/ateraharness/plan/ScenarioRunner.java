package dev.ateraharness.plan;

import dev.ateraharness.plan.internal.FlightRecorder;
import dev.ateraharness.stub.AteraServerModel;
import dev.ateraharness.stub.ArrivalRecorder;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.InMemoryAteraTransport;
import dev.ateraharness.stub.StubSettings;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs one scenario once, in its own {@link VirtualTime}: builds the stub's model
 * ({@link AteraServerModel}, ids-only items) from the scenario's server settings, serves it through the in-memory
 * door ({@link InMemoryAteraTransport}: a request arrives and is judged at its send time and completes after the
 * model's latency), hands a {@link SyncContext} to a fresh driver, and runs the event queue until the sync
 * completes. No thread sleeps; the result depends only on the scenario, the seed and the driver.
 *
 * <p>Seeds: the server's fault-and-latency stream and the client's stream are split from the run seed, so
 * changing the client's jitter does not shift the server's draws.
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
        return simulate(s, seed).result();
    }

    /** The arrival log the model wrote in the run {@link #run} gives for the same scenario and seed. */
    public ArrivalRecorder arrivals(Scenario s, long seed) {
        return simulate(s, seed).arrivals();
    }

    private record Simulated(RunResult result, ArrivalRecorder arrivals) {
    }

    private Simulated simulate(Scenario s, long seed) {
        VirtualTime time = new VirtualTime();
        SplittableRandom seeds = new SplittableRandom(seed);
        long serverSeed = seeds.nextLong();
        long clientSeed = seeds.nextLong();
        List<String> keys = syntheticKeys(s.keys());
        AteraServerModel model = AteraServerModel.create(serverSettings(s, keys, time, serverSeed),
                AteraServerModel.Items.IDS_ONLY);
        FlightRecorder flights = new FlightRecorder(InMemoryAteraTransport.of(model, time), time);
        SyncContext ctx = new SyncContext(flights, time, InMemoryAteraTransport.DEFAULT_BASE_URI, keys,
                s.workers(), s.entities(), s.itemsInPage(), s.limit(), s.windowNanos(), s.guardNanos(),
                s.requestTimeoutNanos(), clientSeed, s.distribution(), s.processEntities(),
                s.processes().shared() ? s.processes().acquireRoundTrip() : dev.ateraharness.stub.Latency.NONE);
        CompletableFuture<SyncOutcome> f = drivers.get().sync(ctx);
        time.runUntilIdle(MAX_EVENTS);
        if (!f.isDone()) {
            throw new IllegalStateException("the sync driver never completed (no events left)");
        }
        SyncOutcome outcome = f.join();
        ServerStats st = flights.stats(model.arrivals());
        // the full sync's planned pages over every process (they share each key's limit), never the requests an
        // incomplete run sent before it stopped: its floor says what the sync needs, not what was done
        long floor = s.floorNanos();
        long sync = outcome.durationNanos();
        // the stats definition; each key's span is taken as the sync's (arrivals of every status count, as in check)
        double utilisation = st.arrivals() == 0 ? 0
                : Figures.utilisation(st.arrivals(), s.keys(), Math.max(0, sync), s.limit(), s.windowNanos());
        RunResult r = new RunResult(seed, sync, floor, outcome.complete(), st.requests(), st.rejected(), st.faults(),
                st.timeouts(), outcome.retries(), utilisation, st.meanInFlight(), st.throughputPerSecond(),
                st.meanLatencyNanos(), time.tasksRun(), outcome.stop().orElse(null));
        return new Simulated(r, model.arrivals());
    }

    /**
     * The model's settings for a run: the scenario's server settings with its limit, window, algorithm, page
     * clamp, the keys, one data set per entity sized to its item count, and faults whose every rule gets the
     * scenario's latency and its fault rate as extra 500s, seeded from the run.
     */
    static StubSettings serverSettings(Scenario s, List<String> keys, VirtualTime time, long seed) {
        StubSettings.Builder b = s.server().toBuilder().limit(s.limit()).window(Duration.ofNanos(s.windowNanos()))
                .algorithm(s.algorithm()).rejectedCount(s.rejectedCount()).maxItemsInPage(s.maxItemsInPage())
                .clock(time).keys(Map.of());
        keys.forEach(b::key);
        Map<String, Long> sizes = new HashMap<>();
        for (Entity e : s.entities()) {
            String set = dataSet(e);
            Long before = sizes.put(set, e.items());
            if (before != null && before != e.items()) {
                throw new IllegalArgumentException("entities listing the same data set '" + set
                        + "' must have the same item count");
            }
            if (e.items() > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("entity " + e.name() + " has more items than the stub models ("
                        + Integer.MAX_VALUE + ")");
            }
            b.dataSize(set, (int) e.items());
        }
        FaultSettings f = s.server().faults();
        Map<String, FaultRule> routes = new LinkedHashMap<>();
        f.routes().forEach((t, rule) -> routes.put(t, overlay(rule, s)));
        return b.faults(new FaultSettings(seed, overlay(f.global(), s), routes)).build();
    }

    private static FaultRule overlay(FaultRule r, Scenario s) {
        double others = r.error502() + r.error503() + r.connectionReset() + r.emptyResponse() + r.malformedJson();
        double e500 = Math.min(r.error500() + s.faultRate(), Math.max(0, 1 - others));
        return new FaultRule(e500, r.error502(), r.error503(), r.retryAfter503Seconds(), r.connectionReset(),
                r.emptyResponse(), r.malformedJson(), s.latency());
    }

    /** The stub's data set the entity's list route serves; a clear error for one the planner cannot size. */
    public static String dataSet(Entity e) {
        String template = EntityEndpoints.path(e);
        return AteraServerModel.dataSetListedAt(template).orElseThrow(() -> new IllegalArgumentException(
                "entity '" + e.name() + "' (" + template + ") needs a parent or is not served by the stub: it cannot be planned "
                        + "(plannable: " + String.join(", ", plannable()) + ")"));
    }

    /** Entity names the planner can size: the client's list endpoints whose route the stub serves unfiltered. */
    public static List<String> plannable() {
        return EntityEndpoints.names().stream()
                .filter(n -> AteraServerModel.dataSetListedAt(EntityEndpoints.path(new Entity(n, 0))).isPresent())
                .toList();
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
