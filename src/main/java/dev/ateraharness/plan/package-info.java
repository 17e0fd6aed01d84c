/**
 * Capacity planning: a discrete-event simulation of a full sync in {@link dev.ateraharness.time.VirtualTime}.
 *
 * <p>Pieces, bottom up: {@link dev.ateraharness.plan.SimulatedAteraServer} (the server model, a
 * {@link dev.ateraharness.client.http.Transport}: per-key limiter, latency, faults, paged envelopes);
 * {@link dev.ateraharness.plan.LatencyModel}; {@link dev.ateraharness.plan.WorkPlan} (which key and worker fetches
 * which pages); {@link dev.ateraharness.plan.SyncDriver} (the client side); {@link dev.ateraharness.plan.ScenarioRunner}
 * (one seeded run); {@link dev.ateraharness.plan.CapacityPlanner} (the grid, R runs per point, the recommendation);
 * {@link dev.ateraharness.plan.Floor} and {@link dev.ateraharness.plan.MedianInterval} (the statistics);
 * {@code plan.report} (JSON, Markdown, HTML).
 *
 * <p>Swapping in the real client (phase 2): write a {@code SyncDriver} that builds an {@code AteraClient} per run
 * with {@code transport(context.transport())}, {@code clock(context.time())}, {@code scheduler(context.time())},
 * the limiter layer (N, W, guard from the context) and the retry layer, one client (or one key's credentials)
 * per key, and fetches each shard's pages in order without blocking; then pass it to
 * {@code new ScenarioRunner(RealClientDriver::new)}. Nothing else changes.
 */
package dev.ateraharness.plan;
