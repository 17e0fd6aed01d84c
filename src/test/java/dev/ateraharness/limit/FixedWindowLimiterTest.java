package dev.ateraharness.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FixedWindowLimiterTest {

    private static final long W = Duration.ofSeconds(60).toNanos();

    @Test
    void windowsAreAlignedToTheEpochAndRetryAfterPointsAtTheNextBoundary() {
        VirtualTime time = new VirtualTime(10 * W + Duration.ofSeconds(50).toNanos());
        FixedWindowLimiter l = new FixedWindowLimiter(2, W, false);
        assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
        assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
        WindowLimiter.Decision d = l.tryAcquire(time.nanos());
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfterNanos()).isEqualTo(Duration.ofSeconds(10).toNanos());
        time.advance(Duration.ofSeconds(10));
        assertThat(l.tryAcquire(time.nanos()).allowed()).as("new window").isTrue();
        assertThat(l.tryAcquire(time.nanos()).allowed()).as("2N within 10 s across the boundary").isTrue();
    }

    /** Regression: an earlier timestamp after a later one got the previous window's reset (too short). */
    @Test
    void anEarlierTimestampIsTreatedAsTheLatestSeen() {
        FixedWindowLimiter l = new FixedWindowLimiter(1, W, false);
        long start = 100 * W;
        assertThat(l.tryAcquire(start + W + 1).allowed()).isTrue();
        WindowLimiter.Decision late = l.tryAcquire(start + W - 1);
        assertThat(late.allowed()).isFalse();
        assertThat(late.retryAfterNanos()).isEqualTo(W - 1);
        assertThat(l.nextAdmissionNanos(start)).isEqualTo(start + 2 * W);
    }
}
