package dev.ateraharness.evidence;

/**
 * One row of the attempt log: what the client did for one attempt of one logical request.
 *
 * <p>Absent instants are {@link #NONE}; absent decimals are {@link Double#NaN}.
 *
 * @param attempt counts from 1; attempt 1 starts a new logical request
 * @param outcome {@code ok}, {@code retry} or {@code fail}
 * @param retryReason empty, or {@code 429}, {@code 503}, {@code 5xx}, {@code io}, {@code timeout}
 */
public record Attempt(String clientId, String key, String method, String path, int attempt, long intendedNanos,
                      long sentNanos, double limiterWaitMs, long receivedNanos, int status, String outcome,
                      String retryReason, double retryAfterSeconds, double delayMs, double backoffCeilingMs) {

    /** Marks an instant the log left empty. */
    public static final long NONE = Long.MIN_VALUE;

    public boolean wasSent() {
        return sentNanos != NONE;
    }

    public boolean wasReceived() {
        return receivedNanos != NONE;
    }

    public boolean hasRetryAfter() {
        return !Double.isNaN(retryAfterSeconds);
    }

    /** Whether the delay came from jittered backoff (a nominal ceiling is logged). */
    public boolean hasBackoffCeiling() {
        return !Double.isNaN(backoffCeilingMs) && !Double.isNaN(delayMs);
    }
}
