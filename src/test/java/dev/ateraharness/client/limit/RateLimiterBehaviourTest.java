package dev.ateraharness.client.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ateraharness.time.SystemTime;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RateLimiterBehaviourTest {

    private static final long SECOND = 1_000_000_000L;

    private final VirtualTime time = new VirtualTime();

    private RateLimiter limiter(int n, int windowSeconds, long guardMillis) {
        return RateLimiter.builder().limit(n).window(Duration.ofSeconds(windowSeconds))
                .guard(Duration.ofMillis(guardMillis)).scheduler(time).build();
    }

    @Test
    void grantsUpToNAtOnceThenWaitsForTheOldestToLeaveWindowPlusGuard() {
        RateLimiter l = limiter(3, 10, 250);
        long t0 = time.nanos();
        for (int i = 0; i < 3; i++) {
            assertThat(l.acquire()).isCompletedWithValue(t0);
        }
        CompletableFuture<Long> fourth = l.acquire();
        time.advanceNanos(10 * SECOND + 249_000_000L);
        assertThat(fourth).isNotDone();
        time.advanceNanos(1_000_000L);
        assertThat(fourth).isCompletedWithValue(t0 + 10 * SECOND + 250_000_000L);
    }

    @Test
    void waitersAreGrantedInArrivalOrder() {
        RateLimiter l = limiter(1, 1, 0);
        l.acquire();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int id = i;
            l.acquire().thenRun(() -> order.add(id));
            time.advanceNanos(1_000); // later callers arrive later
        }
        assertThat(l.waiting()).isEqualTo(5);
        time.advanceNanos(10 * SECOND);
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void tryAcquireDoesNotOvertakeAWaiter() {
        RateLimiter l = limiter(1, 1, 0);
        l.acquire();
        CompletableFuture<Long> waiter = l.acquire();
        time.advanceNanos(SECOND - 1);
        assertThat(l.tryAcquire()).isFalse();
        time.advanceNanos(1);
        assertThat(waiter).isDone();
        assertThat(l.tryAcquire()).isFalse();
    }

    @Test
    void asyncAcquireWithTimeoutFailsOnTheSchedulerAndFreesItsPlace() {
        RateLimiter l = limiter(1, 10, 0);
        l.acquire();
        CompletableFuture<Long> impatient = l.acquire(Duration.ofSeconds(2));
        CompletableFuture<Long> patient = l.acquire();
        time.advance(Duration.ofSeconds(2));
        assertThat(impatient).isCompletedExceptionally();
        assertThat(impatient.handle((v, e) -> e).join()).isInstanceOf(RateLimiterTimeoutException.class);
        time.advance(Duration.ofSeconds(8));
        assertThat(patient).isCompletedWithValue(time.nanos());
    }

    @Test
    void blockingAcquireReturnsFalseAfterItsTimeoutInsteadOfHanging() {
        RateLimiter l = RateLimiter.builder().limit(1).window(Duration.ofMinutes(10))
                .scheduler(SystemTime.INSTANCE).build();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(l.acquireBlocking(Duration.ofMillis(50))).isTrue();
            assertThat(l.acquireBlocking(Duration.ofMillis(200))).isFalse();
        });
        assertThat(l.waiting()).isZero();
    }

    @Test
    void holdUntilDelaysEveryGrant() {
        RateLimiter l = limiter(100, 60, 0);
        l.holdUntil(time.nanos() + 5 * SECOND);
        CompletableFuture<Long> a = l.acquire();
        CompletableFuture<Long> b = l.acquire();
        time.advanceNanos(5 * SECOND - 1);
        assertThat(a).isNotDone();
        time.advanceNanos(1);
        assertThat(a).isDone();
        assertThat(b).isDone();
    }

    @Test
    void serverRemainingCapsGrantsUntilReset() {
        RateLimiter l = limiter(100, 60, 0);
        long sentAt = time.nanos();
        l.acquire(); // the request whose response reports the quota
        time.advanceNanos(SECOND);
        l.acquire(); // sent after it: assumed counted in "remaining"
        l.serverRemaining(3, time.nanos() + 10 * SECOND, sentAt);
        List<CompletableFuture<Long>> next = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            next.add(l.acquire());
        }
        assertThat(next.stream().filter(CompletableFuture::isDone).count()).isEqualTo(2); // 3 - 1 in flight
        time.advanceNanos(10 * SECOND);
        assertThat(next).allMatch(CompletableFuture::isDone);
    }

    @Test
    void remainingZeroHoldsAllSendsUntilResetAndAnOlderReportCannotLoosenIt() {
        RateLimiter l = limiter(100, 60, 0);
        long t = time.nanos();
        l.serverRemaining(0, t + 12 * SECOND, t);
        l.serverRemaining(50, t + 12 * SECOND, t - SECOND); // a response to an older request: ignored
        CompletableFuture<Long> f = l.acquire();
        time.advanceNanos(12 * SECOND - 1);
        assertThat(f).isNotDone();
        time.advanceNanos(1);
        assertThat(f).isCompletedWithValue(t + 12 * SECOND);
    }

    @Test
    void theRegistrySharesOneLimiterPerKeyAndSeparatesKeys() {
        RateLimiterRegistry r = new RateLimiterRegistry();
        RateLimiterBuilder b = RateLimiter.builder().limit(1).scheduler(time);
        RateLimiter a1 = r.forKey("key-a", b);
        RateLimiter a2 = r.forKey("key-a", b.limit(999));
        RateLimiter other = r.forKey("key-b", b);
        assertThat(a1).isSameAs(a2);
        assertThat(a2.config().limit()).isEqualTo(1);
        assertThat(a1.tryAcquire()).isTrue();
        assertThat(a2.tryAcquire()).isFalse();
        assertThat(other.tryAcquire()).isTrue();
    }
}
