package dev.ateraharness.client;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the server refused the request for the rate limit (after any retries the configured layers made).
 * Carries the server's {@code Retry-After} when it sent one that parses.
 */
public class RateLimitedException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;

    public RateLimitedException(String method, String path, ErrorDetail error, Optional<Duration> retryAfter) {
        super(method, path, 429, error);
        this.retryAfter = retryAfter;
    }

    /** The parsed {@code Retry-After}, empty if absent or unparseable. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
