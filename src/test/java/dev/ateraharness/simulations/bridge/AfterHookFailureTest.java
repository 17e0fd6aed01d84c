package dev.ateraharness.simulations.bridge;

import io.gatling.javaapi.core.Simulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import static dev.ateraharness.simulations.bridge.AteraGatling.operation;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Why the compliance verdict is not computed in {@code Simulation.after()}: an exception there escapes Gatling
 * before the report is written and before the assertions are evaluated.
 */
class AfterHookFailureTest {

    public static class FailsAfter extends Simulation {
        {
            setUp(scenario("one").exec(operation("op", s -> CompletableFuture.completedFuture(OperationOutcome.ok(200))))
                    .injectOpen(atOnceUsers(1)));
        }

        @Override
        public void after() {
            throw new IllegalStateException("verdict failed");
        }
    }

    @Test
    void an_exception_in_after_escapes_the_run_before_any_report_or_assertion(@TempDir Path results) {
        // so the compliance verdict is a last scenario (AteraSimulation.withVerdict), not an after() hook
        assertThatThrownBy(() -> InProcessGatling.run(FailsAfter.class, results))
                .hasStackTraceContaining("verdict failed");
    }
}
