package dev.ateraharness.client.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * In virtual time, 1 to 32 concurrent acquirers spread over 1 to 4 clients sharing one key through the registry:
 * never more than N grants in any window of W + guard (hence of W), and under saturation at least 99% of N/W.
 */
class SlidingLogLimitPropertyTest {

    private static final long SECOND = 1_000_000_000L;

    /** Runs {@code acquirers} loops of acquire-then-think on {@code clients} limiters from one registry. */
    private static List<Long> run(int limit, long windowNanos, long guardNanos, int acquirers, int clients,
                                  long meanThinkNanos, long seed, long durationNanos, VirtualTime time) {
        RateLimiterRegistry registry = new RateLimiterRegistry();
        RateLimiterBuilder builder = RateLimiter.builder().limit(limit).window(Duration.ofNanos(windowNanos))
                .guard(Duration.ofNanos(guardNanos)).scheduler(time);
        List<RateLimiter> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(registry.forKey("the-same-key", builder));
        }
        assertThat(registry.size()).isEqualTo(1);
        long start = time.nanos();
        long end = start + durationNanos;
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());
        Random random = new Random(seed);
        for (int a = 0; a < acquirers; a++) {
            RateLimiter limiter = perClient.get(a % clients);
            Runnable[] loop = new Runnable[1];
            loop[0] = () -> {
                if (time.nanos() >= end) {
                    return;
                }
                limiter.acquire().thenAccept(t -> {
                    grants.add(t - start);
                    long think = meanThinkNanos == 0 ? 0
                            : (long) (-Math.log(1 - random.nextDouble()) * meanThinkNanos);
                    time.schedule(think, loop[0]);
                });
            };
            time.schedule((long) (random.nextDouble() * windowNanos / 10), loop[0]);
        }
        time.runUntil(end);
        return grants;
    }

    @Property(tries = 60)
    void neverMoreThanNInAnyWindow(@ForAll @IntRange(min = 1, max = 40) int limit,
                                   @ForAll @IntRange(min = 1, max = 60) int windowSeconds,
                                   @ForAll @IntRange(min = 0, max = 300) int guardMillis,
                                   @ForAll @IntRange(min = 1, max = 32) int acquirers,
                                   @ForAll @IntRange(min = 1, max = 4) int clients,
                                   @ForAll @LongRange(min = 0, max = 5_000) long meanThinkMillis,
                                   @ForAll long seed) {
        long w = windowSeconds * SECOND;
        long g = guardMillis * 1_000_000L;
        List<Long> grants = run(limit, w, g, acquirers, clients, meanThinkMillis * 1_000_000L, seed, 6 * w,
                new VirtualTime());
        assertThat(Windows.maxInAnyWindow(grants, w + g)).isLessThanOrEqualTo(limit);
        assertThat(Windows.maxInAnyWindow(grants, w)).isLessThanOrEqualTo(limit);
    }

    @Property(tries = 40)
    void saturatedRateIsAtLeast99PercentAfterTheFirstWindow(@ForAll @IntRange(min = 1, max = 60) int limit,
                                                            @ForAll @IntRange(min = 1, max = 60) int windowSeconds,
                                                            @ForAll boolean guard,
                                                            @ForAll @IntRange(min = 1, max = 32) int acquirers,
                                                            @ForAll @IntRange(min = 1, max = 4) int clients,
                                                            @ForAll long seed) {
        long w = windowSeconds * SECOND;
        long g = guard ? w / 250 : 0; // 250 ms for 60 s, scaled: the default guard's share of W
        int windows = 10;
        List<Long> grants = run(limit, w, g, acquirers, clients, 0, seed, (windows + 1) * w, new VirtualTime());
        // demand is unlimited (no think time), so the limiter is the only brake
        long afterFirst = grants.stream().filter(t -> t >= w && t < (windows + 1) * w).count();
        double rate = afterFirst / (double) (windows * limit);
        assertThat(rate).isGreaterThanOrEqualTo(0.99);
        assertThat(Windows.maxInAnyWindow(grants, w)).isLessThanOrEqualTo(limit);
    }
}
