package dev.ateraharness.client.limit;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The read-only settings of the Redis-backed limiters of {@link RateLimiterRegistry#redis(RedisLimiterConfig)}:
 * where Redis is, how long a limiter waits for it, and what happens when it cannot reach it.
 *
 * <p>Guarantees: without a fallback ({@code fallbackProcesses == 0}, the default) a limiter that cannot get an
 * answer from Redis within {@link #commandTimeout()} grants nothing: the waiting acquisitions fail with
 * {@link RedisLimiterUnavailableException} and no request is sent. With {@code fallbackProcesses = k} it grants
 * from a local exact log at {@code floor(N / k)} per W while Redis is out, which keeps the key within N only if
 * at most k processes share it (see resilience.md, "Redis"). Does not guarantee anything about a Redis that loses
 * its data (a restart without persistence): see {@link RateLimiterRegistry#redis(RedisLimiterConfig)}.
 *
 * @param uri               {@code redis://host:port[/db]} or {@code rediss://...} (a password in the URI is
 *                          never printed)
 * @param commandTimeout    how long one script call may take before Redis counts as unreachable (default 1 s)
 * @param fallbackProcesses k, the number of processes sharing the key, for the local fallback at N / k; 0 for
 *                          none (default)
 * @param maxRecheck        the longest a waiting limiter goes without asking Redis again (default 5 s; it is
 *                          woken earlier by the time Redis names and by completion messages)
 * @param keyPrefix         prefix of the Redis keys, followed by the key's fingerprint (never the key)
 */
public record RedisLimiterConfig(URI uri, Duration commandTimeout, int fallbackProcesses, Duration maxRecheck,
                                 String keyPrefix) {

    /** Default wait for one answer from Redis. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(1);
    /** Default longest interval between two questions of a waiting limiter. */
    public static final Duration DEFAULT_MAX_RECHECK = Duration.ofSeconds(5);
    /** Default key prefix. */
    public static final String DEFAULT_KEY_PREFIX = "atera-harness:limit:";

    public RedisLimiterConfig {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException("Redis URI must start with redis:// or rediss://: "
                    + redact(uri));
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("Redis URI has no host: " + redact(uri));
        }
        if (commandTimeout == null || commandTimeout.isNegative() || commandTimeout.isZero()) {
            throw new IllegalArgumentException("commandTimeout must be positive: " + commandTimeout);
        }
        if (fallbackProcesses < 0) {
            throw new IllegalArgumentException("fallbackProcesses must be 0 (none) or k >= 1: "
                    + fallbackProcesses);
        }
        if (maxRecheck == null || maxRecheck.isNegative() || maxRecheck.isZero()) {
            throw new IllegalArgumentException("maxRecheck must be positive: " + maxRecheck);
        }
        Objects.requireNonNull(keyPrefix, "keyPrefix");
    }

    /** Redis at {@code uri} with the defaults: 1 s timeout, no fallback. */
    public static RedisLimiterConfig of(URI uri) {
        return new RedisLimiterConfig(uri, DEFAULT_COMMAND_TIMEOUT, 0, DEFAULT_MAX_RECHECK, DEFAULT_KEY_PREFIX);
    }

    /** Parses {@code redis://...}; a clear {@link IllegalArgumentException} for anything else. */
    public static RedisLimiterConfig of(String uri) {
        try {
            return of(new URI(uri));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a Redis URI (expected redis://host:port): " + e.getReason());
        }
    }

    /** A copy with another command timeout. */
    public RedisLimiterConfig withCommandTimeout(Duration t) {
        return new RedisLimiterConfig(uri, t, fallbackProcesses, maxRecheck, keyPrefix);
    }

    /** A copy that falls back to a local log at N / k while Redis is out (k processes share the key). */
    public RedisLimiterConfig withFallback(int k) {
        return new RedisLimiterConfig(uri, commandTimeout, k, maxRecheck, keyPrefix);
    }

    /** A copy with another longest recheck interval. */
    public RedisLimiterConfig withMaxRecheck(Duration d) {
        return new RedisLimiterConfig(uri, commandTimeout, fallbackProcesses, d, keyPrefix);
    }

    /** A copy with another key prefix (tests use one per test). */
    public RedisLimiterConfig withKeyPrefix(String prefix) {
        return new RedisLimiterConfig(uri, commandTimeout, fallbackProcesses, maxRecheck, prefix);
    }

    /** The URI without user information: safe to print. */
    public String redactedUri() {
        return redact(uri);
    }

    private static String redact(URI u) {
        String s = (u.getScheme() == null ? "" : u.getScheme() + "://") + (u.getHost() == null ? "?" : u.getHost())
                + (u.getPort() < 0 ? "" : ":" + u.getPort());
        String path = u.getPath();
        return path == null || path.isEmpty() ? s : s + path;
    }

    @Override
    public String toString() {
        return "redis " + redactedUri() + " (timeout " + commandTimeout.toMillis() + " ms, "
                + (fallbackProcesses == 0 ? "no fallback" : "fallback N/" + fallbackProcesses) + ")";
    }
}
