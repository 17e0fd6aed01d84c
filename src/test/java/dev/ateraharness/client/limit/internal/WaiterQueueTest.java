package dev.ateraharness.client.limit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.time.VirtualTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaiterQueueTest {

    private final VirtualTime time = new VirtualTime();
    private final WaiterQueue queue = new WaiterQueue(this, time);
    private final List<Long> completed = new ArrayList<>();

    private LogPermit permit(long seq) {
        return new LogPermit((p, nanos) -> completed.add(p.seq()), time, seq, "", time.nanos());
    }

    private static Throwable failure(WaiterQueue.Waiter w) {
        assertThat(w.future).isCompletedExceptionally();
        return w.future.handle((p, e) -> e).join();
    }

    @Test
    void waitersLeaveInOrderAndATimedOutOneIsFailedAndDropped() {
        AtomicInteger expiries = new AtomicInteger();
        WaiterQueue.Waiter a;
        WaiterQueue.Waiter b;
        synchronized (this) {
            a = queue.add();
            b = queue.add();
        }
        queue.expireAfter(a, Duration.ofSeconds(1), expiries::incrementAndGet);
        time.advance(Duration.ofMillis(999));
        assertThat(a.future).isNotDone();
        time.advance(Duration.ofMillis(1));
        assertThat(a.future).isCompletedExceptionally();
        assertThat(failure(a)).isInstanceOf(RateLimiterTimeoutException.class);
        assertThat(expiries).hasValue(1);
        synchronized (this) {
            assertThat(queue.size()).isEqualTo(1); // off the queue at once, not left for the head to drop
            assertThat(queue.head()).isSameAs(b);
            assertThat(queue.take()).isSameAs(b);
            assertThat(queue.take()).isNull();
        }
    }

    @Test
    void aGrantedWaitersTimeoutIsCancelled() {
        AtomicInteger expiries = new AtomicInteger();
        WaiterQueue.Waiter w;
        synchronized (this) {
            w = queue.add();
        }
        queue.expireAfter(w, Duration.ofSeconds(1), expiries::incrementAndGet);
        WaiterQueue.Waiter taken;
        synchronized (this) {
            taken = queue.take();
        }
        LogPermit p = permit(0);
        WaiterQueue.deliver(List.of(taken), List.of(p));
        time.advance(Duration.ofSeconds(2));
        assertThat(w.future).isCompletedWithValue(p);
        assertThat(expiries).hasValue(0);
        assertThat(p.isCompleted()).isFalse();
    }

    @Test
    void aCancelledWaiterIsSkippedAndAPermitDeliveredToItIsReleased() {
        WaiterQueue.Waiter a;
        WaiterQueue.Waiter b;
        synchronized (this) {
            a = queue.add();
            b = queue.add();
        }
        a.future.cancel(false);
        synchronized (this) {
            assertThat(queue.head()).isSameAs(b);
        }
        LogPermit p = permit(7);
        WaiterQueue.deliver(List.of(a), List.<Permit>of(p));
        assertThat(p.isCompleted()).isTrue();
        assertThat(completed).containsExactly(7L);
    }

    @Test
    void takeAllSettlesEveryLiveWaiterInOrderAndFailReachesThemAll() {
        List<WaiterQueue.Waiter> all;
        WaiterQueue.Waiter a;
        WaiterQueue.Waiter c;
        synchronized (this) {
            a = queue.add();
            queue.add().future.cancel(false);
            c = queue.add();
            all = queue.takeAll();
            assertThat(queue.isEmpty()).isTrue();
        }
        assertThat(all).containsExactly(a, c);
        IllegalStateException e = new IllegalStateException("settings differ");
        WaiterQueue.fail(all, e);
        assertThat(failure(a)).isSameAs(e);
        assertThat(failure(c)).isSameAs(e);
    }
}
