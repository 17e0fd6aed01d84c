package dev.ateraharness.time;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Real time: the wall clock anchored once to {@link System#nanoTime()}, and a single daemon scheduler thread.
 *
 * <p>Tasks run on the scheduler thread, so they must be short (complete a future, hand off to an executor).
 * {@link #INSTANCE} is shared by the whole JVM; it is never shut down (its thread is a daemon).
 */
public final class SystemTime implements Clock, Scheduler {

    /** The JVM-wide instance. */
    public static final SystemTime INSTANCE = new SystemTime();

    private final long anchorEpochNanos;
    private final long anchorNanoTime;
    private final ScheduledExecutorService executor;

    private SystemTime() {
        java.time.Instant now = java.time.Instant.now();
        this.anchorNanoTime = System.nanoTime();
        this.anchorEpochNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "atera-harness-scheduler");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public long nanos() {
        return anchorEpochNanos + (System.nanoTime() - anchorNanoTime);
    }

    @Override
    public Clock clock() {
        return this;
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable task) {
        ScheduledFuture<?> f = executor.schedule(task, Math.max(0, delayNanos), TimeUnit.NANOSECONDS);
        return () -> f.cancel(false);
    }
}
