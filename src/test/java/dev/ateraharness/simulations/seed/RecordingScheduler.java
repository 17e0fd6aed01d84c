package dev.ateraharness.simulations.seed;

import dev.ateraharness.time.Clock;
import dev.ateraharness.time.Scheduler;
import dev.ateraharness.time.SystemTime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/** Runs every scheduled task at once (on another thread) and records the delay it asked for, in milliseconds. */
final class RecordingScheduler implements Scheduler {

    final List<Long> delaysMs = new CopyOnWriteArrayList<>();

    @Override
    public Clock clock() {
        return SystemTime.INSTANCE;
    }

    @Override
    public Cancellable schedule(long delayNanos, Runnable task) {
        delaysMs.add(TimeUnit.NANOSECONDS.toMillis(delayNanos));
        ForkJoinPool.commonPool().execute(task);
        return () -> false;
    }
}
