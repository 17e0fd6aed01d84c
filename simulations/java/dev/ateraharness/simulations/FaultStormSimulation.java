package dev.ateraharness.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Full syncs while the stub injects faults (503, 500, 429 with Retry-After, connection resets, latency): the
 * client must finish every sync with all items, honour Retry-After and back off with jitter (judged by the
 * verdict from both logs).
 */
public class FaultStormSimulation extends AteraSimulation {

    static final String SYNC = "storm sync tickets";

    // TODO(phase 2): start the stub with a fault profile (probabilities from -Datera.faults..., seeded)
    ScenarioBuilder storm = scenario("fault storm").exec(
            // TODO(phase 2): the shared client's full sync (retries on) instead of the seed loop
            operation(SYNC, phaseOne().seedFetchAll("tickets")).timeout(settings.timeout()));

    {
        setUp(withVerdict(storm.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(SYNC, settings.workers()), noFailures());
    }
}
