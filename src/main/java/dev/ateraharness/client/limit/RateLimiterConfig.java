package dev.ateraharness.client.limit;

import java.time.Duration;

/**
 * The read-only settings of a client-side {@link RateLimiter}: at most {@code limit} grants in any window of
 * length {@code window + guard}.
 *
 * <p>The guard widens the window the client enforces so that the server, which counts <em>arrivals</em>, never
 * sees more than {@code limit} in its window of length {@code window} even though arrival = send + network delay,
 * and that delay varies. The default, {@link #DEFAULT_GUARD} = 250 ms, covers the spread of send-to-arrival delay
 * of a request to a cloud API over TLS (a new TLS handshake plus a queueing spike on a busy host: a few tens to a
 * couple of hundred milliseconds), and costs a sustained rate of W / (W + guard) = 60 / 60.25 = 99.6% of the limit
 * (measured: README, "Client resilience"). It does not cover delays longer than the guard: a request held up
 * longer than that in a proxy may still make the server count one too many.
 *
 * @param limit  N, the grants allowed per window (default 700)
 * @param window W, the server's window (default 60 s)
 * @param guard  added to W on the client's side (default 250 ms; zero allowed)
 */
public record RateLimiterConfig(int limit, Duration window, Duration guard) {

    /** Atera's documented limit: 700 requests. */
    public static final int DEFAULT_LIMIT = 700;
    /** Atera's window: 60 seconds. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    /** The send-to-arrival allowance, see the type's Javadoc. */
    public static final Duration DEFAULT_GUARD = Duration.ofMillis(250);

    public RateLimiterConfig {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive: " + window);
        }
        if (guard == null || guard.isNegative()) {
            throw new IllegalArgumentException("guard must not be negative: " + guard);
        }
    }

    /** 700 per 60 s with a 250 ms guard. */
    public static RateLimiterConfig defaults() {
        return new RateLimiterConfig(DEFAULT_LIMIT, DEFAULT_WINDOW, DEFAULT_GUARD);
    }

    /** W + guard in nanoseconds: the span the client's sliding log enforces. */
    public long effectiveWindowNanos() {
        return window.toNanos() + guard.toNanos();
    }
}
