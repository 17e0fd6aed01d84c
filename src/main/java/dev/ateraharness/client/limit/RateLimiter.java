package dev.ateraharness.client.limit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A client-side permit source for one API key: an exact sliding log of the last N grant times.
 *
 * <p>Guarantees: no window of length W + guard (see {@link RateLimiterConfig}) ever holds more than N grants; a
 * grant is recorded at the instant it is made, which is the send time, so callers must send right away; waiters
 * are granted in FIFO order (a later caller never overtakes an earlier one still waiting); waiting parks no
 * thread (the injected {@link dev.ateraharness.time.Scheduler} completes the future). Server feedback
 * ({@link #holdUntil}, {@link #serverRemaining}) can only make it slower, never faster than the log allows.
 *
 * <p>Does not guarantee: anything about requests sent around it, or by another process on the same key; the
 * server's own count if a request spends more than the guard between grant and arrival.
 */
public interface RateLimiter {

    /** Starts an immutable builder with the defaults (700 per 60 s, 250 ms guard, system time). */
    static RateLimiterBuilder builder() {
        return RateLimiterBuilder.DEFAULTS;
    }

    /**
     * Asks for one permit.
     *
     * @return a future completed with the grant time (nanos on the limiter's clock) once granted
     */
    CompletableFuture<Long> acquire();

    /**
     * Asks for one permit, giving up after {@code timeout} on the limiter's scheduler.
     *
     * @return a future completed with the grant time, or failed with {@link RateLimiterTimeoutException}
     */
    CompletableFuture<Long> acquire(Duration timeout);

    /** Grants a permit only if one is free right now and nobody is waiting. */
    boolean tryAcquire();

    /**
     * Blocking acquire: a thin wrapper on {@link #acquire(Duration)}. Under virtual time it returns only if
     * another thread advances the clock.
     *
     * @return true if granted, false if {@code timeout} passed first
     */
    boolean acquireBlocking(Duration timeout) throws InterruptedException;

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

    /** The settings. */
    RateLimiterConfig config();
}
