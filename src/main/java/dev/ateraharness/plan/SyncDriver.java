package dev.ateraharness.plan;

import java.util.concurrent.CompletableFuture;

/**
 * The client side of a planned sync: syncs the context's entities against its transport and completes when
 * every entity is done. The seam between the planner and the client under test: the planner uses
 * {@link ClientSyncDriver} (the real AteraClient with its limiter and retry layers, built on the context's clock,
 * scheduler and transport); a test may plug in another client here.
 *
 * <p>Contract: {@link #sync} returns at once and never blocks; all waiting goes through
 * {@code context.time()} (the planner drives it); the future completes normally once all entities are done (even
 * if some pages failed for good: the outcome says so) and exceptionally only on a bug.
 */
@FunctionalInterface
public interface SyncDriver {

    CompletableFuture<SyncOutcome> sync(SyncContext context);
}
