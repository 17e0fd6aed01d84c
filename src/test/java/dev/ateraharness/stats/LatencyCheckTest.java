package dev.ateraharness.stats;

import dev.ateraharness.evidence.Attempt;

import static dev.ateraharness.stats.Logs.MS;
import static dev.ateraharness.stats.Logs.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatencyCheckTest {

    @Test
    void latencyRunsFromTheFirstIntendedTimeToTheFinalResponse() {
        // the first attempt waited 400 ms in the limiter, failed, and the retry answered 1000 ms after intent
        Attempt a1 = Logs.attempt("/p", 1, T0, T0 + 400 * MS, T0 + 450 * MS, "retry", Double.NaN, 500, 1000);
        Attempt b1 = Logs.attempt("/q", 1, T0, T0, T0 + 20 * MS, "ok", Double.NaN, Double.NaN, Double.NaN);
        Attempt a2 = Logs.attempt("/p", 2, T0 + 950 * MS, T0 + 950 * MS, T0 + 1000 * MS, "ok", Double.NaN,
                Double.NaN, Double.NaN);
        assertThat(LatencyCheck.latenciesMs(List.of(a1, b1, a2))).containsExactly(1000.0, 20.0);
    }

    @Test
    void percentilesAreNearestRankAndAP99LimitCanGate() {
        List<Attempt> rows = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            long t = T0 + i * 1000 * MS;
            rows.add(Logs.attempt("/p", 1, t, t, t + i * MS, "ok", Double.NaN, Double.NaN, Double.NaN));
        }
        CheckResult r = ComplianceCheck.builder().latencyP99LimitMs(50).gates(java.util.Set.of("latency")).build()
                .run(List.of(Logs.ok(T0, "k")), Optional.of(rows), Optional.empty())
                .check(LatencyCheck.ID).orElseThrow();
        assertThat(r.details().get("p50Ms")).isEqualTo(50.0);
        assertThat(r.figure()).isEqualTo(99.0);
        assertThat(r.outcome()).isEqualTo(CheckOutcome.FAIL);
        assertThat(r.failsRun()).isTrue();
    }
}
