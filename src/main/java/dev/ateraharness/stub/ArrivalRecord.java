package dev.ateraharness.stub;

/**
 * One request as the stub saw it.
 *
 * @param epochMicros   arrival time, microseconds since the epoch, on the stub's clock
 * @param key           {@link dev.ateraharness.secret.ApiKeys#fingerprint} of the key sent, or {@code -} for none
 * @param method        HTTP method
 * @param path          request path without the query string
 * @param status        HTTP status sent (0 when a fault closed the connection without a response)
 * @param retryAfterSeconds the {@code Retry-After} seconds sent, or -1 when none
 */
public record ArrivalRecord(long epochMicros, String key, String method, String path, int status,
                            int retryAfterSeconds) {

    /** Whether a {@code Retry-After} was sent. */
    public boolean hasRetryAfter() {
        return retryAfterSeconds >= 0;
    }
}
