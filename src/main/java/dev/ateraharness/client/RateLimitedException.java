package dev.ateraharness.client;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the server refused the request for the rate limit (after any retries the configured layers made), or
 * asked (429 or 503) for a {@code Retry-After} longer than the retry policy's maximum, so the client failed fast
 * instead of waiting ({@link #status()} says which). Carries the server's {@code Retry-After} when it sent one that
 * parses: reschedule the work after it.
 */
public class RateLimitedException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimitedException(String method, String path, ErrorDetail error, Optional<Duration> retryAfter) {
        this(method, path, 429, error, retryAfter);
    }

    /**
     * With the status the server sent: 429, or a 503 whose {@code Retry-After} was longer than the retry policy
     * accepts (the server asked to come back later either way).
     */
    public RateLimitedException(String method, String path, int status, ErrorDetail error,
                                Optional<Duration> retryAfter) {
        super(method, path, status, error);
        this.retryAfter = retryAfter;
    }

    /** The parsed {@code Retry-After}, empty if absent or unparseable. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
