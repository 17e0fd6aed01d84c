package dev.ateraharness.client.retry;

import dev.ateraharness.client.event.AttemptOutcome;
import dev.ateraharness.client.event.RetryReason;
import java.time.Duration;

/**
 * What a {@link RetryPolicy} decided after one attempt.
 *
 * @param outcome             ok, retry, or fail
 * @param reason              the retryable condition seen (null if none)
 * @param retryAfter          the {@code Retry-After} received (null if none or malformed)
 * @param delayNanos          the wait before the next attempt (meaningful for RETRY only)
 * @param backoffCeilingNanos the backoff ceiling the delay was drawn under, or -1 when the delay came from the
 *                            server ({@code Retry-After} or rate fields)
 * @param failure             when not null, the caller fails with this instead of returning the response
 */
public record RetryDecision(AttemptOutcome outcome, RetryReason reason, Duration retryAfter, long delayNanos,
                            long backoffCeilingNanos, RuntimeException failure) {

    /** The same decision turned into a give-up (attempts or budget exhausted). */
    public RetryDecision giveUp() {
        return new RetryDecision(AttemptOutcome.FAIL, reason, retryAfter, 0, -1, failure);
    }
}
