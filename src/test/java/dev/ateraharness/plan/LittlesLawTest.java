package dev.ateraharness.plan;

import dev.ateraharness.stub.Latency;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ateraharness.limit.Algorithm;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Little's law, L = lambda * W, on the simulated server's in-flight accounting. */
class LittlesLawTest {

    private static Scenario scenario(long tickets, int keys, int workers, int limit, Latency latency,
                                     double faults) {
        return new Scenario(List.of(new Entity("tickets", tickets), new Entity("agents", 3_000)), keys, workers, 50,
                50, latency, faults, limit, Duration.ofSeconds(2).toNanos(), Algorithm.SLIDING_LOG, false,
                Duration.ofMillis(250).toNanos(), 0, Distribution.CLIENT);
    }

    @Test
    void timeWeightedInFlightEqualsThroughputTimesMeanLatencyUnderTheLimit() {
        Scenario s = scenario(40_000, 2, 4, 70, Latency.lognormalP99(180, 900), 0.02);
        RunResult r = ScenarioRunner.client().run(s, 11);
        assertThat(r.meanInFlight()).isGreaterThan(0.1);
        assertThat(r.throughputPerSecond() * r.meanLatencyNanos() / 1e9)
                .isCloseTo(r.meanInFlight(), within(r.meanInFlight() * 0.01));
    }

    @Test
    void whenLatencyBoundEveryWorkerKeepsOneRequestInFlight() {
        // a limit far above what 6 in flight can send: the sync is bound by latency alone. ~4000 requests per
        // slot, so the ragged ends cost little. A fixed latency: the client's fan-out delivers in page order
        // through a bounded reordering buffer (2 x the requests in flight), so under a heavy-tailed latency a slow
        // page holds the buffer and fewer than W are in flight (lognormal 180/900 ms: ~5.0 of 6), which is the
        // client's behaviour, not a failure of the accounting
        Latency latency = Latency.fixed(180);
        Scenario s = scenario(1_200_000, 2, 3, 100_000, latency, 0);
        RunResult r = ScenarioRunner.client().run(s, 5);
        int workers = 2 * 3;
        assertThat(r.meanInFlight()).isCloseTo(workers, Offset.offset(workers * 0.04));
        // lambda = L / W, with W the model's mean latency (sampling error over 24,000 requests: under 1 %)
        assertThat(r.throughputPerSecond()).isCloseTo(workers / (latency.meanNanos() / 1e9),
                Offset.offset(0.08 * workers / (latency.meanNanos() / 1e9)));
    }
}
