package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.Outcome;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.util.concurrent.CompletableFuture;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.completedAtLeast;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.p95;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * The main job and the default simulation of {@code mvn gatling:test}: {@code atera.workers} closed-loop workers
 * repeat full syncs of the tickets through one shared client (one key, one limiter) for {@code atera.duration}, so
 * the limit is saturated. Gates: the compliance verdict (limit per key, Retry-After, no items lost), no failed
 * operation, every worker finished (completed-operation counts), p95 of a full sync at most {@code atera.p95Max}.
 */
public class FullSyncSimulation extends AteraSimulation {

    static final String SYNC = "full sync tickets";
    static final String DONE = "worker done";

    ScenarioBuilder workers = scenario("full sync workers")
            .exec(during(settings.duration()).on(
                    operation(SYNC, sharedClient(CLIENT).fullSync("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(Outcome.ok(Outcome.NO_STATUS))));

    {
        setUp(withVerdict(workers.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(DONE, settings.workers()),
                        completedAtLeast(SYNC, settings.workers()), noFailures(), p95(SYNC, settings.p95Max()));
    }
}
