package dev.ateraharness.client.limit;

import dev.ateraharness.secret.ApiKeys;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One {@link RateLimiter} per API key, so that every client in the JVM using the same key shares one sliding
 * log. Keyed by {@link ApiKeys#fingerprint} so the key itself is never stored.
 *
 * <p>Guarantees: for a given fingerprint, the first builder wins and every later caller gets that same instance
 * (a later caller's different settings are ignored: the limit is a property of the key, not of the client).
 * Does not guarantee anything across JVMs. {@link #global()} is the JVM-wide instance; tests create their own.
 */
public final class RateLimiterRegistry {

    private static final RateLimiterRegistry GLOBAL = new RateLimiterRegistry();

    private final ConcurrentMap<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    /** The JVM-wide registry. */
    public static RateLimiterRegistry global() {
        return GLOBAL;
    }

    /** The limiter for {@code apiKey}, built with {@code builder} if this is the first request for that key. */
    public RateLimiter forKey(String apiKey, RateLimiterBuilder builder) {
        return forFingerprint(ApiKeys.fingerprint(apiKey), builder);
    }

    /** As {@link #forKey}, by fingerprint. */
    public RateLimiter forFingerprint(String fingerprint, RateLimiterBuilder builder) {
        return limiters.computeIfAbsent(fingerprint, f -> builder.build());
    }

    /** Number of keys with a limiter. */
    public int size() {
        return limiters.size();
    }
}
