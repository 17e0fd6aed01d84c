package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.time.Duration;
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
 * {@code atera.workers} workers sync the tickets in a loop for {@code atera.duration}, but at least 3 (W + guard):
 * the limiter must hold the key at the limit, not over it and not far under it, window after window. On top
 * of the usual gates the verdict fails unless the key ran near the limit (at least 90 % of N) in at least 3
 * disjoint windows ({@code RunFigures#nearLimitWindows}).
 */
public class SoakSimulation extends AteraSimulation {

    static final String SYNC = "soak sync tickets";
    static final String DONE = "user done";

    /** At least 3 (W + guard): the guarded limiter starts a new window of N every W + guard. */
    final Duration length = settings.duration().compareTo(settings.window().plus(settings.guard()).multipliedBy(3)) > 0
            ? settings.duration() : settings.window().plus(settings.guard()).multipliedBy(3);

    ScenarioBuilder soak = scenario("soak")
            .exec(during(length).on(
                    operation(SYNC, sharedClient(CLIENT).fullSync("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(OperationOutcome.ok(OperationOutcome.NO_STATUS))));

    {
        compliance.minNearLimitWindows(CLIENT, 3);
        setUp(withVerdict(soak.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(settings.timeout().plus(length).plusMinutes(1))
                .assertions(verdictPassed(), completed(DONE, settings.workers()),
                        completedAtLeast(SYNC, settings.workers()), noFailures());
    }
}
