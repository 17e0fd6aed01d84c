package dev.ateraharness.client.limit;

import java.time.Duration;
import java.util.Objects;

/**
 * The read-only settings of a client-side {@link RateLimiter}: N permits per window W, counted the way
 * {@link #accounting()} says.
 *
 * <p><b>{@link Accounting#COMPLETION} (the default).</b> A permit holds its slot from grant until its request
 * completes ({@link Permit#complete}); the j-th grant (in grant order) waits until permit j - N has completed at
 * least W + guard ago. Guarantee: if every request's arrival at the server lies between its grant and its
 * completion as observed by the client (true of a request that is sent after its grant and whose response, error,
 * timeout or cancellation is observed after the server read it), then no half-open window [t, t + W) at the server
 * holds more than N arrivals from this limiter's permits, whatever the latency. Proof: for i and j = i + N,
 * {@code arrival_j >= grant_j >= completion_i + W >= arrival_i + W}. Cost: each slot is busy for W + latency +
 * guard, so a saturated limiter sustains about N / (W + mean latency + guard) (measured: README, "Client
 * resilience").
 *
 * <p>The guard is then no longer a latency allowance. {@link #DEFAULT_GUARD} = 10 ms covers only what the proof
 * takes for granted: that the server measures time like the client (a server clock 100 ppm slow shortens a 60 s
 * window by 6 ms), that it truncates timestamps to whole milliseconds, and that its window may be closed at both
 * ends (two arrivals exactly W apart both counted). It costs 10 ms / 60 s = 0.02% of the rate.
 *
 * <p><b>{@link Accounting#GRANT}</b> (the former behaviour): a slot is dated at the grant and completions are
 * ignored, so at most N grants in any window of W + guard. The server counts arrivals, not grants, so this holds
 * at the server only while every request arrives within the guard of its grant; a loaded machine broke that with
 * 0.93 s of send delay against a 250 ms guard (README, "Client"). Use it only to compare, or when the transport
 * cannot report completions.
 *
 * <p>Does not guarantee: anything about requests from other processes (or other limiters) on the same key, unless
 * they share one log through {@link RateLimiterRegistry#redis}, nor
 * about a transport or proxy that retries or replays a request on its own (one permit, several arrivals), nor
 * about a request that reaches the server after the client gave up on it (a send stuck in a proxy past the
 * timeout). A permit never completed is assumed completed at grant + {@link #inFlightCap()} so that a leak
 * cannot stall the key forever; the guarantee needs every request to finish (or time out) within that cap.
 *
 * @param limit       N, the permits allowed per window (default 700)
 * @param window      W, the server's window (default 60 s)
 * @param guard       added to W on the client's side (default 10 ms; zero allowed)
 * @param accounting  when a permit stops counting: its completion (default) or its grant
 * @param inFlightCap how long an uncompleted permit is assumed to be in flight at most (default 5 min; keep it
 *                    above the longest request timeout)
 */
public record RateLimiterConfig(int limit, Duration window, Duration guard, Accounting accounting,
                                Duration inFlightCap) {

    /** Which time dates a permit in the limiter's log. */
    public enum Accounting {
        /** The time its request completed (response, error, timeout or cancellation observed): exact. */
        COMPLETION,
        /** The time it was granted: exact for grants, a guess (the guard) for arrivals. */
        GRANT
    }

    /** Atera's documented limit: 700 requests. */
    public static final int DEFAULT_LIMIT = 700;
    /** Atera's window: 60 seconds. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);
    /** Clock-rate and timestamp-granularity allowance, see the type's Javadoc. */
    public static final Duration DEFAULT_GUARD = Duration.ofMillis(10);
    /** Completion accounting, see the type's Javadoc. */
    public static final Accounting DEFAULT_ACCOUNTING = Accounting.COMPLETION;
    /** Longer than any sensible request timeout (the client's default is 30 s). */
    public static final Duration DEFAULT_IN_FLIGHT_CAP = Duration.ofMinutes(5);

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
        Objects.requireNonNull(accounting, "accounting");
        if (inFlightCap == null || inFlightCap.isNegative() || inFlightCap.isZero()) {
            throw new IllegalArgumentException("inFlightCap must be positive: " + inFlightCap);
        }
    }

    /** N per W with {@code guard}, completion accounting and the default in-flight cap. */
    public RateLimiterConfig(int limit, Duration window, Duration guard) {
        this(limit, window, guard, DEFAULT_ACCOUNTING, DEFAULT_IN_FLIGHT_CAP);
    }

    /** 700 per 60 s, completion accounting, 10 ms guard, 5 min in-flight cap. */
    public static RateLimiterConfig defaults() {
        return new RateLimiterConfig(DEFAULT_LIMIT, DEFAULT_WINDOW, DEFAULT_GUARD);
    }

    /** A copy with another accounting. */
    public RateLimiterConfig withAccounting(Accounting a) {
        return new RateLimiterConfig(limit, window, guard, a, inFlightCap);
    }

    /** W + guard in nanoseconds: how long a slot stays busy after its permit's date. */
    public long effectiveWindowNanos() {
        return window.toNanos() + guard.toNanos();
    }
}
