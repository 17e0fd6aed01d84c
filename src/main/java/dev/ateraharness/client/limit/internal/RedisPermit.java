package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.Permit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A permit of {@link RedisRateLimiter}: its member in the key's Redis log, that log's generation, once-only. */
final class RedisPermit implements Permit {

    private final RedisRateLimiter limiter;
    private final long seq;
    private final String generation;
    private final long granted;
    private final boolean byCompletion;
    private final AtomicBoolean done = new AtomicBoolean();

    RedisPermit(RedisRateLimiter limiter, long seq, String generation, long granted, boolean byCompletion) {
        this.limiter = limiter;
        this.seq = seq;
        this.generation = generation;
        this.granted = granted;
        this.byCompletion = byCompletion;
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
        if (done.compareAndSet(false, true) && byCompletion) {
            limiter.completed(this, nanos);
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
        return "RedisPermit#" + seq + "@" + granted + (done.get() ? " (completed)" : "");
    }
}
