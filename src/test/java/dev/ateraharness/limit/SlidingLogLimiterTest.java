package dev.ateraharness.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlidingLogLimiterTest {

    private static final long W = Duration.ofSeconds(60).toNanos();
    private final VirtualTime time = new VirtualTime();

    @Test
    void admitsExactlyNThenRejectsWithRetryAfterUntilTheOldestLeavesTheWindow() {
        SlidingLogLimiter l = new SlidingLogLimiter(5, W, false);
        long t0 = time.nanos();
        for (int i = 0; i < 5; i++) {
            assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
            time.advance(Duration.ofSeconds(1));
        }
        WindowLimiter.Decision d = l.tryAcquire(time.nanos());
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfterNanos()).isEqualTo(t0 + W - time.nanos());
        assertThat(d.retryAfterSeconds()).isEqualTo(55);
        time.advanceNanos(d.retryAfterNanos() - 1);
        assertThat(l.tryAcquire(time.nanos()).allowed()).as("1 ns before the slot frees").isFalse();
        time.advanceNanos(1);
        assertThat(l.tryAcquire(time.nanos()).allowed()).as("half-open window: t0 + W is outside [t0, t0+W)").isTrue();
    }

    @Test
    void remainingCountsAdmissionsInsideTheWindow() {
        SlidingLogLimiter l = new SlidingLogLimiter(3, W, false);
        assertThat(l.tryAcquire(time.nanos()).remaining()).isEqualTo(2);
        assertThat(l.tryAcquire(time.nanos()).remaining()).isEqualTo(1);
        time.advance(Duration.ofSeconds(61));
        assertThat(l.tryAcquire(time.nanos()).remaining()).as("the first two left the window").isEqualTo(2);
    }

    @Test
    void rejectedArrivalsCountWhenConfigured() {
        SlidingLogLimiter strict = new SlidingLogLimiter(2, W, true);
        SlidingLogLimiter lenient = new SlidingLogLimiter(2, W, false);
        for (SlidingLogLimiter l : new SlidingLogLimiter[] {strict, lenient}) {
            l.tryAcquire(time.nanos());
            l.tryAcquire(time.nanos());
        }
        time.advance(Duration.ofSeconds(30));
        assertThat(strict.tryAcquire(time.nanos()).allowed()).isFalse();
        assertThat(lenient.tryAcquire(time.nanos()).allowed()).isFalse();
        time.advance(Duration.ofSeconds(30));
        assertThat(lenient.tryAcquire(time.nanos()).allowed()).isTrue();
        assertThat(strict.tryAcquire(time.nanos()).allowed()).isTrue();
        assertThat(lenient.tryAcquire(time.nanos()).allowed()).as("only admitted arrivals count").isTrue();
        assertThat(strict.tryAcquire(time.nanos()).allowed()).as("the rejected arrival at 30 s still counts").isFalse();
    }

    @Test
    void earlierTimestampsAreTreatedAsTheLatestSeen() {
        SlidingLogLimiter l = new SlidingLogLimiter(1, W, false);
        long t = time.nanos();
        l.tryAcquire(t + W);
        assertThat(l.tryAcquire(t).allowed()).isFalse();
        assertThat(l.nextAdmissionNanos(t + W)).isEqualTo(t + 2 * W);
    }

    /** Regression: the ring was allocated at 8N bytes up front, so N = 1e9 ("never limit") ran out of heap. */
    @Test
    void aHugeLimitAllocatesOnlyWhatIsRecordedAndStillCountsExactly() {
        SlidingLogLimiter huge = new SlidingLogLimiter(1_000_000_000, W, false);
        for (int i = 0; i < 10_000; i++) {
            assertThat(huge.tryAcquire(time.nanos()).allowed()).isTrue();
        }
        SlidingLogLimiter grown = new SlidingLogLimiter(300, W, false);
        long t0 = time.nanos();
        for (int i = 0; i < 300; i++) {
            assertThat(grown.tryAcquire(t0 + i).allowed()).isTrue();
        }
        assertThat(grown.tryAcquire(t0 + 300).allowed()).isFalse();
        assertThat(grown.nextAdmissionNanos(t0 + 300)).as("oldest survives the growth copies").isEqualTo(t0 + W);
        assertThat(grown.tryAcquire(t0 + W).allowed()).isTrue();
        assertThat(grown.nextAdmissionNanos(t0 + W)).isEqualTo(t0 + 1 + W);
    }
}
