/**
 * Capacity planning: a discrete-event simulation of a full sync in {@link dev.ateraharness.time.VirtualTime}.
 *
 * <p>Pieces, bottom up: the stub's one model of Atera ({@link dev.ateraharness.stub.AteraServerModel}: per-key
 * limiter, faults, {@link dev.ateraharness.stub.Latency}, routes and paged envelopes, the arrival log) served in
 * virtual time by its in-memory door ({@link dev.ateraharness.stub.InMemoryAteraTransport});
 * {@link dev.ateraharness.plan.Distribution} (the default {@code CLIENT} split leaves the pages to the client's
 * own fan-out over the keys, as {@code sync} does; {@code ENTITIES} gives whole entities to keys);
 * {@link dev.ateraharness.plan.SyncDriver} (the client side); {@link dev.ateraharness.plan.ScenarioRunner}
 * (one seeded run); {@link dev.ateraharness.plan.CapacityPlanner} (the grid, R runs per point, the recommendation);
 * {@link dev.ateraharness.plan.Floor} and {@link dev.ateraharness.plan.MedianInterval} (the statistics);
 * {@code plan.report} (JSON, Markdown, HTML).
 *
 * <p>The client side is the real one: {@link dev.ateraharness.plan.ClientSyncDriver} builds an
 * {@code AteraClient} per key per run with {@code transport(context.transport())}, {@code time(context.time())}
 * and the {@code Resilience} layer (limiter N per W + guard, seeded retry jitter, registries private to the run);
 * {@link dev.ateraharness.plan.ClientSync} runs the sync on them. The same {@code ClientSync} runs in real
 * time against the HTTP stub in {@code plan.validation}, which measures how far the simulation is from reality.
 */
package dev.ateraharness.plan;
