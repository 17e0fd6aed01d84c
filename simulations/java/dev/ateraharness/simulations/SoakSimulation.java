package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.Outcome;
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
 * {@code atera.workers} workers sync the tickets in a loop for {@code atera.duration}, but at least 3 windows plus
 * one: the limiter must hold the key at the limit, not over it and not far under it, window after window. On top
 * of the usual gates the verdict fails when utilisation (see {@code RunFigures}) is under
 * {@code atera.minUtilisation} (0.9) of the most the guarded limiter can use, W / (W + guard).
 */
public class SoakSimulation extends AteraSimulation {

    static final String SYNC = "soak sync tickets";
    static final String DONE = "user done";

    final Duration length = settings.duration().compareTo(settings.window().multipliedBy(3)) > 0
            ? settings.duration() : settings.window().multipliedBy(3).plusSeconds(1);

    ScenarioBuilder soak = scenario("soak")
            .exec(during(length).on(
                    operation(SYNC, sharedClient(CLIENT).fullSync("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(Outcome.ok(Outcome.NO_STATUS))));

    {
        // the most a sliding log with a guard can use is W / (W + guard)
        double ceiling = settings.window().toNanos() / (double) settings.window().plus(settings.guard()).toNanos();
        compliance.minUtilisation(CLIENT, ceiling * Double.parseDouble(System.getProperty("atera.minUtilisation", "0.9")));
        setUp(withVerdict(soak.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(settings.timeout().plus(length).plusMinutes(1))
                .assertions(verdictPassed(), completed(DONE, settings.workers()),
                        completedAtLeast(SYNC, settings.workers()), noFailures());
    }
}
