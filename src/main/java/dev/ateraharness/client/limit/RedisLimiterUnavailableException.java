package dev.ateraharness.client.limit;

import dev.ateraharness.client.http.TransportException;

/**
 * A Redis-backed limiter got no answer from Redis (unreachable, refused, or slower than its command timeout) and
 * has no local fallback, so it granted nothing: the request was never sent.
 */
public final class RedisLimiterUnavailableException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final String redisUri;

    public RedisLimiterUnavailableException(String redactedUri, String what, Throwable cause) {
        super("rate limiter: Redis at " + redactedUri + " " + what + "; no request sent (start Redis, or opt into"
                + " the local fallback at N/k)", cause);
        this.redisUri = redactedUri;
    }

    /** The Redis URI without user information. */
    public String redisUri() {
        return redisUri;
    }
}
