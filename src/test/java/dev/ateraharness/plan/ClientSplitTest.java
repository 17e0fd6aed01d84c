package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.stub.Latency;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code --split client}: the planner runs the client's own page fan-out over the keys (what {@code sync} runs),
 * and its recommendation is the {@code sync} command line that runs it.
 */
class ClientSplitTest {

    static final long W = Duration.ofSeconds(2).toNanos();

    static Scenario scenario(List<Entity> entities, int keys, int workers, long latencyMs) {
        return new Scenario(entities, keys, workers, 50, 50, Latency.fixed(latencyMs), 0, 20, W,
                Algorithm.SLIDING_LOG, false, 0, 0, Distribution.CLIENT);
    }

    @Test
    void oneKeyAtZeroLatencySyncsInExactlyTheFloor() {
        Scenario s = scenario(List.of(new Entity("tickets", 5_000), new Entity("agents", 730)), 1, 4, 0);
        RunResult r = ScenarioRunner.client().run(s, 42);
        // 100 + 15 pages through one key at 20 per 2 s: floor((115-1)/20) * 2 s = 10 s
        assertThat(s.floorNanos()).isEqualTo(10 * 1_000_000_000L);
        assertThat(r.syncNanos()).isEqualTo(s.floorNanos());
        assertThat(r.complete()).isTrue();
        assertThat(r.requests()).isEqualTo(115);
        assertThat(r.rejected()).isZero();
    }

    @Test
    void severalKeysShareThePagesAndNeverDrawA429() {
        Scenario s = scenario(List.of(new Entity("tickets", 10_000)), 3, 4, 150);
        RunResult r = ScenarioRunner.client().run(s, 7);
        assertThat(r.complete()).isTrue();
        assertThat(r.requests()).isEqualTo(200);
        assertThat(r.rejected()).isZero();
        // 200 pages over 3 keys: the floor is 6 s; one more window at most for the dynamic split and latency
        assertThat(r.syncNanos()).isBetween(s.floorNanos(), s.floorNanos() + W + 1_000_000_000L);
    }

    @Test
    void theRecommendationIsTheSyncCommandLine() {
        Scenario s = scenario(List.of(new Entity("tickets", 100), new Entity("agents", 5)), 1, 1, 0);
        assertThat(SyncCommandLine.of(s, 1, 8)).isEqualTo("atera-harness sync --entity tickets,agents "
                + "--items-in-page 50 --limit 20 --window 2s --guard 0 --concurrency 8");
        assertThat(SyncCommandLine.of(s, 3, 4)).contains("--concurrency 4 --key-file KEYS").contains("3 keys");
    }
}
