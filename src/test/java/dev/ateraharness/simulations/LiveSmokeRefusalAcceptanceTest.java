package dev.ateraharness.simulations;

import dev.ateraharness.client.Endpoints;
import dev.ateraharness.client.Query;
import dev.ateraharness.client.event.AttemptListener;
import dev.ateraharness.simulations.bridge.InProcessGatling;
import dev.ateraharness.simulations.support.RequestBudget;
import dev.ateraharness.simulations.support.SharedClient;
import dev.ateraharness.simulations.support.SimulationSettings;
import dev.ateraharness.simulations.support.SimulationTarget;
import dev.ateraharness.stub.FaultRule;
import dev.ateraharness.stub.FaultSettings;
import dev.ateraharness.stub.Latency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live smoke run refuses to start without the explicit opt-in (before any request), and its request budget sits
 * innermost in the shared client, so retries count: against a stub that always answers 500, a budget of 3 lets
 * exactly 3 requests reach the server although the client would try 8 times. (The other refusals, key and https,
 * are {@code LiveGuardTest}.)
 */
class LiveSmokeRefusalAcceptanceTest {

    @Test
    void refuses_to_run_without_the_opt_in(@TempDir Path results) {
        System.clearProperty("atera.live");
        assertThatThrownBy(() -> InProcessGatling.run(LiveSmokeSimulation.class, results))
                .hasStackTraceContaining("atera.live=true");
    }

    @Test
    void the_budget_counts_every_real_send_retries_included() {
        SimulationSettings settings = SimulationSettings.from(Map.<String, String>of()::get);
        FaultSettings always500 = new FaultSettings(1, new FaultRule(1.0, 0, 0, 0, 0, 0, 0, Latency.NONE), Map.of());
        try (SimulationTarget target = SimulationTarget.start(settings, List.of("live"), always500,
                UnaryOperator.identity())) {
            RequestBudget budget = new RequestBudget(3);
            SharedClient client = SharedClient.open("live", target.baseUrl(), target.key("live"), 350,
                    Duration.ofSeconds(60), AttemptListener.NONE, entity -> OptionalInt.empty(), budget);
            Throwable failure = client.client().pageAsync(Endpoints.byName("tickets").orElseThrow(), Query.none(), 1)
                    .handle((page, error) -> error).join();

            assertThat(failure).isNotNull();
            assertThat(budget.used()).isEqualTo(3);
            assertThat(target.arrivalsCount("live")).isEqualTo(3);
        }
    }
}
