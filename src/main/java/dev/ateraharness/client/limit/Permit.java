package dev.ateraharness.client.limit;

/**
 * One granted permit of a {@link RateLimiter}. With {@link RateLimiterConfig.Accounting#COMPLETION} it occupies
 * a slot of the limiter until its request completes: call {@link #complete(long)} (or {@link #release()}) exactly
 * when the response, the error, the timeout or the cancellation is observed, on every path.
 *
 * <p>Guarantees: completing is idempotent (the first call wins; later calls, or a completion of a permit the
 * limiter already dated by its {@link RateLimiterConfig#inFlightCap()}, are ignored) and thread-safe. A
 * completion time before the grant counts as the grant time. With {@link RateLimiterConfig.Accounting#GRANT}
 * completing does nothing. Does not guarantee: anything if the caller completes before the request has reached
 * the server (completing early is the one way to break the limit).
 */
public interface Permit {

    /** Grant time, nanos on the limiter's clock: send the request at or after it. */
    long grantedNanos();

    /** The request completed (response or failure observed) at {@code nanos} on the limiter's clock. */
    void complete(long nanos);

    /** The request completed now (the limiter's clock). */
    void release();

    /** Whether {@link #complete}/{@link #release} was called. */
    boolean isCompleted();
}
