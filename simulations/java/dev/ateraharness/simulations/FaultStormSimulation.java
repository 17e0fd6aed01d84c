package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.OperationOutcome;
import dev.ateraharness.simulations.support.ComplianceRun;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import io.gatling.javaapi.core.ScenarioBuilder;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static dev.ateraharness.simulations.support.Gates.completed;
import static dev.ateraharness.simulations.support.Gates.completedAtLeast;
import static dev.ateraharness.simulations.support.Gates.noFailures;
import static dev.ateraharness.simulations.support.Gates.verdictPassed;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;

/**
 * Full syncs by {@code atera.workers} workers on one key while the embedded stub injects faults: 500 (2 %),
 * 502 (1 %), 503 with {@code Retry-After: 1} (2 %), connection resets (0.5 %), closed connections (0.5 %), latency
 * U(5, 50) ms, seeded; and a 429 episode: a third into the run the stub's limit drops to N/2 for one window (as if
 * another consumer were using the key), so the client meets 429s with Retry-After. Gates: nothing lost (every sync
 * complete, pagination), the limit, and Retry-After honoured on the client side (see
 * {@link ComplianceRun#withoutRetryAfter}); no failed operation.
 */
public class FaultStormSimulation extends AteraSimulation {

    static final String SYNC = "storm sync tickets";
    static final String DONE = "worker done";

    /** The storm; public so tests and the README can name it. */
    public static final FaultSettings STORM = new FaultSettings(7,
            new FaultRule(0.02, 0.01, 0.02, 1, 0.005, 0.005, 0, Latency.uniform(5, 50)), Map.of());

    private final ScheduledExecutorService episode = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fault-storm-429-episode");
        t.setDaemon(true);
        return t;
    });

    @Override
    protected FaultSettings faults() {
        return STORM;
    }

    ScenarioBuilder storm = scenario("fault storm")
            .exec(during(settings.duration()).on(
                    operation(SYNC, sharedClient(CLIENT).fullSync("tickets")).timeout(settings.timeout())))
            .exec(operation(DONE, session -> CompletableFuture.completedFuture(OperationOutcome.ok(OperationOutcome.NO_STATUS))));

    {
        judgedAsStorm(compliance);
        setUp(withVerdict(storm.injectOpen(atOnceUsers(settings.workers()))))
                .maxDuration(maxDuration())
                .assertions(verdictPassed(), completed(DONE, settings.workers()),
                        completedAtLeast(SYNC, settings.workers()), noFailures());
    }

    /**
     * The storm's verdict settings: the {@code retry-after} gate on the client side only (see
     * {@link ComplianceRun#withoutRetryAfter}); tests apply the same to a deliberately bad client.
     */
    public static ComplianceRun judgedAsStorm(ComplianceRun run) {
        return run.serverView(ComplianceRun::withoutRetryAfter, "retry-after judged on the client side: with "
                + "several workers on one key, requests in flight when a 429/503 went out reach the stub early");
    }

    @Override
    public void before() {
        long start = settings.duration().toMillis() / 3;
        int lowered = Math.max(1, settings.limit() / 2);
        episode.schedule(() -> target.updateStub(b -> b.limit(lowered)), start, TimeUnit.MILLISECONDS);
        episode.schedule(() -> target.updateStub(b -> b.limit(settings.limit())),
                start + settings.window().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void after() {
        episode.shutdownNow();
        super.after();
    }
}
