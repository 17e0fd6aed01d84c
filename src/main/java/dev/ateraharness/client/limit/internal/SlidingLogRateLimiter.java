package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The exact permit log with a FIFO queue of waiters and one timer. All state is guarded by {@code this}; futures
 * are completed outside the lock so that callers' continuations never run while it is held. A completion may
 * free the head waiter's slot early (before the in-flight cap), so it re-arms the timer and drains.
 */
public final class SlidingLogRateLimiter implements RateLimiter {

    private static final class Waiter {
        final CompletableFuture<Permit> future = new CompletableFuture<>();
        boolean settled; // granted or timed out; guarded by the limiter
        Scheduler.Cancellable timeout;
    }

    private final RateLimiterConfig config;
    private final Scheduler scheduler;
    private final PermitLog log;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    private long holdUntil = Long.MIN_VALUE;
    private long paceUntil = Long.MIN_VALUE;
    private long paceObservedSentAt = Long.MIN_VALUE;
    private int paceBudget;
    private long timerDue = Long.MAX_VALUE;
    private Scheduler.Cancellable timer;

    public SlidingLogRateLimiter(RateLimiterConfig config, Scheduler scheduler) {
        this.config = config;
        this.scheduler = scheduler;
        this.log = new PermitLog(config.limit(), config.effectiveWindowNanos(),
                config.accounting() == RateLimiterConfig.Accounting.COMPLETION, config.inFlightCap().toNanos());
    }

    @Override
    public CompletableFuture<Permit> acquire() {
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                return CompletableFuture.completedFuture(grant(now));
            }
            Waiter w = new Waiter();
            waiters.add(w);
            armTimer(now);
            return w.future;
        }
    }

    @Override
    public CompletableFuture<Permit> acquire(Duration timeout) {
        Waiter w;
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                return CompletableFuture.completedFuture(grant(now));
            }
            w = new Waiter();
            waiters.add(w);
            armTimer(now);
        }
        Scheduler.Cancellable t = scheduler.schedule(timeout.toNanos(), () -> expire(w, timeout));
        synchronized (this) {
            if (w.settled) {
                t.cancel();
            } else {
                w.timeout = t;
            }
        }
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
        CompletableFuture<Permit> f = acquire(timeout);
        try {
            // the scheduler fails the future at the timeout; the extra second only guards a stalled scheduler
            return Optional.of(f.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RateLimiterTimeoutException) {
                return Optional.empty();
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            if (f.completeExceptionally(new RateLimiterTimeoutException(timeout))) {
                return Optional.empty();
            }
            return Optional.of(f.join()); // granted between the timeout and our giving up
        }
    }

    @Override
    public void holdUntil(long epochNanos) {
        synchronized (this) {
            if (epochNanos <= holdUntil) {
                return;
            }
            holdUntil = epochNanos;
            rearm();
        }
    }

    @Override
    public void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos) {
        synchronized (this) {
            if (sentAtNanos < paceObservedSentAt) {
                return; // an older observation than the one in force
            }
            paceObservedSentAt = sentAtNanos;
            paceUntil = resetAtNanos;
            paceBudget = Math.max(0, remaining - log.countAfter(sentAtNanos));
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
        long t = Math.max(log.nextFree(now), holdUntil);
        if (paceBudget <= 0 && t < paceUntil) {
            t = paceUntil;
        }
        return t;
    }

    private Permit grant(long now) {
        long seq = log.record(now);
        if (now < paceUntil && paceBudget > 0) {
            paceBudget--;
        }
        return new LogPermit(this, seq, log.grantedAt(seq));
    }

    /** Called once per permit by {@link LogPermit}: dates it, then lets waiters use a slot it may have freed. */
    void completed(long seq, long nanos) {
        synchronized (this) {
            if (!log.complete(seq, nanos) || waiters.isEmpty()) {
                return;
            }
        }
        drain();
    }

    long now() {
        return scheduler.clock().nanos();
    }

    private void expire(Waiter w, Duration timeout) {
        synchronized (this) {
            if (w.settled) {
                return;
            }
            w.settled = true;
            waiters.remove(w);
        }
        w.future.completeExceptionally(new RateLimiterTimeoutException(timeout));
        drain(); // the expired waiter may have been the head
    }

    /** Grants every waiter that may go now, in order, then arms the timer for the next. */
    private void drain() {
        List<Waiter> granted = new ArrayList<>();
        List<Permit> permits = new ArrayList<>();
        long now;
        synchronized (this) {
            now = scheduler.clock().nanos();
            while (!waiters.isEmpty()) {
                Waiter head = waiters.peek();
                if (head.settled || head.future.isDone()) { // settled: timed out; done: cancelled by the caller
                    waiters.poll();
                    continue;
                }
                if (nextGrant(now) > now) {
                    break;
                }
                waiters.poll();
                head.settled = true;
                permits.add(grant(now));
                granted.add(head);
            }
            armTimer(now);
        }
        for (int i = 0; i < granted.size(); i++) {
            Waiter w = granted.get(i);
            if (w.timeout != null) {
                w.timeout.cancel();
            }
            if (!w.future.complete(permits.get(i))) {
                permits.get(i).release(); // cancelled by its caller meanwhile: nothing will be sent
            }
        }
    }

    private void rearm() {
        armTimer(scheduler.clock().nanos());
    }

    /** Keeps exactly one timer, due when the head waiter may next be granted. Caller holds the lock. */
    private void armTimer(long now) {
        if (waiters.isEmpty()) {
            cancelTimer();
            return;
        }
        long due = nextGrant(now);
        if (timer != null && due == timerDue) {
            return;
        }
        cancelTimer();
        timerDue = due;
        timer = scheduler.schedule(due - now, this::onTimer);
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
            timerDue = Long.MAX_VALUE;
        }
    }

    private void onTimer() {
        synchronized (this) {
            timer = null;
            timerDue = Long.MAX_VALUE;
        }
        drain();
    }
}
