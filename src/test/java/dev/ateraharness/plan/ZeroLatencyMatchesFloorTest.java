package dev.ateraharness.plan;

import dev.ateraharness.stub.Latency;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * With no latency and no faults the real client (its limiter, retry and paging code in virtual time) syncs in
 * exactly the theoretical floor when its guard is 0, and in exactly floor((R-1)/N) * (W + guard) with a guard,
 * for every split; the client's fan-out over several keys within one window of it (see {@link #exact}).
 */
class ZeroLatencyMatchesFloorTest {

    static Scenario scenario(List<Entity> entities, int keys, int workers, int limit, long windowNanos,
                             Distribution how) {
        return scenario(entities, keys, workers, limit, windowNanos, how, Algorithm.SLIDING_LOG);
    }

    static Scenario scenario(List<Entity> entities, int keys, int workers, int limit, long windowNanos,
                             Distribution how, Algorithm server) {
        return scenario(entities, keys, workers, limit, windowNanos, how, server, 0);
    }

    static Scenario scenario(List<Entity> entities, int keys, int workers, int limit, long windowNanos,
                             Distribution how, Algorithm server, long guardNanos) {
        return new Scenario(entities, keys, workers, 50, 50, Latency.NONE, 0, limit, windowNanos,
                server, false, guardNanos, 0, how);
    }

    @Test
    void issueExampleSyncsInExactlyTheFloor() {
        Scenario s = scenario(Entity.parseList("tickets=100000,agents=5000,customers=300"), 2, 4, 700,
                Duration.ofSeconds(60).toNanos(), Distribution.CLIENT);
        RunResult r = ScenarioRunner.client().run(s, 42);
        // 2000 + 100 + 6 = 2106 pages, 1053 per key: floor((1053-1)/700) * 60 s = 60 s
        assertThat(s.floorNanos()).isEqualTo(Duration.ofSeconds(60).toNanos());
        assertThat(r.syncNanos()).isEqualTo(s.floorNanos());
        assertThat(r.complete()).isTrue();
        assertThat(r.requests()).isEqualTo(2106);
        assertThat(r.rejected()).isZero();
    }

    @Property(tries = 40)
    void anyPlanReachesItsFloorExactly(@ForAll @IntRange(min = 0, max = 9000) int tickets,
                                       @ForAll @IntRange(min = 0, max = 3000) int agents,
                                       @ForAll @IntRange(min = 1, max = 4) int keys,
                                       @ForAll @IntRange(min = 1, max = 6) int workers,
                                       @ForAll @IntRange(min = 5, max = 80) int limit,
                                       @ForAll Distribution split,
                                       @ForAll Algorithm server) {
        // a compliant client never trips any of the server algorithms, so the server's kind must not matter
        Scenario s = scenario(List.of(new Entity("tickets", tickets), new Entity("agents", agents)), keys, workers,
                limit, Duration.ofSeconds(2).toNanos(), split, server);
        RunResult r = ScenarioRunner.client().run(s, 7);
        assertThat(r.syncNanos()).isGreaterThanOrEqualTo(s.floorNanos());
        if (exact(split, keys)) {
            assertThat(r.syncNanos()).isEqualTo(s.floorNanos());
        } else {
            assertThat(r.syncNanos()).isLessThanOrEqualTo(s.floorNanos() + s.windowNanos());
        }
        assertThat(r.complete()).isTrue();
        assertThat(r.rejected()).isZero();
        assertThat(r.requests()).isEqualTo(s.requestsPerKey().stream().mapToLong(Long::longValue).sum());
    }

    @Property(tries = 25)
    void withAGuardTheClientReachesTheGuardedFloorExactly(@ForAll @IntRange(min = 1, max = 9000) int tickets,
                                                         @ForAll @IntRange(min = 1, max = 3) int keys,
                                                         @ForAll @IntRange(min = 1, max = 5) int workers,
                                                         @ForAll @IntRange(min = 5, max = 80) int limit,
                                                         @ForAll @IntRange(min = 0, max = 900) int guardMillis,
                                                         @ForAll Distribution split) {
        long guard = Duration.ofMillis(guardMillis).toNanos();
        long window = Duration.ofSeconds(2).toNanos();
        Scenario s = scenario(List.of(new Entity("tickets", tickets)), keys, workers, limit, window,
                split, Algorithm.SLIDING_LOG, guard);
        RunResult r = ScenarioRunner.client().run(s, 3);
        long busiest = s.requestsPerKey().stream().mapToLong(Long::longValue).max().orElseThrow();
        assertThat(s.clientFloorNanos()).isEqualTo(Floor.perKeyNanos(busiest, limit, window, guard))
                .isEqualTo((busiest - 1) / limit * (window + guard));
        if (exact(split, keys)) {
            assertThat(r.syncNanos()).isEqualTo(s.clientFloorNanos());
        } else {
            assertThat(r.syncNanos()).isBetween(s.clientFloorNanos(), s.clientFloorNanos() + window + guard);
        }
        assertThat(r.floorNanos()).isEqualTo(s.floorNanos());
        assertThat(r.complete()).isTrue();
        assertThat(r.rejected()).isZero();
    }

    /**
     * Where the floor is met exactly: whole entities always; the client's fan-out (what {@code sync} runs)
     * with one key. Over several keys the client hands each next page to the key with the most
     * room at that instant, so a key whose limiter is about to close can take one page more than its equal share
     * and wait one window for it: the client split is within one window (W + guard) of the floor there.
     */
    static boolean exact(Distribution split, int keys) {
        return split != Distribution.CLIENT || keys == 1;
    }

    @Test
    void theDefaultGuardCostsOneGuardPerWindowCrossed() {
        // 2106 pages on one key at 700 per 60 s: three windows crossed, so 3 * (60 s + guard)
        Scenario s = scenario(Entity.parseList("tickets=100000,agents=5000,customers=300"), 1, 4, 700,
                Duration.ofSeconds(60).toNanos(), Distribution.CLIENT, Algorithm.SLIDING_LOG,
                dev.ateraharness.client.limit.RateLimiterConfig.DEFAULT_GUARD.toNanos());
        RunResult r = ScenarioRunner.client().run(s, 1);
        long guard = dev.ateraharness.client.limit.RateLimiterConfig.DEFAULT_GUARD.toNanos();
        assertThat(guard).isPositive();
        assertThat(r.syncNanos()).isEqualTo(3 * (Duration.ofSeconds(60).toNanos() + guard));
        assertThat(r.syncNanos() - s.floorNanos()).isEqualTo(3 * guard);
    }
}
