package dev.ateraharness.simulations.bridge;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bridge under failure, in a real (in-process) Gatling run: every failure mode is logged KO, the user goes on
 * to the next step on its own event loop, and the run ends.
 */
class BridgeFailureModesTest {

    static final int USERS = 4;
    /** user id -> names of the threads each step of that user ran on */
    static final Map<Long, List<String>> THREADS = new ConcurrentHashMap<>();

    private static void seen(io.gatling.javaapi.core.Session session) {
        THREADS.computeIfAbsent(session.userId(), id -> new CopyOnWriteArrayList<>())
                .add(Thread.currentThread().getName());
    }

    /** Completes a future on another thread, after a short wait, as a client's I/O thread would. */
    private static CompletableFuture<OperationOutcome> elsewhere(OperationOutcome outcome) {
        Executor later = CompletableFuture.delayedExecutor(20, java.util.concurrent.TimeUnit.MILLISECONDS,
                ForkJoinPool.commonPool());
        return CompletableFuture.supplyAsync(() -> outcome, later);
    }

    static final List<String> KO_STEPS = List.of("failed future", "never completes", "completes too late",
            "throws", "returns null",
            "completes null", "ko 429");
    static final List<String> OK_STEPS = List.of("ok elsewhere", "ok intended", "last");

    public static class FailureModes extends Simulation {
        ScenarioBuilder users = scenario("failure modes").exec(
                operation("ok elsewhere", s -> { seen(s); return elsewhere(OperationOutcome.ok(200)); }),
                operation("failed future", s -> {
                    seen(s);
                    return CompletableFuture.supplyAsync(() -> { throw new IllegalStateException("boom"); });
                }),
                operation("never completes", s -> { seen(s); return new CompletableFuture<>(); })
                        .timeout(Duration.ofMillis(300)),
                operation("completes too late", s -> {
                    seen(s);
                    Executor late = CompletableFuture.delayedExecutor(300, java.util.concurrent.TimeUnit.MILLISECONDS,
                            ForkJoinPool.commonPool());
                    return CompletableFuture.supplyAsync(() -> OperationOutcome.ok(200), late);
                }).timeout(Duration.ofMillis(100)),
                operation("throws", s -> { seen(s); throw new IllegalArgumentException("sync"); }),
                operation("returns null", s -> { seen(s); return null; }),
                operation("completes null", s -> { seen(s); return elsewhere(null); }),
                operation("ko 429", s -> { seen(s); return elsewhere(OperationOutcome.ko(429, "rate limited")); }),
                operation("ok intended", s -> {
                    seen(s);
                    long intended = System.currentTimeMillis() - 1_000;
                    return elsewhere(OperationOutcome.ok(200).withIntendedStart(intended));
                }),
                // the late completion lands during this pause: a second continuation would log "last" twice
                pause(Duration.ofSeconds(1)),
                operation("last", s -> { seen(s); return CompletableFuture.completedFuture(OperationOutcome.ok(204)); }));

        {
            List<Assertion> checks = new ArrayList<>();
            for (String ko : KO_STEPS) {
                checks.add(details(ko).failedRequests().count().is((long) USERS));
                checks.add(details(ko).successfulRequests().count().is(0L));
            }
            for (String ok : OK_STEPS) {
                checks.add(details(ok).successfulRequests().count().is((long) USERS));
                checks.add(details(ok).failedRequests().count().is(0L));
            }
            // logged from the intended start, one second before the call
            checks.add(details("ok intended").responseTime().min().gte(1_000));
            checks.add(details("never completes").responseTime().min().gte(300));
            // a late completion after the timeout must not continue the user a second time
            checks.add(details("last").allRequests().count().is((long) USERS));
            setUp(users.injectOpen(atOnceUsers(USERS)))
                    .maxDuration(Duration.ofSeconds(60))
                    .assertions(checks);
        }
    }

    @Test
    void every_failure_is_one_KO_and_the_user_continues_on_its_event_loop(@TempDir Path results) throws Exception {
        THREADS.clear();
        InProcessGatling.Run run = InProcessGatling.run(FailureModes.class, results);

        assertThat(run.exitCode()).as("Gatling exit code: every per-step count assertion held (see console)")
                .isEqualTo(InProcessGatling.SUCCESS);
        // each user ran every step on one thread: its event loop
        assertThat(THREADS).hasSize(USERS);
        THREADS.values().forEach(threads -> {
            assertThat(threads).hasSize(10);
            assertThat(threads).allMatch(threads.get(0)::equals);
        });
    }
}
