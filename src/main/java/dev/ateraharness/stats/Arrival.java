package dev.ateraharness.stats;

/**
 * One row of the arrival log: what the server saw.
 *
 * @param timeNanos arrival time, nanoseconds since the epoch (the log carries microseconds)
 * @param key the key fingerprint, or {@code -} when no key was sent
 * @param method HTTP method, empty when the log does not say
 * @param path request path without the query string, empty when the log does not say
 * @param status the HTTP status the server answered
 * @param retryAfterSeconds the Retry-After the server sent, {@link Double#NaN} when none
 */
public record Arrival(long timeNanos, String key, String method, String path, int status, double retryAfterSeconds) {

    /** Whether the server sent a Retry-After with this answer. */
    public boolean hasRetryAfter() {
        return !Double.isNaN(retryAfterSeconds);
    }
}
