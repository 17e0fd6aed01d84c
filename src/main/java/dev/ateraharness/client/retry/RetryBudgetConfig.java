package dev.ateraharness.client.retry;

import java.time.Duration;

/**
 * Settings of a {@link RetryBudget}, after Finagle's {@code RetryBudget}: within any {@code ttl}, retries may
 * number at most {@code percentCanRetry} of the requests plus {@code minRetriesPerSecond * ttl}.
 *
 * @param ttl                 how long a deposit or withdrawal counts (default 10 s)
 * @param minRetriesPerSecond the floor, so a quiet client can still retry (default 10/s)
 * @param percentCanRetry     retries per request, 0 to 1000 (default 0.2)
 */
public record RetryBudgetConfig(Duration ttl, int minRetriesPerSecond, double percentCanRetry) {

    public RetryBudgetConfig {
        if (ttl.toSeconds() < 1 || ttl.toSeconds() > 60) {
            throw new IllegalArgumentException("ttl must be 1 to 60 s: " + ttl);
        }
        if (minRetriesPerSecond < 0 || percentCanRetry < 0 || percentCanRetry > 1000) {
            throw new IllegalArgumentException("bad budget: " + minRetriesPerSecond + ", " + percentCanRetry);
        }
    }

    /** 20% of requests plus 10 per second, over 10 s (Finagle's defaults). */
    public static RetryBudgetConfig defaults() {
        return new RetryBudgetConfig(Duration.ofSeconds(10), 10, 0.2);
    }
}
