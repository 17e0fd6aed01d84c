package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.RateLimiter;
import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RateLimiterTimeoutException;
import dev.ateraharness.time.Scheduler;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The exact sliding log with a FIFO queue of waiters and one timer. All state is guarded by {@code this}; futures
 * are completed outside the lock so that callers' continuations never run while it is held.
 */
public final class SlidingLogRateLimiter implements RateLimiter {

    private static final class Waiter {
        final CompletableFuture<Long> future = new CompletableFuture<>();
        boolean settled; // granted or timed out; guarded by the limiter
        Scheduler.Cancellable timeout;
    }

    private final RateLimiterConfig config;
    private final Scheduler scheduler;
    private final GrantLog log;
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
        this.log = new GrantLog(config.limit(), config.effectiveWindowNanos());
    }

    @Override
    public CompletableFuture<Long> acquire() {
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                grant(now);
                return CompletableFuture.completedFuture(now);
            }
            Waiter w = new Waiter();
            waiters.add(w);
            armTimer(now);
            return w.future;
        }
    }

    @Override
    public CompletableFuture<Long> acquire(Duration timeout) {
        Waiter w;
        synchronized (this) {
            long now = scheduler.clock().nanos();
            if (waiters.isEmpty() && nextGrant(now) <= now) {
                grant(now);
                return CompletableFuture.completedFuture(now);
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
    public synchronized boolean tryAcquire() {
        long now = scheduler.clock().nanos();
        if (waiters.isEmpty() && nextGrant(now) <= now) {
            grant(now);
            return true;
        }
        return false;
    }

    @Override
    public boolean acquireBlocking(Duration timeout) throws InterruptedException {
        CompletableFuture<Long> f = acquire(timeout);
        try {
            // the scheduler fails the future at the timeout; the extra second only guards a stalled scheduler
            f.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RateLimiterTimeoutException) {
                return false;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            f.completeExceptionally(new RateLimiterTimeoutException(timeout));
            return false;
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

    private void grant(long now) {
        log.record(now);
        if (now < paceUntil && paceBudget > 0) {
            paceBudget--;
        }
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
                grant(now);
                granted.add(head);
            }
            armTimer(now);
        }
        for (Waiter w : granted) {
            if (w.timeout != null) {
                w.timeout.cancel();
            }
            w.future.complete(now);
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
