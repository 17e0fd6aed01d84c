package dev.ateraharness.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.limit.Algorithm;
import dev.ateraharness.stats.Figures;
import dev.ateraharness.stub.ArrivalRecord;
import dev.ateraharness.stub.Latency;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * K processes sharing each key's limit never put more than N arrivals in any window of W into the model's arrival
 * log, whatever the sizes, keys, workers, limit, split, latency, round trip and faults; and they finish the sync.
 */
class ProcessesWindowPropertyTest {

    static final long W = Duration.ofSeconds(2).toNanos();

    @Property(tries = 40)
    void neverMoreThanNInAnyWindow(@ForAll @IntRange(min = 2, max = 6) int processes,
                                   @ForAll @IntRange(min = 0, max = 3000) int tickets,
                                   @ForAll @IntRange(min = 0, max = 2000) int agents,
                                   @ForAll @IntRange(min = 0, max = 2000) int customers,
                                   @ForAll @IntRange(min = 1, max = 3) int keys,
                                   @ForAll @IntRange(min = 1, max = 6) int workers,
                                   @ForAll @IntRange(min = 5, max = 40) int limit,
                                   @ForAll @IntRange(min = 0, max = 400) int medianMs,
                                   @ForAll @IntRange(min = 0, max = 3) int roundTripMs,
                                   @ForAll @IntRange(min = 0, max = 5) int faultPercent,
                                   @ForAll boolean entitiesSplit,
                                   @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        List<Entity> entities = new ArrayList<>(List.of(new Entity("tickets", tickets), new Entity("agents", agents),
                new Entity("customers", customers)));
        Latency latency = medianMs == 0 ? Latency.NONE : Latency.lognormalP99(medianMs, 4.0 * medianMs);
        Latency roundTrip = roundTripMs == 0 ? Latency.NONE : Latency.lognormalP99(roundTripMs / 10.0, roundTripMs);
        Scenario s = new Scenario(entities, keys, workers, 50, 50, latency, faultPercent / 100.0, limit, W,
                Algorithm.SLIDING_LOG, false, 10_000_000L, 0,
                entitiesSplit ? Distribution.ENTITIES : Distribution.CLIENT)
                .withProcesses(new Processes(processes, roundTrip));
        RunResult r = ScenarioRunner.client().run(s, seed);
        List<ArrivalRecord> log = ScenarioRunner.client().arrivals(s, seed).snapshot();
        assertThat(r.complete()).isTrue();
        assertThat(r.rejected()).isZero();
        assertThat(log).hasSize((int) r.requests());
        assertThat(r.syncNanos()).isGreaterThanOrEqualTo(s.floorNanos());
        Map<String, long[]> perKey = log.stream().collect(Collectors.groupingBy(ArrivalRecord::key,
                Collectors.collectingAndThen(Collectors.toList(),
                        l -> l.stream().mapToLong(a -> a.epochMicros() * 1_000L).sorted().toArray())));
        for (long[] t : perKey.values()) {
            assertThat(Arrays.stream(Figures.trailingCounts(t, Duration.ofNanos(W))).max().orElse(0))
                    .isLessThanOrEqualTo(limit);
        }
    }
}
