package dev.ateraharness.client.limit;

import dev.ateraharness.client.http.TransportException;
import java.time.Duration;

/** A permit was not granted within the caller's timeout; the request was never sent. */
public final class RateLimiterTimeoutException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final Duration timeout;

    public RateLimiterTimeoutException(Duration timeout) {
        super("rate limiter: no permit within " + timeout.toMillis() + " ms");
        this.timeout = timeout;
    }

    /** How long the caller waited. */
    public Duration timeout() {
        return timeout;
    }
}
