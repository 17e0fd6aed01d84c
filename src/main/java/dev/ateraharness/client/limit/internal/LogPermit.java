package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import dev.ateraharness.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A permit of a sliding log, in process ({@link SlidingLogRateLimiter}) or in Redis ({@link RedisRateLimiter}):
 * its sequence number in the log, the log's generation (empty in process), its grant time, and a completion that
 * reaches the log's owner once only, whichever thread calls first.
 */
final class LogPermit implements Permit {

    /** Where a permit's completion goes: called at most once per permit, on the completing thread. */
    @FunctionalInterface
    interface Completions {
        void completed(LogPermit permit, long nanos);
    }

    private final Completions owner;
    private final Clock clock;
    private final long seq;
    private final String generation;
    private final long granted;
    private final AtomicBoolean done = new AtomicBoolean();

    LogPermit(Completions owner, Clock clock, long seq, String generation, long granted) {
        this.owner = owner;
        this.clock = clock;
        this.seq = seq;
        this.generation = generation;
        this.granted = granted;
    }

    long seq() {
        return seq;
    }

    String generation() {
        return generation;
    }

    @Override
    public long grantedNanos() {
        return granted;
    }

    @Override
    public void complete(long nanos) {
        if (done.compareAndSet(false, true)) {
            owner.completed(this, nanos);
        }
    }

    @Override
    public void release() {
        complete(clock.nanos());
    }

    @Override
    public boolean isCompleted() {
        return done.get();
    }

    @Override
    public String toString() {
        return "Permit#" + seq + (generation.isEmpty() ? "" : "/" + generation) + "@" + granted
                + (done.get() ? " (completed)" : "");
    }
}
