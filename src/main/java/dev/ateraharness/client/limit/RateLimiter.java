package dev.ateraharness.client.limit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A client-side permit source for one API key: an exact log of the last N permits, each dated by its request's
 * completion (default) or its grant, see {@link RateLimiterConfig}.
 *
 * <p>Guarantees: with {@link RateLimiterConfig.Accounting#COMPLETION}, grant j waits until permit j - N has
 * completed at least W + guard ago, so the server sees at most N arrivals in any window of W from this limiter's
 * permits whatever the latency (conditions in {@link RateLimiterConfig}); with
 * {@link RateLimiterConfig.Accounting#GRANT}, no window of W + guard holds more than N grants. Waiters are
 * granted in FIFO order (a later caller never overtakes an earlier one still waiting); waiting parks no thread
 * (the injected {@link dev.ateraharness.time.Scheduler} completes the future). Server feedback
 * ({@link #holdUntil}, {@link #serverRemaining}) can only make it slower, never faster than the log allows.
 *
 * <p>Does not guarantee: anything about requests sent around it, or by another process on the same key (unless
 * every process takes its limiter from the same {@link RateLimiterRegistry#redis Redis registry}); anything
 * if a caller completes a {@link Permit} before its request reached the server, or never completes it (it then
 * counts as completed at grant + {@link RateLimiterConfig#inFlightCap()}).
 */
public interface RateLimiter {

    /** Starts an immutable builder with the defaults (700 per 60 s, completion accounting, 10 ms guard). */
    static RateLimiterBuilder builder() {
        return RateLimiterBuilder.DEFAULTS;
    }

    /**
     * Asks for one permit. Complete the permit when the request completes.
     *
     * @return a future completed with the permit once granted
     */
    CompletableFuture<Permit> acquire();

    /**
     * Asks for one permit, giving up after {@code timeout} on the limiter's scheduler.
     *
     * @return a future completed with the permit, or failed with {@link RateLimiterTimeoutException}
     */
    CompletableFuture<Permit> acquire(Duration timeout);

    /** Grants a permit only if one is free right now and nobody is waiting. */
    Optional<Permit> tryAcquire();

    /**
     * Blocking acquire: a thin wrapper on {@link #acquire(Duration)}. Under virtual time it returns only if
     * another thread advances the clock.
     *
     * @return the permit, or empty if {@code timeout} passed first
     */
    Optional<Permit> acquireBlocking(Duration timeout) throws InterruptedException;

    /** Holds every grant until {@code epochNanos} (a server's {@code Retry-After}); later holds extend it. */
    void holdUntil(long epochNanos);

    /**
     * Server feedback: the server reported {@code remaining} requests left until {@code resetAtNanos}, in a
     * response to a request sent at {@code sentAtNanos}. Grants made since that send are assumed to be counted
     * against {@code remaining}; after that, at most what remains is granted before the reset.
     */
    void serverRemaining(int remaining, long resetAtNanos, long sentAtNanos);

    /** Number of callers waiting now. */
    int waiting();

    /** Permits granted and not yet completed (always 0 with grant accounting). */
    int inFlight();

    /** The settings. */
    RateLimiterConfig config();
}
