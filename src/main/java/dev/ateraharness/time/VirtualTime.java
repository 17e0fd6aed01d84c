package dev.ateraharness.time;

import java.time.Duration;
import java.util.PriorityQueue;

/**
 * Virtual time for tests and the capacity planner: a clock that moves only when told to, and a scheduler whose
 * tasks run, in due-time order, as the clock is advanced past them.
 *
 * <p>Guarantees: deterministic. Each task runs with {@link #nanos()} equal to its due time; tasks due at the same
 * instant run in scheduling order (FIFO). Tasks may schedule further tasks, which run in the same advance if they
 * fall due within it. Thread-safe, but nothing runs unless some thread calls an {@code advance} or {@code run}
 * method, so a blocking wait on a virtual-time future from the only thread that advances would never return.
 */
public final class VirtualTime implements Clock, Scheduler {

    private record Task(long due, long seq, Runnable action) implements Comparable<Task> {
        @Override
        public int compareTo(Task o) {
            int c = Long.compare(due, o.due);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private final PriorityQueue<Task> queue = new PriorityQueue<>();
    private long now;
    private long seq;
    private long tasksRun;

    /** Starts at the given epoch nanos. */
    public VirtualTime(long startNanos) {
        this.now = startNanos;
    }

    /** Starts at 2026-01-01T00:00:00Z, a fixed, readable instant. */
    public VirtualTime() {
        this(1_767_225_600_000_000_000L);
    }

    @Override
    public synchronized long nanos() {
        return now;
    }

    @Override
    public Clock clock() {
        return this;
    }

    @Override
    public synchronized Cancellable schedule(long delayNanos, Runnable task) {
        Task t = new Task(now + Math.max(0, delayNanos), seq++, task);
        queue.add(t);
        return () -> {
            synchronized (VirtualTime.this) {
                return queue.remove(t);
            }
        };
    }

    /** Runs every task due within the next {@code duration}, then leaves the clock at now + duration. */
    public void advance(Duration duration) {
        advanceNanos(duration.toNanos());
    }

    /** As {@link #advance(Duration)}, in nanoseconds. */
    public void advanceNanos(long nanos) {
        long target;
        synchronized (this) {
            target = now + nanos;
        }
        runUntil(target);
        synchronized (this) {
            if (now < target) {
                now = target;
            }
        }
    }

    /**
     * Runs the earliest pending task, moving the clock to its due time.
     *
     * @return false if nothing was pending
     */
    public boolean runNext() {
        Task t;
        synchronized (this) {
            t = queue.poll();
            if (t == null) {
                return false;
            }
            if (t.due > now) {
                now = t.due;
            }
            tasksRun++;
        }
        t.action.run();
        return true;
    }

    /**
     * Runs tasks until none is pending or the next is due after {@code limitNanos} (absolute).
     *
     * @return the number of tasks run
     */
    public long runUntil(long limitNanos) {
        long n = 0;
        while (true) {
            synchronized (this) {
                Task head = queue.peek();
                if (head == null || head.due > limitNanos) {
                    return n;
                }
            }
            if (runNext()) {
                n++;
            }
        }
    }

    /** Runs until nothing is pending; {@code maxTasks} guards against a task that reschedules itself forever. */
    public long runUntilIdle(long maxTasks) {
        long n = 0;
        while (n < maxTasks && runNext()) {
            n++;
        }
        return n;
    }

    /** Number of tasks still waiting. */
    public synchronized int pending() {
        return queue.size();
    }

    /** Number of tasks run so far (the planner reports it as its event count). */
    public synchronized long tasksRun() {
        return tasksRun;
    }
}
