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
    private final transient Duration max;

    public RetryAfterTooLongException(Duration retryAfter, Duration max, TransportResponse response) {
        super("server asked to retry after " + retryAfter.toSeconds() + " s, above the maximum of "
                + max.toSeconds() + " s (HTTP " + response.status() + ")");
        this.retryAfter = retryAfter;
        this.response = response;
        this.max = max;
    }

    /** The delay the server asked for, measured from receipt. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The policy's maximum it was over. */
    public Duration max() {
        return max;
    }

    /** The response that carried it. */
    public TransportResponse response() {
        return response;
    }
}
