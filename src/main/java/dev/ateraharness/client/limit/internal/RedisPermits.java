package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.time.Clock;

/**
 * One process's permits of a key's Redis log: the log's generation it last saw, when it last granted (so that a
 * log Redis lost holds the key, see {@link RedisScripts#ACQUIRE}), its recent grant times (for server pacing),
 * how many of its permits are in flight, and their completions. Guarded by the limiter's lock, passed in.
 *
 * <p>Guarantees: a permit's completion is counted and sent to Redis at most once, and only under completion
 * accounting; it goes as an age, so Redis dates it by its own clock and never before the real completion. A
 * completion Redis does not take (unreachable, or the slot already freed) is dropped: the slot frees at the
 * in-flight cap instead (safe, slower). {@code onDated} runs (outside the lock) after each completion Redis dated.
 */
final class RedisPermits {

    private final Object lock;
    private final Clock clock;
    private final RedisKeyLog log;
    private final boolean byCompletion;
    private final Runnable onDated;
    private final LogPermit.Completions completions = this::completed;
    private final PermitLog recent; // grant times only: the rule itself is in Redis
    private String generation = "";
    private long lastGrant = Long.MIN_VALUE;
    private int inFlight;

    RedisPermits(Object lock, Clock clock, RedisKeyLog log, RateLimiterConfig config, Runnable onDated) {
        this.lock = lock;
        this.clock = clock;
        this.log = log;
        this.byCompletion = config.accounting() == RateLimiterConfig.Accounting.COMPLETION;
        this.onDated = onDated;
        this.recent = new PermitLog(config.limit(), 0, false, 0);
    }

    /** The permit {@code seq} of the current generation, granted at {@code now}. Caller holds the lock. */
    LogPermit grant(long seq, long now) {
        lastGrant = now;
        recent.record(now);
        if (byCompletion) {
            inFlight++;
        }
        return new LogPermit(completions, clock, seq, generation, now);
    }

    /** The generation of the log Redis last answered from ('' before the first answer). Caller holds the lock. */
    String generation() {
        return generation;
    }

    /** Redis answered from the log of {@code generation}. Caller holds the lock. */
    void answeredFrom(String generation) {
        this.generation = generation;
    }

    /** Whether a permit granted here may still be busy at {@code now}. Caller holds the lock. */
    boolean grantedWithin(long now) {
        return lastGrant != Long.MIN_VALUE && now - lastGrant < log.busyNanos();
    }

    /** Grants here strictly after {@code t} (at most N). Caller holds the lock. */
    int countAfter(long t) {
        return recent.countAfter(t);
    }

    /** Permits granted here and not completed. Caller holds the lock. */
    int inFlight() {
        return inFlight;
    }

    private void completed(LogPermit p, long nanos) {
        if (!byCompletion) {
            return; // the log dated it at its grant
        }
        long age;
        synchronized (lock) {
            inFlight--;
            age = Math.max(0, clock.nanos() - nanos) / RedisKeyLog.NANOS_PER_MICRO;
        }
        log.complete(p, age).whenComplete((dated, e) -> {
            // unreachable: the slot frees after the in-flight cap instead (safe, slower)
            if (e == null && dated == 1L) {
                onDated.run();
            }
        });
    }
}
