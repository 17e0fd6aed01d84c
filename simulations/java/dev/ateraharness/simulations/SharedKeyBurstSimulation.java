package dev.ateraharness.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * {@code atera.workers} users start a full sync at the same instant on one key: the client's shared limiter must
 * keep the key under N per W although every worker wants to go at once (the verdict judges it from the arrival
 * log).
 */
public class SharedKeyBurstSimulation extends AteraSimulation {

    static final String SYNC = "burst sync tickets";

    ScenarioBuilder burst = scenario("shared-key burst").exec(
            // TODO(phase 2): one AteraClient shared by all users (one key, one limiter), its full sync of tickets
            operation(SYNC, phaseOne().seedFetchAll("tickets")).timeout(settings.timeout()));

    {
        setUp(withVerdict(burst.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(SYNC, settings.workers()), noFailures());
    }
}
