package dev.ateraharness.client.limit.internal;

import dev.ateraharness.client.limit.RateLimiterConfig;
import dev.ateraharness.client.limit.RedisLimiterConfig;
import dev.ateraharness.client.limit.RedisLimiterUnavailableException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One key's log in Redis as one limiter sees it: the Redis key names (the key's fingerprint in a hash tag, so one
 * cluster slot holds them all), the script arguments for this limiter's settings, and the calls of
 * {@link RedisScripts} on {@link RedisBackend}. It holds no state of its own beyond its settings: every answer
 * comes from Redis, dated by Redis's clock, and every failure reaches the caller as a failed future of
 * {@link RedisLimiterUnavailableException}.
 */
final class RedisKeyLog {

    static final long NANOS_PER_MICRO = 1_000L;

    /**
     * Redis's answer to a question for permits: {@code granted} permits from {@code firstSeq} on, or none and the
     * delay until the next slot frees, in the log of {@code generation}; or a mismatch of settings, with the
     * settings in force in place of the generation.
     */
    record Answer(long status, long value, long firstSeq, String generation) {
        static final long GRANTED = 1L;
        static final long MISMATCH = -2L;

        static Answer of(List<Object> r) {
            return new Answer((Long) r.get(0), (Long) r.get(1), (Long) r.get(2), String.valueOf(r.get(3)));
        }

        boolean granted() {
            return status == GRANTED;
        }

        boolean mismatch() {
            return status == MISMATCH;
        }

        /** Permits granted (when {@link #granted()}). */
        long count() {
            return value;
        }

        /** Microseconds until the next slot frees on Redis's clock (when neither granted nor a mismatch). */
        long waitMicros() {
            return value;
        }
    }

    private final RedisBackend redis;
    private final String[] acquireKeys;
    private final String[] completeKeys;
    private final String[] holdKeys;
    private final String[] importKeys;
    private final String channel;
    private final String settings;
    private final String limitArg;
    private final String windowArg;
    private final String capArg;
    private final String ttlArg;
    private final String importTtlArg;
    private final long busyNanos;

    RedisKeyLog(RedisBackend redis, RateLimiterConfig config, String fingerprint) {
        this.redis = redis;
        String p = redis.config().keyPrefix() + "{" + fingerprint + "}:";
        this.acquireKeys = new String[] {p + "busy", p + "seq", p + "hold", p + "cfg", p + "gen"};
        this.completeKeys = new String[] {p + "busy", p + "gen"};
        this.holdKeys = new String[] {p + "hold"};
        this.importKeys = new String[] {p + "busy", p + "seq"};
        this.channel = p + "free";
        boolean byCompletion = config.accounting() == RateLimiterConfig.Accounting.COMPLETION;
        long w = config.effectiveWindowNanos() / NANOS_PER_MICRO;
        long cap = byCompletion ? config.inFlightCap().toNanos() / NANOS_PER_MICRO : 0;
        this.limitArg = Integer.toString(config.limit());
        this.windowArg = Long.toString(w);
        this.capArg = Long.toString(cap);
        this.ttlArg = Long.toString((w + cap) / 1_000 + 1_000);
        // an import keeps the keys for W' + cap whatever the accounting (fallback permits may still be in flight)
        this.importTtlArg = Long.toString(
                (config.effectiveWindowNanos() + config.inFlightCap().toNanos()) / 1_000_000L + 1_000);
        this.settings = config.limit() + "/" + w + "us+" + cap + "us";
        this.busyNanos = (w + cap) * NANOS_PER_MICRO;
    }

    /** This limiter's settings as the log records them: N / W' + in-flight cap. */
    String settings() {
        return settings;
    }

    /** How long a slot stays busy at most after its grant: W' + the in-flight cap. */
    long busyNanos() {
        return busyNanos;
    }

    RedisLimiterConfig redisConfig() {
        return redis.config();
    }

    /** Runs {@code onFree} whenever a completion frees a slot of the key (published by another process too). */
    void subscribe(Runnable onFree) {
        redis.subscribe(channel, onFree);
    }

    /** Re-subscribes if the first pub/sub connect failed (call once Redis answers again). */
    void ensureSubscribed() {
        redis.ensureSubscribed();
    }

    /**
     * Asks for up to {@code want} permits. {@code generation} is the log this limiter last saw ('' for none);
     * {@code recent}: it granted within {@link #busyNanos()}, so a lost log must hold the key.
     */
    CompletableFuture<Answer> acquire(int want, String generation, boolean recent) {
        return redis.evalMulti(RedisScripts.ACQUIRE, acquireKeys, limitArg, windowArg, capArg,
                Integer.toString(want), settings, generation, recent ? "1" : "0", ttlArg).thenApply(Answer::of);
    }

    /** Dates {@code permit}'s completion at Redis now minus {@code ageMicros}; completes with 1 if it did. */
    CompletableFuture<Long> complete(LogPermit permit, long ageMicros) {
        return redis.evalLong(RedisScripts.COMPLETE, completeKeys, Long.toString(permit.seq()),
                permit.generation(), Long.toString(ageMicros), windowArg, capArg, limitArg, channel);
    }

    /** Holds every process on the key for {@code delayNanos} from when Redis gets this (later holds extend). */
    CompletableFuture<Long> hold(long delayNanos) {
        return redis.evalLong(RedisScripts.HOLD, holdKeys, Long.toString(delayNanos / NANOS_PER_MICRO), ttlArg);
    }

    /**
     * Adds permits granted elsewhere (by the fallback) to the log, each busy for the given microseconds from when
     * Redis gets this; completes with how many it added.
     */
    CompletableFuture<Long> importBusy(List<Long> busyMicros) {
        String[] args = new String[busyMicros.size() + 1];
        args[0] = importTtlArg;
        for (int i = 0; i < busyMicros.size(); i++) {
            args[i + 1] = Long.toString(busyMicros.get(i));
        }
        return redis.evalLong(RedisScripts.IMPORT, importKeys, args);
    }

    RedisLimiterUnavailableException unavailable(Throwable e) {
        return redis.unavailable(e);
    }

    IllegalStateException mismatch(Answer a) {
        return new IllegalStateException("the key's Redis log already runs with " + a.generation()
                + " (N/W+guard/in-flight cap); this limiter asked for " + settings
                + ": every process on one key must use the same limiter settings");
    }
}
