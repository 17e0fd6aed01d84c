package dev.ateraharness.simulations;

import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.support.SharedClient;
import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * What the bridge plus the shared client sustain on this machine: each operation is one real client GET (page 1 of
 * the departments, a small page) against the embedded stub through the full resilience layer, as fast as
 * {@code -Dbridge.users} (16) closed-loop users can go, {@code -Dbridge.ops} (500) each. Run it with the limit out
 * of reach ({@code -Datera.limit=10000000}; the client's limiter allocates 8 bytes per permit, so not 1e9); the
 * console's "mean throughput" is the figure. No verdict (nothing to judge at that limit).
 */
public class ClientThroughputSimulation extends AteraSimulation {

    static final String OP = "client GET departments page 1";
    static final int USERS = Integer.getInteger("bridge.users", 16);
    static final int OPS = Integer.getInteger("bridge.ops", 500);

    ScenarioBuilder run = run(sharedClient(CLIENT));

    private static ScenarioBuilder run(SharedClient client) {
        return scenario("client throughput").exec(repeat(OPS).on(operation(OP, session -> client.client()
                .pageAsync(Endpoints.byName("departments").orElseThrow(), Query.none(), 1)
                .thenApply(page -> OperationOutcome.ok(200)).exceptionally(OperationOutcome::failure))));
    }

    {
        setUp(run.injectOpen(atOnceUsers(USERS)))
                .maxDuration(maxDuration())
                .assertions(completed(OP, (long) USERS * OPS), noFailures());
    }
}
