package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.support.ComplianceRun;
import dev.ateraharness.simulations.support.Gates;
import dev.ateraharness.simulations.support.SeedOperations;
import dev.ateraharness.simulations.support.SharedClient;
import dev.ateraharness.simulations.support.SimulationSettings;
import dev.ateraharness.simulations.support.SimulationTarget;
import dev.ateraharness.client.limit.RateLimiterRegistry;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.StubSettings;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * What every atera-harness simulation shares: the settings from {@code -Datera.*}, the target (the embedded stub,
 * one generated key per {@linkplain #labels() label}, unless {@code -Datera.baseUrl} is given), the shared clients
 * and seed ports on those keys, a hard stop, and the compliance verdict as the last, gated operation.
 */
public abstract class AteraSimulation extends Simulation {

    /** The label (and client id) of the shared client in every simulation. */
    public static final String CLIENT = "shared client";

    private static final Executor VERDICT_POOL = ForkJoinPool.commonPool();

    protected final SimulationSettings settings = SimulationSettings.fromSystemProperties();
    protected final SimulationTarget target;
    protected final ComplianceRun compliance;

    protected AteraSimulation() {
        System.out.println("atera-harness " + getClass().getSimpleName() + ": " + settings.describe());
        this.target = startTarget();
        this.compliance = new ComplianceRun(settings, target, getClass().getSimpleName());
    }

    /** The keys this simulation uses, one per label (called from the constructor: return constants). */
    protected List<String> labels() {
        return List.of(CLIENT);
    }

    /** Faults the embedded stub injects (called from the constructor: return constants). */
    protected FaultSettings faults() {
        return FaultSettings.NONE;
    }

    /** Other stub settings, e.g. data sizes (called from the constructor: no instance fields). */
    protected StubSettings.Builder stub(StubSettings.Builder builder) {
        return builder;
    }

    /** Overridden by simulations that must not start the embedded stub (live). */
    protected SimulationTarget startTarget() {
        return SimulationTarget.start(settings, labels(), faults(), this::stub);
    }

    /** The one shared client of {@code label}'s key, its resilience layer set to the run's N per W. */
    protected SharedClient sharedClient(String label) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        target.warmUp(http);
        return compliance.track(SharedClient.open(label, target.baseUrl(), target.key(label), settings.limit(),
                settings.window(), settings.guard(), compliance.attempts(), target::expectedItems, http,
                settings.redis().map(RateLimiterRegistry::redis).orElseGet(RateLimiterRegistry::new),
                settings.concurrency()));
    }

    /** The seed document's patterns on {@code label}'s key. */
    protected SeedOperations seed(String label) {
        return new SeedOperations(target.baseUrl(), target.key(label), settings.limit(), settings.window(),
                target::expectedItems);
    }

    /**
     * The run's hard stop: a lost virtual user would otherwise keep Gatling waiting forever; the
     * completed-operation assertions then fail the run.
     */
    protected Duration maxDuration() {
        return settings.timeout().plus(settings.duration()).plusMinutes(1);
    }

    /**
     * Runs the populations one after another (each starts when the previous one's users are all done), then one
     * "compliance verdict" operation. The verdict is an operation, not an {@code after()} hook (an exception there
     * skips the report and the assertions), so it appears in the report and {@link Gates#verdictPassed()} fails
     * the build when it fails.
     */
    protected PopulationBuilder withVerdict(PopulationBuilder... inOrder) {
        PopulationBuilder chain = scenario(Gates.VERDICT)
                .exec(operation(Gates.VERDICT, session -> CompletableFuture.supplyAsync(this::verdict, VERDICT_POOL))
                        .timeout(Duration.ofMinutes(5)))
                .injectOpen(atOnceUsers(1));
        for (int i = inOrder.length - 1; i >= 0; i--) {
            chain = inOrder[i].andThen(chain);
        }
        return chain;
    }

    /** Off the event loop (it reads whole logs): the compliance verdict, OK only when it passed. */
    protected OperationOutcome verdict() {
        return compliance.judge();
    }

    @Override
    public void after() {
        try {
            target.close();
        } finally {
            compliance.close();
        }
    }
}
