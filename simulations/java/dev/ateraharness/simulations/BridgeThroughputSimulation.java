package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The bridge's own overhead: operations that complete at once on another thread, as fast as Gatling can run
 * them; the console's "mean throughput (rps)" is the figure. {@code -Dbridge.users} (64) users,
 * {@code -Dbridge.ops} (2000) operations each.
 */
public class BridgeThroughputSimulation extends Simulation {

    static final String OP = "immediate";
    static final int USERS = Integer.getInteger("bridge.users", 64);
    static final int OPS = Integer.getInteger("bridge.ops", 2000);

    private final ExecutorService other = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bridge-bench-completer");
        t.setDaemon(true);
        return t;
    });

    ScenarioBuilder run = scenario("bridge throughput").exec(repeat(OPS).on(
            operation(OP, session -> CompletableFuture.supplyAsync(() -> OperationOutcome.ok(200), other))));

    {
        setUp(run.injectOpen(atOnceUsers(USERS)))
                .assertions(completed(OP, (long) USERS * OPS));
    }

    @Override
    public void after() {
        other.shutdown();
    }
}
