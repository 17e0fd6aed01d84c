package dev.ateraharness.client.retry;

import dev.ateraharness.client.http.TransportException;
import dev.ateraharness.client.http.TransportResponse;
import java.time.Duration;

/**
 * The server asked for a {@code Retry-After} longer than the retry policy's maximum, so the request failed fast
 * instead of waiting. The client core maps it to its rate-limit (429) exception; callers may reschedule the work
 * after {@link #retryAfter()}.
 */
public final class RetryAfterTooLongException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;
    private final transient TransportResponse response;

    public RetryAfterTooLongException(Duration retryAfter, Duration max, TransportResponse response) {
        super("server asked to retry after " + retryAfter.toSeconds() + " s, above the maximum of "
                + max.toSeconds() + " s (HTTP " + response.status() + ")");
        this.retryAfter = retryAfter;
        this.response = response;
    }

    /** The delay the server asked for, measured from receipt. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The response that carried it. */
    public TransportResponse response() {
        return response;
    }
}
