package dev.ateraharness.simulations;

import dev.ateraharness.simulations.support.PhaseOneOperations;
import dev.ateraharness.simulations.support.SimulationSettings;
import dev.ateraharness.simulations.support.SimulationTarget;
import io.gatling.javaapi.core.Simulation;

import java.time.Duration;

/**
 * What every atera-harness simulation shares: the settings from {@code -Datera.*}, the target (the embedded stub
 * unless {@code -Datera.baseUrl} is given), a hard stop, and the after-run verdict hook. Subclasses only declare
 * scenarios, operations and gates.
 */
public abstract class AteraSimulation extends Simulation {

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

    @Override
    public void after() {
        try {
            // TODO(phase 2): compute the compliance verdict from the stub's arrival log and the client's attempt
            //  log (stats/), write it next to Gatling's report in settings.reportsDir(), and make the build fail
            //  when it fails (exit status picked up by .ci/run / a verify step).
        } finally {
            target.close();
        }
    }
}
