package dev.ateraharness.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketLimiterTest {

    private final VirtualTime time = new VirtualTime();

    @Test
    void burstOfNThenOnePerWOverN() {
        TokenBucketLimiter l = new TokenBucketLimiter(6, Duration.ofSeconds(60).toNanos());
        for (int i = 0; i < 6; i++) {
            assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
        }
        WindowLimiter.Decision d = l.tryAcquire(time.nanos());
        assertThat(d.allowed()).isFalse();
        assertThat(d.retryAfterNanos()).isEqualTo(Duration.ofSeconds(10).toNanos());
        time.advance(Duration.ofSeconds(10).minusNanos(1));
        assertThat(l.tryAcquire(time.nanos()).allowed()).isFalse();
        time.advanceNanos(1);
        assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
    }

    @Test
    void longIdleRefillsToCapacityWithoutOverflow() {
        TokenBucketLimiter l = new TokenBucketLimiter(700, Duration.ofSeconds(60).toNanos());
        l.tryAcquire(time.nanos());
        time.advance(Duration.ofDays(3650));
        int admitted = 0;
        while (l.tryAcquire(time.nanos()).allowed()) {
            admitted++;
        }
        assertThat(admitted).isEqualTo(700);
    }

    @Test
    void rejectionsDoNotConsumeTokens() {
        TokenBucketLimiter l = new TokenBucketLimiter(1, Duration.ofSeconds(1).toNanos());
        l.tryAcquire(time.nanos());
        for (int i = 0; i < 100; i++) {
            l.tryAcquire(time.nanos());
        }
        time.advance(Duration.ofSeconds(1));
        assertThat(l.tryAcquire(time.nanos()).allowed()).isTrue();
    }
}
