package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A permit of {@link SlidingLogRateLimiter}: its sequence number in the log, and a once-only completion. */
final class LogPermit implements Permit {

    private final SlidingLogRateLimiter limiter;
    private final long seq;
    private final long granted;
    private final AtomicBoolean done = new AtomicBoolean();

    LogPermit(SlidingLogRateLimiter limiter, long seq, long granted) {
        this.limiter = limiter;
        this.seq = seq;
        this.granted = granted;
    }

    @Override
    public long grantedNanos() {
        return granted;
    }

    @Override
    public void complete(long nanos) {
        if (done.compareAndSet(false, true)) {
            limiter.completed(seq, nanos);
        }
    }

    @Override
    public void release() {
        complete(limiter.now());
    }

    @Override
    public boolean isCompleted() {
        return done.get();
    }

    @Override
    public String toString() {
        return "Permit#" + seq + "@" + granted + (done.get() ? " (completed)" : "");
    }
}
