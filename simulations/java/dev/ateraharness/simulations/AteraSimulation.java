package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.Outcome;
import dev.ateraharness.simulations.support.Gates;
import dev.ateraharness.simulations.support.PhaseOneOperations;
import dev.ateraharness.simulations.support.SimulationSettings;
import dev.ateraharness.simulations.support.SimulationTarget;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * What every atera-harness simulation shares: the settings from {@code -Datera.*}, the target (the embedded stub
 * unless {@code -Datera.baseUrl} is given), a hard stop, and the after-run verdict hook. Subclasses only declare
 * scenarios, operations and gates.
 */
public abstract class AteraSimulation extends Simulation {

    private static final Executor VERDICT_POOL = ForkJoinPool.commonPool();

    protected final SimulationSettings settings = SimulationSettings.fromSystemProperties();
    protected final SimulationTarget target;

    protected AteraSimulation() {
        System.out.println("atera-harness " + getClass().getSimpleName() + ": " + settings.describe());
        this.target = startTarget();
    }

    /** Overridden by simulations that must not start the embedded stub (live). */
    protected SimulationTarget startTarget() {
        return SimulationTarget.start(settings);
    }

    /**
     * The run's hard stop: a lost virtual user would otherwise keep Gatling waiting forever; the
     * completed-operation assertions then fail the run.
     */
    protected Duration maxDuration() {
        return settings.timeout().plus(settings.duration()).plusMinutes(1);
    }

    /**
     * Phase-1 operations from the seed ports.
     * TODO(phase 2): a ClientOperations built on one shared AteraClient (config: baseUrl, key, limit/window
     *  with its guard, workers, attempt log into settings.reportsDir()) replaces these in every simulation but
     *  SeedPatternsSimulation.
     */
    protected PhaseOneOperations phaseOne() {
        return new PhaseOneOperations(target, SimulationTarget.STUB_KEY, Duration.ofSeconds(30));
    }

    /**
     * Runs the populations one after another (each starts when the previous one's users are all done), then one
     * "compliance verdict" operation. The verdict is an operation, not an {@code after()} hook (an exception there
     * skips the report and the assertions), so it appears in the report and {@link Gates#verdictPassed()} fails
     * the build when it fails.
     */
    protected PopulationBuilder withVerdict(PopulationBuilder... inOrder) {
        PopulationBuilder chain = scenario("compliance verdict")
                .exec(operation(Gates.VERDICT, session -> CompletableFuture.supplyAsync(this::verdict, VERDICT_POOL))
                        .timeout(Duration.ofMinutes(5)))
                .injectOpen(atOnceUsers(1));
        for (int i = inOrder.length - 1; i >= 0; i--) {
            chain = inOrder[i].andThen(chain);
        }
        return chain;
    }

    /**
     * Off the event loop (it reads whole logs). TODO(phase 2): flush the stub's arrival log and the client's
     * attempt log, run the stats/ checks (limit per key, Retry-After, backoff, jitter, pagination, throughput),
     * write the verdict (JSON, HTML, JUnit XML, Markdown) into settings.reportsDir() next to Gatling's report,
     * and return ok only when it passed (KO message = the failed checks).
     */
    protected Outcome verdict() {
        return Outcome.ok(Outcome.NO_STATUS);
    }

    @Override
    public void after() {
        target.close();
    }
}
