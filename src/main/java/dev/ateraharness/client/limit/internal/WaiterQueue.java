package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
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
 * The FIFO queue of one limiter's waiters (in-process log or this process's share of a Redis log), each a future
 * with an optional timeout on the limiter's scheduler. It is guarded by the limiter's lock, passed in: methods
 * say whether the caller holds it; futures are only ever completed outside it, so that callers' continuations
 * never run while it is held.
 *
 * <p>Guarantees: waiters leave in the order they came ({@link #take}); each is settled (granted, failed or timed
 * out) at most once; a granted waiter's timeout is cancelled; a permit whose waiter its caller cancelled
 * meanwhile is released at once, so a slot is never held for a request that will not be sent.
 */
final class WaiterQueue {

    /** One caller waiting for a permit. */
    static final class Waiter {
        final CompletableFuture<Permit> future = new CompletableFuture<>();
        boolean settled; // granted, failed or timed out; guarded by the limiter
        Scheduler.Cancellable timeout;
    }

    private final Object lock;
    private final Scheduler scheduler;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    WaiterQueue(Object lock, Scheduler scheduler) {
        this.lock = lock;
        this.scheduler = scheduler;
    }

    /** Queues a new waiter at the tail. Caller holds the lock. */
    Waiter add() {
        Waiter w = new Waiter();
        waiters.add(w);
        return w;
    }

    /**
     * Fails {@code w} with {@link RateLimiterTimeoutException} after {@code timeout} unless it is settled first,
     * then runs {@code afterExpiry} (outside the lock). Caller does not hold the lock.
     */
    void expireAfter(Waiter w, Duration timeout, Runnable afterExpiry) {
        Scheduler.Cancellable t = scheduler.schedule(timeout.toNanos(), () -> expire(w, timeout, afterExpiry));
        synchronized (lock) {
            if (w.settled) {
                t.cancel();
            } else {
                w.timeout = t;
            }
        }
    }

    private void expire(Waiter w, Duration timeout, Runnable afterExpiry) {
        synchronized (lock) {
            if (w.settled) {
                return;
            }
            w.settled = true;
            waiters.remove(w);
        }
        w.future.completeExceptionally(new RateLimiterTimeoutException(timeout));
        afterExpiry.run();
    }

    /**
     * The first waiter still waiting, after dropping settled ones and ones their callers cancelled; null if none.
     * Caller holds the lock.
     */
    Waiter head() {
        while (!waiters.isEmpty() && (waiters.peek().settled || waiters.peek().future.isDone())) {
            waiters.poll();
        }
        return waiters.peek();
    }

    /** Takes the first waiter still waiting off the queue, settled; null if none. Caller holds the lock. */
    Waiter take() {
        Waiter w;
        while ((w = waiters.poll()) != null) {
            if (!w.settled && !w.future.isDone()) {
                w.settled = true;
                return w;
            }
        }
        return null;
    }

    /** Takes every waiter still waiting off the queue, settled, in order. Caller holds the lock. */
    List<Waiter> takeAll() {
        List<Waiter> all = new ArrayList<>();
        Waiter w;
        while ((w = take()) != null) {
            all.add(w);
        }
        return all;
    }

    /** Waiters queued, including ones settled or cancelled and not yet dropped. Caller holds the lock. */
    int size() {
        return waiters.size();
    }

    /** Whether no waiter is queued (settled or cancelled ones not yet dropped count). Caller holds the lock. */
    boolean isEmpty() {
        return waiters.isEmpty();
    }

    /** Completes {@code granted.get(i)} with {@code permits.get(i)}. Caller does not hold the lock. */
    static void deliver(List<Waiter> granted, List<Permit> permits) {
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

    /** Completes {@code w} as {@code source} completes, releasing a permit its caller no longer wants. */
    static void forward(Waiter w, CompletableFuture<Permit> source) {
        source.whenComplete((p, err) -> {
            if (w.timeout != null) {
                w.timeout.cancel();
            }
            boolean done = err == null ? w.future.complete(p) : w.future.completeExceptionally(err);
            if (!done && p != null) {
                p.release();
            }
        });
    }

    /** Fails every waiter in {@code failed} with {@code e}. Caller does not hold the lock. */
    static void fail(List<Waiter> failed, Throwable e) {
        for (Waiter w : failed) {
            if (w.timeout != null) {
                w.timeout.cancel();
            }
            w.future.completeExceptionally(e);
        }
    }

    /**
     * Blocks on a future from {@code acquire(timeout)}: the permit, or empty once the timeout failed it. Other
     * failures are rethrown as they are (wrapped in {@link IllegalStateException} if checked).
     */
    static Optional<Permit> await(CompletableFuture<Permit> f, Duration timeout) throws InterruptedException {
        try {
            // the scheduler fails the future at the timeout; the extra second only guards a stalled scheduler
            return Optional.of(f.get(timeout.toNanos() + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RateLimiterTimeoutException) {
                return Optional.empty();
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            if (f.completeExceptionally(new RateLimiterTimeoutException(timeout))) {
                return Optional.empty();
            }
            return Optional.of(f.join()); // granted between the timeout and our giving up
        }
    }
}
