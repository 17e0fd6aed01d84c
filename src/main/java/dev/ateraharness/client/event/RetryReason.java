package dev.ateraharness.client.event;

/** Why an attempt's result was (or would have been) retried; {@link #code()} is the attempt log's value. */
public enum RetryReason {
    /** HTTP 429 Too Many Requests. */
    TOO_MANY_REQUESTS("429"),
    /** HTTP 503 Service Unavailable. */
    UNAVAILABLE("503"),
    /** HTTP 500, 502 or 504. */
    SERVER_ERROR("5xx"),
    /** An I/O failure (connection refused or reset, ...). */
    IO("io"),
    /** The attempt timed out ({@link java.net.http.HttpTimeoutException}). */
    TIMEOUT("timeout");

    private final String code;

    RetryReason(String code) {
        this.code = code;
    }

    /** The attempt log's spelling. */
    public String code() {
        return code;
    }
}
