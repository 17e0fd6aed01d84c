package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
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
 * Each sync fans its pages out with {@code atera.concurrency} (auto), and the embedded stub adds
 * {@code atera.latency} to every admitted request (lognormal, median 180 ms, p99 900 ms), so the run shows the
 * client keeping the limit saturated at a realistic latency; the console line gives each sync's median time
 * against the floor of one sync alone.
 */
public class FullSyncSimulation extends AteraSimulation {

    static final String SYNC = "full sync tickets";
    static final String DONE = "worker done";

    ScenarioBuilder workers = scenario("full sync workers")
            .exec(during(settings.duration()).on(
                    operation(SYNC, sharedClient(CLIENT).fullSync("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(OperationOutcome.ok(OperationOutcome.NO_STATUS))));

    @Override
    protected FaultSettings faults() {
        return new FaultSettings(1, new FaultRule(0, 0, 0, 0, 0, 0, 0, settings.latency()), java.util.Map.of());
    }

    {
        setUp(withVerdict(workers.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(DONE, settings.workers()),
                        completedAtLeast(SYNC, settings.workers()), noFailures(), p95(SYNC, settings.p95Max()));
    }
}
