package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The exact permit log ({@link PermitLog}) with a FIFO queue of waiters ({@link WaiterQueue}, shared with
 * {@link RedisRateLimiter}), the server's feedback ({@link ServerFeedback}) and one timer. All state is guarded by
 * {@code this}; futures are completed outside the lock so that callers' continuations never run while it is held.
 * A completion may free the head waiter's slot early (before the in-flight cap), so it re-arms the timer and
 * drains.
 */
public final class SlidingLogRateLimiter implements RateLimiter {

    private final RateLimiterConfig config;
    private final Scheduler scheduler;
    private final PermitLog log;
    private final WaiterQueue waiters;
    private final ServerFeedback server = new ServerFeedback();
    private final LogPermit.Completions completions = this::completed;
    private final SingleTimer timer;
    private final Runnable drain = this::drain;

    public SlidingLogRateLimiter(RateLimiterConfig config, Scheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
        this.log = new PermitLog(config.limit(), config.effectiveWindowNanos(),
                config.accounting() == RateLimiterConfig.Accounting.COMPLETION, config.inFlightCap().toNanos());
        this.waiters = new WaiterQueue(this, scheduler);
        this.timer = new SingleTimer(this, scheduler, drain);
    }

    @Override
    public CompletableFuture<Permit> acquire() {
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                return CompletableFuture.completedFuture(grant(now));
            }
            WaiterQueue.Waiter w = waiters.add();
            armTimer(now);
            return w.future;
        }
    }

    @Override
    public CompletableFuture<Permit> acquire(Duration timeout) {
        WaiterQueue.Waiter w;
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                return CompletableFuture.completedFuture(grant(now));
            }
            w = waiters.add();
            armTimer(now);
        }
        waiters.expireAfter(w, timeout, drain); // the expired waiter may have been the head
        return w.future;
    }

    @Override
    public synchronized Optional<Permit> tryAcquire() {
        long now = scheduler.clock().nanos();
        if (waiters.isEmpty() && nextGrant(now) <= now) {
            return Optional.of(grant(now));
        }
        return Optional.empty();
    }

    @Override
    public Optional<Permit> acquireBlocking(Duration timeout) throws InterruptedException {
        return WaiterQueue.await(acquire(timeout), timeout);
    }

    @Override
    public void holdUntil(long epochNanos) {
        synchronized (this) {
            if (server.hold(epochNanos)) {
                rearm();
            }
        }
    }

    @Override
    public void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos) {
        synchronized (this) {
            if (!server.remaining(remaining, resetAtNanos, sentAtNanos, log::countAfter)) {
                return; // an older observation than the one in force
            }
            rearm();
        }
        drain();
    }

    @Override
    public synchronized int waiting() {
        return waiters.size();
    }

    @Override
    public synchronized int inFlight() {
        return log.inFlight();
    }

    @Override
    public RateLimiterConfig config() {
        return config;
    }

    /** Earliest grant time at or after now under the log, a server hold and the server's remaining count. */
    private long nextGrant(long now) {
        return server.earliest(log.nextFree(now));
    }

    private Permit grant(long now) {
        long seq = log.record(now);
        server.granted(now);
        return new LogPermit(completions, scheduler.clock(), seq, "", log.grantedAt(seq));
    }

    /** Called once per permit by {@link LogPermit}: dates it, then lets waiters use a slot it may have freed. */
    private void completed(LogPermit permit, long nanos) {
        synchronized (this) {
            if (!log.complete(permit.seq(), nanos) || waiters.isEmpty()) {
                return;
            }
        }
        drain();
    }

    /** Grants every waiter that may go now, in order, then arms the timer for the next. */
    private void drain() {
        List<WaiterQueue.Waiter> granted = new ArrayList<>();
        List<Permit> permits = new ArrayList<>();
        synchronized (this) {
            long now = scheduler.clock().nanos();
            while (waiters.head() != null && nextGrant(now) <= now) {
                granted.add(waiters.take());
                permits.add(grant(now));
            }
            armTimer(now);
        }
        WaiterQueue.deliver(granted, permits);
    }

    private void rearm() {
        armTimer(scheduler.clock().nanos());
    }

    /** Keeps exactly one timer, due when the head waiter may next be granted. Caller holds the lock. */
    private void armTimer(long now) {
        if (waiters.isEmpty()) {
            timer.cancel();
        } else {
            timer.at(nextGrant(now), now);
        }
    }
}
