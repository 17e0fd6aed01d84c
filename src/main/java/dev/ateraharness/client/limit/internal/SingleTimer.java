package dev.ateraharness.client.limit.internal;

import dev.ateraharness.time.Scheduler;

/**
 * At most one pending task of a limiter on its scheduler, guarded by the limiter's lock (passed in): arming it
 * again replaces the pending task. When it fires it disarms under the lock, then runs its task outside the lock.
 */
final class SingleTimer {

    private final Object lock;
    private final Scheduler scheduler;
    private final Runnable onFire;
    private Scheduler.Cancellable pending;
    private long due = Long.MAX_VALUE; // when pending fires, if armed with at(); MAX_VALUE otherwise

    SingleTimer(Object lock, Scheduler scheduler, Runnable onFire) {
        this.lock = lock;
        this.scheduler = scheduler;
        this.onFire = onFire;
    }

    /** Fires after {@code delayNanos}, instead of any pending time. Caller holds the lock. */
    void after(long delayNanos) {
        cancel();
        pending = scheduler.schedule(delayNanos, this::fire);
    }

    /** Fires at {@code due} (it is {@code now}), unless already pending for that very time. Caller holds the lock. */
    void at(long due, long now) {
        if (pending != null && due == this.due) {
            return;
        }
        cancel();
        this.due = due;
        pending = scheduler.schedule(due - now, this::fire);
    }

    /** Disarms. Caller holds the lock. */
    void cancel() {
        if (pending != null) {
            pending.cancel();
            pending = null;
            due = Long.MAX_VALUE;
        }
    }

    /** Whether a task is pending. Caller holds the lock. */
    boolean armed() {
        return pending != null;
    }

    private void fire() {
        synchronized (lock) {
            pending = null;
            due = Long.MAX_VALUE;
        }
        onFire.run();
    }
}
