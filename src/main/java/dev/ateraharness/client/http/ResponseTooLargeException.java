package dev.ateraharness.client.http;

/**
 * A response whose body (as announced by {@code Content-Length}, or as counted while it streamed) went over the
 * client's maximum response size. The transport stopped reading at the limit and closed the connection, so at
 * most {@link #limitBytes()} bytes were ever held. Not retried: a server that sends too much once will again.
 */
public final class ResponseTooLargeException extends TransportException {

    private static final long serialVersionUID = 1L;

    private final long limitBytes;

    public ResponseTooLargeException(long limitBytes, String what) {
        super("response body " + what + " is over the maximum response size of " + describe(limitBytes)
                + " (raise it with maxResponseSize / sync --max-response-size if the server is right)");
        this.limitBytes = limitBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long limitBytes() {
        return limitBytes;
    }

    /** {@code 16 MiB}, {@code 512 KiB} or {@code 1000 bytes}. */
    public static String describe(long bytes) {
        if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MiB";
        }
        if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
            return (bytes >> 10) + " KiB";
        }
        return bytes + " bytes";
    }
}
