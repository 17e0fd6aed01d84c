package dev.ateraharness.client.limit;

import dev.ateraharness.client.limit.internal.RedisBackend;
import dev.ateraharness.client.limit.internal.RedisRateLimiter;
import dev.ateraharness.secret.ApiKeys;
import java.net.URI;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link RateLimiter} per API key, so that every client in the JVM using the same key shares one sliding
 * log. Keyed by {@link ApiKeys#fingerprint} so the key itself is never stored.
 *
 * <p>Guarantees: for a given fingerprint, the first builder wins and every later caller gets that same instance
 * (a later caller's different settings are ignored: the limit is a property of the key, not of the client).
 * A registry made by {@code new} or {@link #global()} keeps its logs in this JVM and guarantees nothing across
 * JVMs. A registry made by {@link #redis(RedisLimiterConfig)} keeps each key's log in Redis, under the key's
 * fingerprint: every process using the same Redis (and key prefix) shares one exact log per key, dated by Redis's
 * clock, with the same guarantees as the in-process log for all their permits together (resilience.md, "Redis").
 * It does not survive a Redis that loses its data: a process that granted within the last W' + in-flight cap and
 * then finds a new log holds the key for W + guard; a process that never used the lost log is not held.
 */
public final class RateLimiterRegistry implements AutoCloseable {

    private static final RateLimiterRegistry GLOBAL = new RateLimiterRegistry();
    private static final ConcurrentMap<RedisLimiterConfig, RateLimiterRegistry> REDIS = new ConcurrentHashMap<>();

    private final ConcurrentMap<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final RedisBackend redis; // null: in-process logs

    /** A registry of in-process limiters. */
    public RateLimiterRegistry() {
        this.redis = null;
    }

    private RateLimiterRegistry(RedisBackend redis) {
        this.redis = redis;
    }

    /** The JVM-wide registry. */
    public static RateLimiterRegistry global() {
        return GLOBAL;
    }

    /** The JVM-wide registry of Redis-backed limiters for Redis at {@code uri}, with the default settings. */
    public static RateLimiterRegistry redis(URI uri) {
        return redis(RedisLimiterConfig.of(uri));
    }

    /**
     * The JVM-wide registry of Redis-backed limiters with these settings (one Lettuce client per settings, made on
     * first use; it connects lazily, so an unreachable Redis surfaces as {@link RedisLimiterUnavailableException}
     * on acquisition, not here).
     */
    public static RateLimiterRegistry redis(RedisLimiterConfig config) {
        return REDIS.computeIfAbsent(config, c -> new RateLimiterRegistry(new RedisBackend(c)));
    }

    /** The limiter for {@code apiKey}, built with {@code builder} if this is the first request for that key. */
    public RateLimiter forKey(String apiKey, RateLimiterBuilder builder) {
        return forFingerprint(ApiKeys.fingerprint(apiKey), builder);
    }

    /** As {@link #forKey}, by fingerprint. */
    public RateLimiter forFingerprint(String fingerprint, RateLimiterBuilder builder) {
        if (redis == null) {
            return limiters.computeIfAbsent(fingerprint, f -> builder.build());
        }
        return limiters.computeIfAbsent(fingerprint,
                f -> new RedisRateLimiter(builder.config(), builder.scheduler(), redis, f));
    }

    /** Number of keys with a limiter. */
    public int size() {
        return limiters.size();
    }

    /** The Redis settings, empty for an in-process registry. */
    public Optional<RedisLimiterConfig> redisConfig() {
        return redis == null ? Optional.empty() : Optional.of(redis.config());
    }

    /** Closes the Redis connections (a later {@link #redis} call makes a new registry); no-op in-process. */
    @Override
    public void close() {
        if (redis != null) {
            REDIS.remove(redis.config(), this);
            redis.close();
        }
    }
}
