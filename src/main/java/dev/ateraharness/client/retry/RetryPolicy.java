package dev.ateraharness.client.retry;

import dev.ateraharness.client.http.TransportRequest;
import dev.ateraharness.client.http.TransportResponse;

/**
 * Decides, after each attempt, whether to retry and after how long. Pure: it holds no per-request state and
 * sends nothing (the resilience layer does), so it is easy to test and to share.
 *
 * <p>Guarantees: retries only 429, 500, 502, 503, 504 (configurable), I/O errors and timeouts, and only requests
 * whose {@link dev.ateraharness.client.http.RequestTag#retryable()} is true (idempotent, or POST with an explicit
 * per-call opt-in); never more than {@link RetryConfig#maxAttempts()} attempts. With a {@code Retry-After} on a
 * 429 or 503 the delay is at least that long from receipt, with jitter only added on top; a longer one than
 * {@link RetryConfig#maxRetryAfter()} fails fast with {@link RetryAfterTooLongException}. Without one, a rate
 * reset the server announced with zero remaining is waited out the same way; else full-jitter exponential backoff
 * U(0, min(cap, base * 2^(attempt-1))), where attempt is the 1-based number of the attempt that failed, so the
 * first retry draws under {@code base}. Does not guarantee the retry budget: the layer applies it.
 */
public interface RetryPolicy {

    /** An immutable builder with the defaults ({@link RetryConfig#defaults()}). */
    static RetryPolicyBuilder builder() {
        return RetryPolicyBuilder.DEFAULTS;
    }

    /** The settings. */
    RetryConfig config();

    /**
     * @param request  the request
     * @param attempt  1-based number of the attempt that just ended
     * @param response its response, or null
     * @param error    its failure (unwrapped), or null
     * @param nowNanos now, on the layer's clock
     */
    RetryDecision decide(TransportRequest request, int attempt, TransportResponse response, Throwable error,
                         long nowNanos);
}
