package dev.ateraharness.simulations;

import dev.ateraharness.simulations.bridge.InProcessGatling;
import dev.ateraharness.simulations.bridge.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main job's simulation runs end to end in-process against its embedded target with a small data set, and
 * its gates decide the exit code (a p95 gate of 1 ms, or a failing compliance verdict, must fail it).
 */
class FullSyncSimulationAcceptanceTest {

    private static final Map<String, String> SMALL = Map.of("atera.items", "120", "atera.users", "2");

    /** The main job with a verdict that fails, as phase 2's will when the client breaks the limit. */
    public static class FailingVerdict extends FullSyncSimulation {
        @Override
        protected Outcome verdict() {
            return Outcome.ko(Outcome.NO_STATUS, "window check failed: 701 > 700");
        }
    }

    @AfterEach
    void clear() {
        SMALL.keySet().forEach(System::clearProperty);
        System.clearProperty("atera.p95Max");
    }

    @Test
    void a_small_full_sync_passes_its_gates(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        assertThat(InProcessGatling.run(FullSyncSimulation.class, results).exitCode())
                .isEqualTo(InProcessGatling.SUCCESS);
    }

    @Test
    void an_unreachable_p95_gate_fails_the_run(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        System.setProperty("atera.p95Max", "1ms");
        assertThat(InProcessGatling.run(FullSyncSimulation.class, results).exitCode())
                .isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
    }

    @Test
    void a_failing_compliance_verdict_fails_the_run(@TempDir Path results) throws Exception {
        SMALL.forEach(System::setProperty);
        assertThat(InProcessGatling.run(FailingVerdict.class, results).exitCode())
                .isEqualTo(InProcessGatling.ASSERTIONS_FAILED);
    }
}
