package dev.ateraharness.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static dev.ateraharness.simulations.support.Gates.p95;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The main job: {@code atera.users} users each run one full sync of the tickets; gated on no failures, every sync
 * completed, and the p95 of a full sync. The default simulation of {@code mvn gatling:test}.
 */
public class FullSyncSimulation extends AteraSimulation {

    static final String SYNC = "full sync tickets";

    ScenarioBuilder sync = scenario("full sync").exec(
            // TODO(phase 2): client operation: the shared client's full sync of tickets (pager + limiter + retry)
            operation(SYNC, phaseOne().seedFetchAll("tickets")).timeout(settings.timeout()));

    {
        setUp(withVerdict(sync.injectOpen(atOnceUsers(settings.users()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(SYNC, settings.users()), noFailures(), p95(SYNC, settings.p95Max()));
    }
}
