package dev.ateraharness.simulations;

import io.gatling.javaapi.core.ScenarioBuilder;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * An open-injection burst: many virtual users arrive at the same instant, each running one full sync of the
 * customers (4 pages) through the one shared client of one key. The burst asks for about 2N requests at once, so
 * the client's limiter must spread them over windows; the verdict judges from the arrival log that it held.
 * {@code -Datera.users} sets the burst (default ceil(2N / 4) users).
 */
public class SharedKeyBurstSimulation extends AteraSimulation {

    static final String SYNC = "burst sync customers";

    final int users = Integer.getInteger("atera.users", Math.max(1, (2 * settings.limit() + 3) / 4));

    ScenarioBuilder burst = scenario("shared-key burst").exec(
            operation(SYNC, sharedClient(CLIENT).fullSync("customers")).timeout(settings.timeout()));

    {
        setUp(withVerdict(burst.injectOpen(atOnceUsers(users))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(SYNC, users), noFailures());
    }
}
