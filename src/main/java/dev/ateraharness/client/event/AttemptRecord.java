package dev.ateraharness.client.event;

import java.time.Instant;

/**
 * One attempt of one request, as the client saw it: a row of the attempt log. Nullable fields are null when they
 * do not apply (see each).
 *
 * @param clientId          the client's id
 * @param keyFingerprint    {@link dev.ateraharness.secret.ApiKeys#fingerprint} of the key, or {@code -}
 * @param method            GET, POST, PUT, DELETE
 * @param pathTemplate      the route template (no ids, no query)
 * @param attempt           1 for the first attempt
 * @param intended          when the caller (or the retry, after its delay) meant to send
 * @param sent              when the limiter granted the permit and the request went out; null if it never did
 * @param limiterWaitMillis time spent waiting for the limiter
 * @param received          when the response arrived; null if there was none
 * @param status            HTTP status, 0 when there was no response
 * @param outcome           ok, retry or fail
 * @param retryReason       the retryable condition seen, null if none
 * @param retryAfterSeconds the {@code Retry-After} received in seconds, null if none or unparseable
 * @param delayMillis       the delay chosen before the next attempt, null if none follows
 * @param backoffCeilingMillis min(cap, base * 2^(attempt-1)) when the delay came from jittered backoff, else null
 */
public record AttemptRecord(String clientId, String keyFingerprint, String method, String pathTemplate,
                            int attempt, Instant intended, Instant sent, double limiterWaitMillis,
                            Instant received, int status, AttemptOutcome outcome, RetryReason retryReason,
                            Double retryAfterSeconds, Double delayMillis, Double backoffCeilingMillis) {
}
