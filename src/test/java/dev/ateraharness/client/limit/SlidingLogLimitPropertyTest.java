package dev.ateraharness.client.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.LongUnaryOperator;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * In virtual time, 1 to 32 concurrent acquirers spread over 1 to 4 clients sharing one key through the registry,
 * with latency: each granted request reaches the server at a random time between its grant and its completion
 * (grant + a random, heavy-tailed latency of up to several seconds), and its permit is completed then. The server
 * counts arrivals, so that is what is asserted: never more than N arrivals in any window of W (completion
 * accounting, any guard); the old grant accounting with no guard breaks it; under saturation the rate is at least
 * 99% of N / (W + latency).
 */
class SlidingLogLimitPropertyTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MILLI = 1_000_000L;

    /** What one run saw: grant times and server arrival times, relative to the start. */
    record Run(List<Long> grants, List<Long> arrivals) {
    }

    /**
     * Runs {@code acquirers} loops on {@code clients} limiters from one registry. Each loop acquires, and once
     * granted, schedules the request's completion after {@code latency(random)} (its arrival is uniform in between)
     * and acquires again after a think time from the grant: so a loop may have several requests in flight, which
     * is the hardest case for the limiter.
     */
    private static Run run(RateLimiterBuilder builder, int acquirers, int clients, long meanThinkNanos,
                           LongUnaryOperator latency, long seed, long durationNanos) {
        VirtualTime time = new VirtualTime();
        RateLimiterRegistry registry = new RateLimiterRegistry();
        List<RateLimiter> perClient = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            perClient.add(registry.forKey("the-same-key", builder.scheduler(time)));
        }
        assertThat(registry.size()).isEqualTo(1);
        long start = time.nanos();
        long end = start + durationNanos;
        List<Long> grants = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        Random random = new Random(seed);
        for (int a = 0; a < acquirers; a++) {
            RateLimiter limiter = perClient.get(a % clients);
            Runnable[] loop = new Runnable[1];
            loop[0] = () -> {
                if (time.nanos() >= end) {
                    return;
                }
                limiter.acquire().thenAccept(p -> {
                    long g = p.grantedNanos();
                    grants.add(g - start);
                    long l = latency.applyAsLong(random.nextLong());
                    arrivals.add(g - start + (long) (random.nextDouble() * l));
                    time.schedule(l, () -> p.complete(time.nanos()));
                    long think = meanThinkNanos == 0 ? 0
                            : (long) (-Math.log(1 - random.nextDouble()) * meanThinkNanos);
                    time.schedule(think, loop[0]);
                });
            };
            time.schedule((long) (random.nextDouble() * builder.config().window().toNanos() / 10), loop[0]);
        }
        time.runUntil(end);
        return new Run(grants, arrivals);
    }

    /**
     * Heavy-tailed latency: 0 with probability 1/4, else Pareto (shape 1.5) from {@code minMillis}, capped at
     * {@code maxMillis}; {@code r} is a random long.
     */
    private static LongUnaryOperator heavyTailed(long minMillis, long maxMillis) {
        return r -> {
            Random random = new Random(r);
            if (random.nextInt(4) == 0) {
                return 0;
            }
            double pareto = minMillis / Math.pow(1 - random.nextDouble(), 1 / 1.5);
            return (long) (Math.min(maxMillis, pareto) * MILLI);
        };
    }

    @Property(tries = 60)
    void neverMoreThanNArrivalsInAnyWindow(@ForAll @IntRange(min = 1, max = 40) int limit,
                                           @ForAll @IntRange(min = 1, max = 60) int windowSeconds,
                                           @ForAll @IntRange(min = 0, max = 300) int guardMillis,
                                           @ForAll @IntRange(min = 1, max = 32) int acquirers,
                                           @ForAll @IntRange(min = 1, max = 4) int clients,
                                           @ForAll @LongRange(min = 0, max = 5_000) long meanThinkMillis,
                                           @ForAll @IntRange(min = 1, max = 1_000) int minLatencyMillis,
                                           @ForAll long seed) {
        long w = windowSeconds * SECOND;
        RateLimiterBuilder b = RateLimiter.builder().limit(limit).window(Duration.ofNanos(w))
                .guard(Duration.ofMillis(guardMillis));
        Run r = run(b, acquirers, clients, meanThinkMillis * MILLI, heavyTailed(minLatencyMillis, 8_000), seed,
                6 * w);
        assertThat(Windows.maxInAnyWindow(r.arrivals(), w)).isLessThanOrEqualTo(limit);
        assertThat(Windows.maxInAnyWindow(r.grants(), w)).isLessThanOrEqualTo(limit);
    }

    /** The bug as found: 20 per 2 s, requests reaching the server up to 0.9 s after their grant. */
    @Example
    void grantAccountingWithoutAGuardLetsTheServerSeeMoreThanNWhenLatencyVaries() {
        long w = 2 * SECOND;
        LongUnaryOperator upTo900ms = r -> (long) (new Random(r).nextDouble() * 900 * MILLI);
        RateLimiterBuilder b = RateLimiter.builder().limit(20).window(Duration.ofNanos(w)).guard(Duration.ZERO);
        Run unsafe = run(b.accounting(RateLimiterConfig.Accounting.GRANT), 32, 1, 0, upTo900ms, 42, 20 * w);
        Run safe = run(b, 32, 1, 0, upTo900ms, 42, 20 * w);
        assertThat(Windows.maxInAnyWindow(unsafe.grants(), w)).isLessThanOrEqualTo(20); // grants are fine ...
        assertThat(Windows.maxInAnyWindow(unsafe.arrivals(), w)).isGreaterThan(20); // ... arrivals are not
        assertThat(Windows.maxInAnyWindow(safe.arrivals(), w)).isLessThanOrEqualTo(20);
    }

    @Property(tries = 40)
    void saturatedRateIsAtLeast99PercentOfNOverWindowPlusLatency(
            @ForAll @IntRange(min = 1, max = 60) int limit,
            @ForAll @IntRange(min = 1, max = 60) int windowSeconds,
            @ForAll boolean guard,
            @ForAll @IntRange(min = 0, max = 3_000) int latencyMillis,
            @ForAll @IntRange(min = 1, max = 32) int acquirers,
            @ForAll @IntRange(min = 1, max = 4) int clients,
            @ForAll long seed) {
        long w = windowSeconds * SECOND;
        long l = latencyMillis * MILLI;
        long g = guard ? w / 6000 : 0; // 10 ms for 60 s, scaled: the default guard's share of W
        RateLimiterBuilder b = RateLimiter.builder().limit(limit).window(Duration.ofNanos(w))
                .guard(Duration.ofNanos(g));
        int cycles = 10;
        long cycle = w + l;
        Run r = run(b, acquirers, clients, 0, x -> l, seed, (cycles + 1) * cycle + w);
        // demand is unlimited (no think time, re-acquire right after the grant): the limiter is the only brake
        long[] t = r.grants().stream().mapToLong(Long::longValue).sorted().toArray();
        assertThat(t.length).isGreaterThan(cycles * limit);
        double meanSpan = (t[cycles * limit] - t[0]) / (double) cycles; // N grants per span at steady state
        assertThat(limit / meanSpan).isGreaterThanOrEqualTo(0.99 * limit / cycle);
        if (l == 0) { // the old measure: grants after the first window, per 10 windows' worth of N
            long afterFirst = r.grants().stream().filter(x -> x >= w && x < (cycles + 1) * w).count();
            assertThat(afterFirst / (double) (cycles * limit)).isGreaterThanOrEqualTo(0.99);
        }
        assertThat(Windows.maxInAnyWindow(r.arrivals(), w)).isLessThanOrEqualTo(limit);
    }
}
