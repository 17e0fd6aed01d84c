package dev.ateraharness.evidence;

/**
 * Receives the rows of an arrival log as {@link ArrivalLogFormat#read} parses them, in file order, so the reader
 * builds no row objects (a million rows go straight into the caller's columnar store).
 */
public interface ArrivalSink {

    /**
     * One arrival.
     *
     * @param timeNanos         arrival time, nanoseconds since the epoch
     * @param key               the key fingerprint ({@code -} when no key was sent)
     * @param method            HTTP method, "" when the log does not say
     * @param path              request path without the query string, "" when the log does not say
     * @param status            the HTTP status the server answered
     * @param retryAfterSeconds the Retry-After the server sent, NaN when none
     */
    void arrival(long timeNanos, String key, String method, String path, int status, double retryAfterSeconds);

    /** Forgets every row received so far: the reader starts the file again with its general parser. */
    void clear();
}
