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

    /** Grant accounting: the old behaviour, where a permit's date is its grant. */
    private RateLimiter limiter(int n, int windowSeconds, long guardMillis) {
        return RateLimiter.builder().limit(n).window(Duration.ofSeconds(windowSeconds))
                .guard(Duration.ofMillis(guardMillis)).accounting(RateLimiterConfig.Accounting.GRANT)
                .scheduler(time).build();
    }

    private RateLimiter completionLimiter(int n, int windowSeconds, long guardMillis) {
        return RateLimiter.builder().limit(n).window(Duration.ofSeconds(windowSeconds))
                .guard(Duration.ofMillis(guardMillis)).inFlightCap(Duration.ofSeconds(30)).scheduler(time).build();
    }

    private static long granted(CompletableFuture<Permit> f) {
        assertThat(f).isDone();
        return f.join().grantedNanos();
    }

    @Test
    void theDefaultIsCompletionAccountingWithASmallGuard() {
        RateLimiterConfig c = RateLimiter.builder().config();
        assertThat(c.accounting()).isEqualTo(RateLimiterConfig.Accounting.COMPLETION);
        assertThat(c.guard()).isEqualTo(RateLimiterConfig.DEFAULT_GUARD).isLessThanOrEqualTo(Duration.ofMillis(50));
        assertThat(new RateLimiterConfig(5, Duration.ofSeconds(1), Duration.ZERO).accounting())
                .isEqualTo(RateLimiterConfig.Accounting.COMPLETION);
    }

    @Test
    void grantsUpToNAtOnceThenWaitsForTheOldestToLeaveWindowPlusGuard() {
        RateLimiter l = limiter(3, 10, 250);
        long t0 = time.nanos();
        for (int i = 0; i < 3; i++) {
            assertThat(granted(l.acquire())).isEqualTo(t0);
        }
        CompletableFuture<Permit> fourth = l.acquire();
        time.advanceNanos(10 * SECOND + 249_000_000L);
        assertThat(fourth).isNotDone();
        time.advanceNanos(1_000_000L);
        assertThat(granted(fourth)).isEqualTo(t0 + 10 * SECOND + 250_000_000L);
    }

    @Test
    void withCompletionAccountingGrantJWaitsForPermitJMinusNToCompleteAndAgeByWindowPlusGuard() {
        RateLimiter l = completionLimiter(2, 10, 5);
        long t0 = time.nanos();
        Permit a = l.acquire().join();
        Permit b = l.acquire().join();
        CompletableFuture<Permit> c = l.acquire(); // reuses a's slot
        CompletableFuture<Permit> d = l.acquire(); // reuses b's slot
        assertThat(l.inFlight()).isEqualTo(2);
        time.advanceNanos(3 * SECOND);
        b.complete(time.nanos()); // b completes first, but c waits for a: FIFO by grant order
        time.advanceNanos(10 * SECOND);
        assertThat(c).isNotDone();
        a.release(); // completed at t0 + 13 s
        assertThat(l.inFlight()).isZero();
        time.advanceNanos(10 * SECOND + 4_999_999L);
        assertThat(c).isNotDone();
        time.advanceNanos(1);
        assertThat(granted(c)).isEqualTo(t0 + 23 * SECOND + 5_000_000L);
        assertThat(granted(d)).isEqualTo(granted(c)); // b's slot was free since t0 + 13.005 s
    }

    @Test
    void completingTwiceOrBeforeTheGrantIsHarmless() {
        RateLimiter l = completionLimiter(1, 10, 0);
        long t0 = time.nanos();
        Permit a = l.acquire().join();
        CompletableFuture<Permit> next = l.acquire();
        a.complete(t0 - 5 * SECOND); // clamped to the grant
        a.complete(t0 + 60 * SECOND); // ignored: the first completion wins
        assertThat(a.isCompleted()).isTrue();
        time.advanceNanos(10 * SECOND);
        assertThat(granted(next)).isEqualTo(t0 + 10 * SECOND);
    }

    @Test
    void aPermitNeverCompletedCountsAsCompletedAtGrantPlusTheCap() {
        RateLimiter l = completionLimiter(1, 10, 0); // cap 30 s
        long t0 = time.nanos();
        Permit leaked = l.acquire().join();
        CompletableFuture<Permit> next = l.acquire();
        time.advanceNanos(40 * SECOND - 1);
        assertThat(next).isNotDone();
        time.advanceNanos(1);
        assertThat(granted(next)).isEqualTo(t0 + 40 * SECOND);
        leaked.release(); // too late to matter, and must not disturb the slot's new owner
        CompletableFuture<Permit> third = l.acquire();
        time.advanceNanos(39 * SECOND);
        assertThat(third).isNotDone();
    }

    @Test
    void grantAccountingIgnoresCompletions() {
        RateLimiter l = limiter(1, 10, 0);
        long t0 = time.nanos();
        Permit a = l.acquire().join();
        CompletableFuture<Permit> next = l.acquire();
        time.advanceNanos(9 * SECOND);
        a.release();
        assertThat(l.inFlight()).isZero();
        time.advanceNanos(SECOND);
        assertThat(granted(next)).isEqualTo(t0 + 10 * SECOND);
    }

    @Test
    void aWaiterCancelledAfterItsGrantGivesTheSlotBack() {
        RateLimiter l = completionLimiter(1, 1, 0);
        l.acquire().join().release();
        CompletableFuture<Permit> cancelled = l.acquire();
        cancelled.cancel(false);
        time.advanceNanos(SECOND);
        assertThat(l.inFlight()).isZero();
        assertThat(l.waiting()).isZero();
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
        CompletableFuture<Permit> waiter = l.acquire();
        time.advanceNanos(SECOND - 1);
        assertThat(l.tryAcquire()).isEmpty();
        time.advanceNanos(1);
        assertThat(waiter).isDone();
        assertThat(l.tryAcquire()).isEmpty();
    }

    @Test
    void asyncAcquireWithTimeoutFailsOnTheSchedulerAndFreesItsPlace() {
        RateLimiter l = limiter(1, 10, 0);
        l.acquire();
        CompletableFuture<Permit> impatient = l.acquire(Duration.ofSeconds(2));
        CompletableFuture<Permit> patient = l.acquire();
        time.advance(Duration.ofSeconds(2));
        assertThat(impatient).isCompletedExceptionally();
        assertThat(impatient.handle((v, e) -> e).join()).isInstanceOf(RateLimiterTimeoutException.class);
        time.advance(Duration.ofSeconds(8));
        assertThat(granted(patient)).isEqualTo(time.nanos());
    }

    @Test
    void blockingAcquireReturnsFalseAfterItsTimeoutInsteadOfHanging() {
        RateLimiter l = RateLimiter.builder().limit(1).window(Duration.ofMinutes(10))
                .scheduler(SystemTime.INSTANCE).build();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThat(l.acquireBlocking(Duration.ofMillis(50))).isPresent();
            assertThat(l.acquireBlocking(Duration.ofMillis(200))).isEmpty();
        });
        assertThat(l.waiting()).isZero();
    }

    @Test
    void holdUntilDelaysEveryGrant() {
        RateLimiter l = limiter(100, 60, 0);
        l.holdUntil(time.nanos() + 5 * SECOND);
        CompletableFuture<Permit> a = l.acquire();
        CompletableFuture<Permit> b = l.acquire();
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
        List<CompletableFuture<Permit>> next = new ArrayList<>();
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
        CompletableFuture<Permit> f = l.acquire();
        time.advanceNanos(12 * SECOND - 1);
        assertThat(f).isNotDone();
        time.advanceNanos(1);
        assertThat(granted(f)).isEqualTo(t + 12 * SECOND);
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
        assertThat(a1.tryAcquire()).isPresent();
        assertThat(a2.tryAcquire()).isEmpty();
        assertThat(other.tryAcquire()).isPresent();
    }
}
