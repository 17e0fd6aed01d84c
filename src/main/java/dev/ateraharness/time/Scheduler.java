package dev.ateraharness.time;

import java.util.concurrent.CompletableFuture;

/**
 * Runs a task after a delay measured on the scheduler's own {@link Clock}. Never blocks the caller.
 *
 * <p>Guarantees: a task is never run before its due time as read from {@link #clock()}; tasks due at the same
 * time run in the order they were scheduled. It does not promise how late a task runs (the system scheduler is
 * subject to thread scheduling; {@link VirtualTime} runs a task exactly at its due time).
 */
public interface Scheduler {

    /** The clock this scheduler measures delays on. */
    Clock clock();

    /**
     * Runs {@code task} once {@code delayNanos} have passed (immediately, but still asynchronously, if
     * {@code delayNanos <= 0}).
     *
     * @return a handle that cancels the task if it has not run yet
     */
    Cancellable schedule(long delayNanos, Runnable task);

    /** A future completed (with {@code null}) after {@code delayNanos}: a sleep that parks no thread. */
    default CompletableFuture<Void> delay(long delayNanos) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        schedule(delayNanos, () -> done.complete(null));
        return done;
    }

    /** Cancels a scheduled task. */
    @FunctionalInterface
    interface Cancellable {
        /** @return true if the task had not run and now never will */
        boolean cancel();
    }
}
