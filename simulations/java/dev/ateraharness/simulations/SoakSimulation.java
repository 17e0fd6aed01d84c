package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.Outcome;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.util.concurrent.CompletableFuture;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.completedAtLeast;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * {@code atera.workers} users sync repeatedly for {@code atera.duration}: the limiter must hold the key at (not
 * over, not far under) N per W for many windows, and latency must not creep. The number of syncs is not fixed,
 * so the lost-user gate is a final "user done" step every user must reach.
 */
public class SoakSimulation extends AteraSimulation {

    static final String SYNC = "soak sync tickets";
    static final String DONE = "user done";

    ScenarioBuilder soak = scenario("soak")
            .exec(during(settings.duration()).on(
                    // TODO(phase 2): the shared client's full sync
                    operation(SYNC, phaseOne().seedFetchAll("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(Outcome.ok(Outcome.NO_STATUS))));

    {
        setUp(withVerdict(soak.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(DONE, settings.workers()), completedAtLeast(SYNC, settings.workers()),
                        noFailures());
    }
}
