package dev.ateraharness.client.retry;

import java.time.Duration;
import java.util.Set;

/**
 * The read-only settings of a {@link RetryPolicy}.
 *
 * @param maxAttempts     attempts in all, the first included (default 5)
 * @param baseDelay       backoff base (default 500 ms)
 * @param maxBackoff      backoff cap (default 30 s)
 * @param maxJitter       the most added on top of a server-given delay ({@code Retry-After}, rate reset),
 *                        drawn from U(0, maxJitter) (default 500 ms)
 * @param maxRetryAfter   a {@code Retry-After} above this fails fast with {@link RetryAfterTooLongException}
 *                        (default 5 min)
 * @param retryStatuses   HTTP statuses that are retried (default 429, 500, 502, 503, 504)
 */
public record RetryConfig(int maxAttempts, Duration baseDelay, Duration maxBackoff, Duration maxJitter,
                          Duration maxRetryAfter, Set<Integer> retryStatuses) {

    public RetryConfig {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        for (Duration d : new Duration[] {baseDelay, maxBackoff, maxJitter, maxRetryAfter}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("durations must not be negative: " + d);
            }
        }
        retryStatuses = Set.copyOf(retryStatuses);
    }

    /** The defaults above. */
    public static RetryConfig defaults() {
        return new RetryConfig(5, Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMillis(500),
                Duration.ofMinutes(5), Set.of(429, 500, 502, 503, 504));
    }
}
