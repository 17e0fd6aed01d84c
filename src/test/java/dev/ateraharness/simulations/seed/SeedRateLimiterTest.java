package dev.ateraharness.simulations.seed;

import dev.ateraharness.time.VirtualTime;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The port keeps the seed's behaviour: fine for one caller at a time, over the limit when callers queue. */
class SeedRateLimiterTest {

    static final int MAX = 5;
    static final long WINDOW_MS = 1_000;

    private static int maxInAnyWindow(List<Long> grants, long windowMs) {
        List<Long> sorted = new ArrayList<>(grants);
        Collections.sort(sorted);
        int best = 0;
        int lo = 0;
        for (int hi = 0; hi < sorted.size(); hi++) {
            while (sorted.get(hi) - sorted.get(lo) >= windowMs) {
                lo++;
            }
            best = Math.max(best, hi - lo + 1);
        }
        return best;
    }

    private static CompletableFuture<Void> throttleAndRecord(SeedRateLimiter limiter, VirtualTime time,
                                                             List<Long> grants) {
        return limiter.throttle().thenRun(() -> grants.add(time.millis()));
    }

    @Test
    void callers_that_queue_while_the_log_is_full_all_wake_together_and_exceed_the_limit() {
        VirtualTime time = new VirtualTime(0);
        SeedRateLimiter limiter = new SeedRateLimiter(MAX, WINDOW_MS, time);
        List<Long> grants = Collections.synchronizedList(new ArrayList<>());

        for (int i = 0; i < MAX; i++) {
            throttleAndRecord(limiter, time, grants);
        }
        time.advance(java.time.Duration.ofMillis(10));
        for (int i = 0; i < MAX; i++) {
            throttleAndRecord(limiter, time, grants);
        }
        time.advance(java.time.Duration.ofMillis(490));
        for (int i = 0; i < MAX; i++) {
            throttleAndRecord(limiter, time, grants);
        }
        time.runUntilIdle(1_000);

        assertThat(grants).hasSize(3 * MAX);
        // the seed's own arithmetic: both queued groups wake at 0 - (t - 1000) + 100 + t = 1100
        assertThat(grants.subList(MAX, 3 * MAX)).containsOnly(1_100L);
        assertThat(maxInAnyWindow(grants, WINDOW_MS)).isEqualTo(2 * MAX);
    }

    @Test
    void one_caller_at_a_time_stays_within_the_limit() {
        VirtualTime time = new VirtualTime(0);
        SeedRateLimiter limiter = new SeedRateLimiter(MAX, WINDOW_MS, time);
        List<Long> grants = new ArrayList<>();
        for (int i = 0; i < 4 * MAX; i++) {
            CompletableFuture<Void> granted = throttleAndRecord(limiter, time, grants);
            while (!granted.isDone()) {
                time.runNext();
            }
            time.advance(java.time.Duration.ofMillis(7));
        }
        assertThat(grants).hasSize(4 * MAX);
        assertThat(maxInAnyWindow(grants, WINDOW_MS)).isLessThanOrEqualTo(MAX);
    }
}
