package dev.ateraharness.client.http;

/**
 * A failure raised by a transport layer rather than by the network or the server (for example, a limiter that
 * could not grant a permit in time). The client maps it to its public exception hierarchy.
 */
public class TransportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransportException(String message) {
        super(message);
    }

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
