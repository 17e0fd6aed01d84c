package dev.ateraharness.client;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: the server refused the request for the rate limit (after any retries the configured layers made), or
 * asked (429 or 503) for a {@code Retry-After} longer than the retry policy's maximum, so the client failed fast
 * instead of waiting ({@link #status()} says which; {@link #retryAfterCap()} and the message say that the client
 * did not wait, and why). Carries the server's {@code Retry-After} when it sent one that parses: reschedule the
 * work after it.
 */
public class RateLimitedException extends AteraApiException {

    private static final long serialVersionUID = 1L;

    private final transient Optional<Duration> retryAfter;
    private final transient Optional<Duration> retryAfterCap;

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
        this.retryAfterCap = Optional.empty();
    }

    /**
     * The server asked for {@code retryAfter}, longer than the retry policy's {@code cap}, so the client failed
     * fast instead of waiting; the message says so.
     */
    public RateLimitedException(String method, String path, int status, ErrorDetail error, Duration retryAfter,
                                Duration cap) {
        super(method, path, status, error, "; did not wait: the server asked to retry after "
                + seconds(retryAfter) + " (Retry-After), over the client's cap of " + seconds(cap)
                + " (RetryPolicy maxRetryAfter); run again after that time");
        this.retryAfter = Optional.of(retryAfter);
        this.retryAfterCap = Optional.of(cap);
    }

    /** The cap the server's {@code Retry-After} was over, when that is why the client did not wait. */
    public Optional<Duration> retryAfterCap() {
        return retryAfterCap;
    }

    private static String seconds(Duration d) {
        return d.toSeconds() + " s";
    }

    /** The parsed {@code Retry-After}, empty if absent or unparseable. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
